import { getTranslations } from 'next-intl/server';
import { orNotFound, segmentId } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getProvince } from '@/lib/admin/queries';
import { updateProvinceAction } from '@/lib/admin/actions';
import { AdminIntl } from '@/components/admin/admin-intl';
import { ProvinceForm } from '@/components/admin/province-form';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.editProvince') };
}

export default async function EditProvincePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const province = await orNotFound(getProvince(actor, segmentId((await params).id)));
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={province.name} subtitle={t('admin.editProvince')} actions={<ButtonLink variant="secondary" href="/admin/provinces">{t('common.back')}</ButtonLink>} />
      <Card>
        <AdminIntl>
          <ProvinceForm action={updateProvinceAction} province={{ id: province.id, updatedAt: province.updatedAt.toISOString(), code: province.code, name: province.name, nameEn: province.nameEn }} />
        </AdminIntl>
      </Card>
    </>
  );
}
