import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { orNotFound, segmentId } from '@/lib/pages/detail';
import { unitOptions } from '@/lib/admin/queries';
import { getPerson } from '@/lib/admin/people-queries';
import { updatePersonAction } from '@/lib/admin/actions';
import type { SearchParams } from '@/lib/admin/params';
import { requirePagePermission } from '@/lib/auth/session';
import { AdminIntl } from '@/components/admin/admin-intl';
import { PersonForm } from '@/components/admin/person-form';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.editPerson') };
}


export default async function EditPersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('admin:manage');
  const person = await orNotFound(getPerson(actor, segmentId((await params).id)));
  const created = (await searchParams).created === '1';
  const t = await getTranslations();
  const units = await unitOptions(actor, person.unit.provinceId);
  return (
    <>
      <PageHeader title={person.fullName} subtitle={person.unit.name} actions={<ButtonLink variant="secondary" href="/admin/persons">{t('common.back')}</ButtonLink>} />
      {created && (
        <div className="mb-4">
          <Alert tone="success">{t('admin.personCreated')}</Alert>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('admin.editPerson')} className="lg:col-span-2">
          <AdminIntl>
            <PersonForm
              action={updatePersonAction}
              units={units}
              person={{ id: person.id, updatedAt: person.updatedAt.toISOString(), unitId: person.unitId, fullName: person.fullName, position: person.position, isLeader: person.isLeader, birthYear: person.birthYear, active: person.active }}
            />
          </AdminIntl>
        </Card>
        <Card title={t('admin.filterAccount')}>
          {person.user ? (
            <Link href={`/admin/users/${person.user.id}`}>
              {t('admin.hasAccount')}: {person.user.username}
            </Link>
          ) : (
            <p className="text-sm">
              {t('admin.noAccount')} · <Link href={`/admin/users/new?unit=${person.unitId}${person.unit.provinceId === actor.provinceId ? '' : `&province=${person.unit.provinceId}`}`}>{t('admin.newUser')}</Link>
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
