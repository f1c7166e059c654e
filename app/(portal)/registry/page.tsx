import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { registryCodeOptions, registryUnitOptions, searchRegistry, SOURCES } from '@/lib/registry/queries';
import { enumParam, idParam, pageParam, textParam, type SearchParams } from '@/lib/admin/params';
import type { Locale } from '@/lib/i18n/config';
import { FilterBar, FilterSelect, FilterText } from '@/components/admin/filters';
import { Pagination } from '@/components/admin/pagination';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { RegistryTable } from '@/components/registry/registry-table';
import { codeLabel } from '@/components/registry/labels';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('registry.title') };
}

export default async function RegistryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('registry:read');
  const params = await searchParams;
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const yearText = textParam(params, 'year');
  const filters = {
    q: textParam(params, 'q'),
    unitId: idParam(params, 'unit'),
    year: yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined,
    code: textParam(params, 'code'),
    source: enumParam(params, 'source', SOURCES),
    page: pageParam(params),
  };
  const [result, units, codes] = await Promise.all([searchRegistry(actor, filters), registryUnitOptions(actor), registryCodeOptions(actor)]);
  const canRead = isAllowed(actor, 'unit:read');
  const canEdit = isAllowed(actor, 'unit:edit');
  return (
    <>
      <PageHeader
        title={t('registry.title')}
        subtitle={t('registry.intro')}
        actions={
          <>
            {canRead && (
              <ButtonLink variant="secondary" href="/registry/unit">
                {t('registry.sheetLink')}
              </ButtonLink>
            )}
            {canEdit && (
              <ButtonLink variant="secondary" href="/registry/import">
                {t('registry.importLink')}
              </ButtonLink>
            )}
          </>
        }
      />
      <FilterBar action="/registry" resetHref="/registry">
        <FilterText name="q" label={t('registry.searchLabel')} defaultValue={filters.q} placeholder={t('registry.searchPlaceholder')} />
        {units.length > 1 && (
          <FilterSelect name="unit" label={t('registry.unit')} defaultValue={filters.unitId?.toString()} allLabel={t('common.all')} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        )}
        <FilterText name="year" type="text" label={t('registry.year')} defaultValue={filters.year?.toString()} />
        <FilterSelect name="code" label={t('registry.code')} defaultValue={filters.code} allLabel={t('common.all')} options={codes.map((c) => ({ value: c.code, label: codeLabel(codes, c.code, locale) }))} />
        <FilterSelect name="source" label={t('registry.source')} defaultValue={filters.source} allLabel={t('common.all')} options={SOURCES.map((s) => ({ value: s, label: t(`registry.sources.${s}`) }))} />
      </FilterBar>
      <Card title={t('registry.results', { count: result.total })}>
        <RegistryTable rows={result.rows} />
        <Pagination path="/registry" params={params} page={result.page} pages={result.pages} />
      </Card>
    </>
  );
}
