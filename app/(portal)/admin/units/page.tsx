import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnknownBorder, groupOptions, listUnits } from '@/lib/admin/queries';
import { enumParam, hrefWith, idParam, textParam, type SearchParams } from '@/lib/admin/params';
import { UNIT_KINDS } from '@/lib/admin/schema';
import { adminPageContext } from '@/components/admin/admin-page';
import { FilterBar, FilterSelect, FilterText, ProvinceFilter } from '@/components/admin/filters';
import { UnitTable } from '@/components/admin/unit-table';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.unitsTitle') };
}

const BORDER = ['yes', 'no', 'unknown'] as const;

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, params, province, provinces } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const group = textParam(params, 'group') === 'none' ? ('none' as const) : idParam(params, 'group');
  const filters = { q: textParam(params, 'q'), kind: enumParam(params, 'kind', UNIT_KINDS), groupId: group, border: enumParam(params, 'border', BORDER), active: enumParam(params, 'active', ['yes', 'no'] as const) };
  const [units, unknownBorder, groups] = await Promise.all([listUnits(actor, province.id, filters), countUnknownBorder(actor, province.id), groupOptions(actor, province.id)]);
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  return (
    <>
      <PageHeader
        title={t('admin.unitsTitle')}
        subtitle={`${province.name} · ${t('admin.unitsCount', { count: units.length })}`}
        actions={<ButtonLink href={hrefWith('/admin/units/new', {}, provinceParam)}>{t('admin.newUnit')}</ButtonLink>}
      />
      {unknownBorder > 0 && (
        <div className="mb-4">
          <Alert tone="warning">
            {t('admin.borderUnknownCount', { count: unknownBorder })}{' '}
            <Link href={hrefWith('/admin/units', {}, { ...provinceParam, kind: 'COMMUNE', border: 'unknown' })}>{t('admin.showUnknownBorder')}</Link>
          </Alert>
        </div>
      )}
      <FilterBar action="/admin/units" resetHref={hrefWith('/admin/units', {}, provinceParam)}>
        <ProvinceFilter provinces={provinces} current={province.id} />
        <FilterText name="q" label={t('common.search')} defaultValue={filters.q} placeholder={t('admin.searchUnits')} />
        <FilterSelect name="kind" label={t('admin.filterKind')} defaultValue={filters.kind} allLabel={t('common.all')} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))} />
        <FilterSelect
          name="group"
          label={t('admin.filterGroup')}
          defaultValue={group === undefined ? undefined : String(group)}
          allLabel={t('common.all')}
          options={[...groups.map((g) => ({ value: String(g.id), label: g.name })), { value: 'none', label: t('admin.noGroupFilter') }]}
        />
        <FilterSelect
          name="border"
          label={t('admin.filterBorder')}
          defaultValue={filters.border}
          allLabel={t('common.all')}
          options={[
            { value: 'yes', label: t('border.true') },
            { value: 'no', label: t('border.false') },
            { value: 'unknown', label: t('border.null') },
          ]}
        />
        <FilterSelect
          name="active"
          label={t('admin.filterActive')}
          defaultValue={filters.active}
          allLabel={t('common.all')}
          options={[
            { value: 'yes', label: t('admin.activeYes') },
            { value: 'no', label: t('admin.activeNo') },
          ]}
        />
      </FilterBar>
      <Card>
        <UnitTable units={units} />
      </Card>
    </>
  );
}
