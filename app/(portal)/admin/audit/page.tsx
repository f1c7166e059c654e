import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { pageProvince, unitOptions } from '@/lib/admin/queries';
import { auditActors, auditEntityTypes, searchAudit } from '@/lib/admin/audit-queries';
import { hrefWith, idParam, pageParam, textParam, type SearchParams } from '@/lib/admin/params';
import { parseVnDate } from '@/lib/admin/rules';
import { getAnyTranslations } from '@/lib/i18n/translate';
import { AuditTable } from '@/components/admin/audit-table';
import { FilterBar, FilterSelect, FilterText, ProvinceFilter } from '@/components/admin/filters';
import { Pagination } from '@/components/admin/pagination';
import { Card, PageHeader } from '@/components/ui/card';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.auditTitle') };
}

/** A dd/mm/yyyy filter: the day, or an error to show next to the field (the filter is then not applied). */
function dayFilter(text: string | undefined) {
  if (!text) return { day: undefined, invalid: false };
  const day = parseVnDate(text);
  return { day: day ?? undefined, invalid: day === null };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('audit:read-all');
  const params = await searchParams;
  const { province, provinces } = await pageProvince(actor, idParam(params, 'province') ?? null);
  const t = await getTranslations();
  const anyT = await getAnyTranslations();
  const fromText = textParam(params, 'from');
  const toText = textParam(params, 'to');
  const from = dayFilter(fromText);
  const to = dayFilter(toText);
  const reversed = from.day !== undefined && to.day !== undefined && to.day < from.day;
  const filters = {
    q: textParam(params, 'q'),
    actorId: idParam(params, 'actor'),
    entityType: textParam(params, 'entity'),
    unitId: idParam(params, 'unit'),
    from: from.day,
    to: reversed ? undefined : to.day,
    page: pageParam(params),
  };
  const [result, actors, entityTypes, units] = await Promise.all([
    searchAudit(actor, province.id, filters),
    auditActors(actor, province.id),
    auditEntityTypes(actor, province.id),
    unitOptions(actor, province.id),
  ]);
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  return (
    <>
      <PageHeader title={t('admin.auditTitle')} subtitle={`${province.name} · ${t('admin.auditCount', { count: result.total })}`} />
      <FilterBar action="/admin/audit" resetHref={hrefWith('/admin/audit', {}, provinceParam)}>
        <ProvinceFilter provinces={provinces} current={province.id} />
        <FilterText name="q" label={t('admin.auditText')} defaultValue={filters.q} placeholder={t('admin.searchAudit')} />
        <FilterSelect name="actor" label={t('admin.auditActor')} defaultValue={filters.actorId?.toString()} allLabel={t('common.all')} options={actors.map((a) => ({ value: String(a.id), label: `${a.displayName} (${a.username})` }))} />
        <FilterSelect
          name="entity"
          label={t('admin.auditEntityType')}
          defaultValue={filters.entityType}
          allLabel={t('common.all')}
          options={entityTypes.map((e) => ({ value: e, label: anyT.has(`audit.entities.${e}`) ? anyT(`audit.entities.${e}`) : e }))}
        />
        <FilterSelect name="unit" label={t('admin.auditUnit')} defaultValue={filters.unitId?.toString()} allLabel={t('common.all')} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <FilterText type="text" name="from" label={t('admin.auditFrom')} defaultValue={fromText} placeholder={t('admin.auditDateHint')} error={from.invalid ? t('admin.validation.date') : undefined} />
        <FilterText
          type="text"
          name="to"
          label={t('admin.auditTo')}
          defaultValue={toText}
          placeholder={t('admin.auditDateHint')}
          error={to.invalid ? t('admin.validation.date') : reversed ? t('admin.validation.dateRange') : undefined}
        />
      </FilterBar>
      <Card>
        <AuditTable rows={result.rows} />
        <Pagination path="/admin/audit" params={params} page={result.page} pages={result.pages} />
      </Card>
    </>
  );
}
