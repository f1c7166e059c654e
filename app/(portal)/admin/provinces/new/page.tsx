import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { createProvinceAction } from '@/lib/admin/actions';
import { AdminIntl } from '@/components/admin/admin-intl';
import { ProvinceForm } from '@/components/admin/province-form';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.newProvince') };
}

export default async function NewProvincePage() {
  await requirePagePermission('admin:manage');
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('admin.newProvince')} actions={<ButtonLink variant="secondary" href="/admin/provinces">{t('common.back')}</ButtonLink>} />
      <Card>
        <AdminIntl>
          <ProvinceForm action={createProvinceAction} province={{ code: '', name: '', nameEn: null }} />
        </AdminIntl>
      </Card>
    </>
  );
}
