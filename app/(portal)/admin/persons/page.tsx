import { getTranslations } from 'next-intl/server';
import { unitOptions } from '@/lib/admin/queries';
import { listPersons } from '@/lib/admin/people-queries';
import { enumParam, hrefWith, idParam, pageParam, textParam, type SearchParams } from '@/lib/admin/params';
import { adminPageContext } from '@/components/admin/admin-page';
import { FilterBar, FilterSelect, FilterText, ProvinceFilter } from '@/components/admin/filters';
import { Pagination } from '@/components/admin/pagination';
import { PersonTable } from '@/components/admin/person-table';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.personsTitle') };
}

export default async function PersonsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, params, province, provinces } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const filters = { q: textParam(params, 'q'), unitId: idParam(params, 'unit'), account: enumParam(params, 'account', ['yes', 'no'] as const), page: pageParam(params) };
  const [result, units] = await Promise.all([listPersons(actor, province.id, filters), unitOptions(actor, province.id)]);
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  return (
    <>
      <PageHeader
        title={t('admin.personsTitle')}
        subtitle={`${province.name} · ${t('admin.personsCount', { count: result.total })}`}
        actions={<ButtonLink href={hrefWith('/admin/persons/new', {}, { ...provinceParam, unit: filters.unitId })}>{t('admin.newPerson')}</ButtonLink>}
      />
      <FilterBar action="/admin/persons" resetHref={hrefWith('/admin/persons', {}, provinceParam)}>
        <ProvinceFilter provinces={provinces} current={province.id} />
        <FilterSelect name="unit" label={t('admin.filterUnit')} defaultValue={filters.unitId?.toString()} allLabel={t('common.all')} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <FilterText name="q" label={t('common.search')} defaultValue={filters.q} placeholder={t('admin.searchPersons')} />
        <FilterSelect
          name="account"
          label={t('admin.filterAccount')}
          defaultValue={filters.account}
          allLabel={t('common.all')}
          options={[
            { value: 'yes', label: t('admin.hasAccount') },
            { value: 'no', label: t('admin.noAccount') },
          ]}
        />
      </FilterBar>
      <Card>
        <PersonTable persons={result.rows} />
        <Pagination path="/admin/persons" params={params} page={result.page} pages={result.pages} />
      </Card>
    </>
  );
}
