import { getTranslations } from 'next-intl/server';
import { unitOptions } from '@/lib/admin/queries';
import { listUsers } from '@/lib/admin/people-queries';
import { enumParam, hrefWith, idParam, pageParam, textParam, type SearchParams } from '@/lib/admin/params';
import { ROLE_VALUES } from '@/lib/admin/schema';
import { adminPageContext } from '@/components/admin/admin-page';
import { FilterBar, FilterSelect, FilterText, ProvinceFilter } from '@/components/admin/filters';
import { Pagination } from '@/components/admin/pagination';
import { UserTable } from '@/components/admin/user-table';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.usersTitle') };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, params, province, provinces } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const filters = {
    q: textParam(params, 'q'),
    role: enumParam(params, 'role', ROLE_VALUES),
    unitId: idParam(params, 'unit'),
    active: enumParam(params, 'active', ['yes', 'no'] as const),
    page: pageParam(params),
  };
  const [result, units] = await Promise.all([listUsers(actor, province.id, filters), unitOptions(actor, province.id)]);
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  return (
    <>
      <PageHeader
        title={t('admin.usersTitle')}
        subtitle={`${province.name} · ${t('admin.usersCount', { count: result.total })}`}
        actions={<ButtonLink href={hrefWith('/admin/users/new', {}, { ...provinceParam, unit: filters.unitId })}>{t('admin.newUser')}</ButtonLink>}
      />
      <FilterBar action="/admin/users" resetHref={hrefWith('/admin/users', {}, provinceParam)}>
        <ProvinceFilter provinces={provinces} current={province.id} />
        <FilterText name="q" label={t('common.search')} defaultValue={filters.q} placeholder={t('admin.searchUsers')} />
        <FilterSelect name="role" label={t('admin.filterRole')} defaultValue={filters.role} allLabel={t('common.all')} options={ROLE_VALUES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <FilterSelect name="unit" label={t('admin.filterUnit')} defaultValue={filters.unitId?.toString()} allLabel={t('common.all')} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <FilterSelect
          name="active"
          label={t('admin.filterActive')}
          defaultValue={filters.active}
          allLabel={t('common.all')}
          options={[
            { value: 'yes', label: t('admin.statusActive') },
            { value: 'no', label: t('admin.statusInactive') },
          ]}
        />
      </FilterBar>
      <Card>
        <UserTable users={result.rows} />
        <Pagination path="/admin/users" params={params} page={result.page} pages={result.pages} />
      </Card>
    </>
  );
}
