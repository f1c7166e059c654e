import { getTranslations } from 'next-intl/server';
import { unitOptions } from '@/lib/admin/queries';
import { linkablePersons } from '@/lib/admin/people-queries';
import { createUserAction } from '@/lib/admin/actions';
import { idParam, type SearchParams } from '@/lib/admin/params';
import { adminPageContext } from '@/components/admin/admin-page';
import { AdminIntl } from '@/components/admin/admin-intl';
import { UserForm } from '@/components/admin/user-form';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.newUser') };
}

export default async function NewUserPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, params, province } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const [units, persons] = await Promise.all([unitOptions(actor, province.id), linkablePersons(actor, province.id)]);
  const unitId = idParam(params, 'unit');
  return (
    <>
      <PageHeader title={t('admin.newUser')} subtitle={province.name} actions={<ButtonLink variant="secondary" href="/admin/users">{t('common.back')}</ButtonLink>} />
      <Card>
        <AdminIntl>
          <UserForm
            action={createUserAction}
            units={units}
            persons={persons}
            user={{ provinceId: province.id, username: '', displayName: '', role: 'UNIT_OFFICER', unitId: units.some((u) => u.id === unitId) ? unitId! : null, personId: null, email: null }}
          />
        </AdminIntl>
      </Card>
    </>
  );
}
