import { getTranslations } from 'next-intl/server';
import { orNotFound, segmentId } from '@/lib/pages/detail';
import { unitOptions } from '@/lib/admin/queries';
import { getUser, linkablePersons } from '@/lib/admin/people-queries';
import { resetPasswordAction, setUserActiveAction, updateUserAction } from '@/lib/admin/actions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/i18n/format';
import { AdminIntl } from '@/components/admin/admin-intl';
import { UserForm } from '@/components/admin/user-form';
import { UserAccountActions } from '@/components/admin/user-account-actions';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.editUser') };
}


export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const user = await orNotFound(getUser(actor, segmentId((await params).id)));
  const t = await getTranslations();
  const [units, persons] = await Promise.all([unitOptions(actor, user.provinceId), linkablePersons(actor, user.provinceId, user.personId)]);
  const updatedAt = user.updatedAt.toISOString();
  return (
    <>
      <PageHeader
        title={user.displayName}
        subtitle={`${user.username} · ${t(`roles.${user.role}`)}${user.unit ? ` · ${user.unit.name}` : ''}`}
        actions={<ButtonLink variant="secondary" href="/admin/users">{t('common.back')}</ButtonLink>}
      />
      <AdminIntl>
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title={t('admin.editUser')} className="lg:col-span-2">
            <UserForm
              action={updateUserAction}
              units={units}
              persons={persons}
              user={{ id: user.id, updatedAt, provinceId: user.provinceId, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId, personId: user.personId, email: user.email }}
            />
          </Card>
          <Card title={t('admin.accountStatus')}>
            <dl className="mb-4 space-y-1 text-sm">
              <div className="flex justify-between gap-2">
                <dt>{t('common.status')}</dt>
                <dd>
                  <Badge tone={user.active ? 'good' : 'bad'}>{user.active ? t('admin.statusActive') : t('admin.statusInactive')}</Badge>
                </dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt>{t('admin.lastLogin')}</dt>
                <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.never')}</dd>
              </div>
            </dl>
            <UserAccountActions user={{ id: user.id, updatedAt, active: user.active, self: user.id === actor.id }} setActive={setUserActiveAction} resetPassword={resetPasswordAction} />
          </Card>
        </div>
      </AdminIntl>
    </>
  );
}
