import { getTranslations } from 'next-intl/server';
import { groupOptions, unitOptions } from '@/lib/admin/queries';
import { createUnitAction } from '@/lib/admin/actions';
import { adminPageContext } from '@/components/admin/admin-page';
import { AdminIntl } from '@/components/admin/admin-intl';
import { UnitForm } from '@/components/admin/unit-form';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import type { SearchParams } from '@/lib/admin/params';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.newUnit') };
}

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, province } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const [parents, groups] = await Promise.all([unitOptions(actor, province.id), groupOptions(actor, province.id)]);
  return (
    <>
      <PageHeader title={t('admin.newUnit')} subtitle={province.name} actions={<ButtonLink variant="secondary" href="/admin/units">{t('common.back')}</ButtonLink>} />
      <Card>
        <AdminIntl>
          <UnitForm
            action={createUnitAction}
            parents={parents}
            groups={groups}
            unit={{ provinceId: province.id, name: '', shortName: null, nameEn: null, kind: 'COMMUNE', parentId: null, adminCode: null, border: null, borderSource: null, groupId: null, note: null, active: true }}
          />
        </AdminIntl>
      </Card>
    </>
  );
}
