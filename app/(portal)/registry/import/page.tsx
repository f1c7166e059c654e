import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { registryCodeOptions, registryUnitOptions } from '@/lib/registry/queries';
import { idParam, type SearchParams } from '@/lib/admin/params';
import type { Locale } from '@/lib/i18n/config';
import { FilterBar, FilterSelect } from '@/components/admin/filters';
import { PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ClientMessages } from '@/components/ui/client-messages';
import { ImportPanel } from '@/components/registry/import-panel';
import { codeLabel } from '@/components/registry/labels';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('registry.import.title') };
}

export default async function RegistryImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('unit:edit');
  const params = await searchParams;
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const [all, codes] = await Promise.all([registryUnitOptions(actor), registryCodeOptions(actor)]);
  const units = all.filter((u) => isAllowed(actor, 'unit:edit', { unitId: u.id, provinceId: actor.provinceId }));
  const asked = idParam(params, 'unit');
  const unit = units.find((u) => u.id === asked) ?? units.find((u) => u.id === actor.unitId) ?? units[0];
  if (!unit) notFound();
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={t('registry.import.title')}
        subtitle={unit.name}
        actions={
          <ButtonLink variant="secondary" href={`/registry/unit?unit=${unit.id}`}>
            {t('registry.sheetLink')}
          </ButtonLink>
        }
      />
      {units.length > 1 && (
        <FilterBar action="/registry/import">
          <FilterSelect name="unit" label={t('registry.unit')} defaultValue={String(unit.id)} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        </FilterBar>
      )}
      <p className="mb-4 text-sm text-slate-700">{t('registry.import.intro')}</p>
      <ClientMessages areas={['registry']}>
        <ImportPanel key={unit.id} unitId={unit.id} unitName={unit.name} codeNames={Object.fromEntries(codes.map((c) => [c.code, codeLabel(codes, c.code, locale)]))} />
      </ClientMessages>
    </div>
  );
}
