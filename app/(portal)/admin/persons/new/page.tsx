import { getTranslations } from 'next-intl/server';
import { unitOptions } from '@/lib/admin/queries';
import { createPersonAction } from '@/lib/admin/actions';
import { idParam, type SearchParams } from '@/lib/admin/params';
import { adminPageContext } from '@/components/admin/admin-page';
import { AdminIntl } from '@/components/admin/admin-intl';
import { PersonForm } from '@/components/admin/person-form';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.newPerson') };
}

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, params, province } = await adminPageContext(searchParams);
  const t = await getTranslations();
  const units = await unitOptions(actor, province.id);
  const unitId = idParam(params, 'unit');
  return (
    <>
      <PageHeader title={t('admin.newPerson')} subtitle={province.name} actions={<ButtonLink variant="secondary" href="/admin/persons">{t('common.back')}</ButtonLink>} />
      <Card>
        <AdminIntl>
          <PersonForm
            action={createPersonAction}
            units={units}
            person={{ unitId: units.some((u) => u.id === unitId) ? unitId! : null, fullName: '', position: null, isLeader: false, birthYear: null, active: true }}
          />
        </AdminIntl>
      </Card>
    </>
  );
}
