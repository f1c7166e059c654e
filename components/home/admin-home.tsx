import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getAdminHome } from '@/lib/home/queries';
import { Card, Stat } from '@/components/ui/card';
import { RecentAudit } from './audit-list';

export async function AdminHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const data = await getAdminHome(actor);
  const units = data.unitsByKind.reduce((s, k) => s + k._count._all, 0);
  const users = data.usersByRole.reduce((s, r) => s + r._count._all, 0);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat label={t('nav.adminUnits')} value={units} hint={t('home.unitsCount', { count: units })} />
        <Stat label={t('nav.adminUsers')} value={users} hint={t('home.usersCount', { count: users })} />
        <Stat label={t('nav.adminPersons')} value={data.persons} hint={t('home.personsCount', { count: data.persons })} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('home.unitsByKind')}>
          <ul className="text-sm">
            {data.unitsByKind.map((k) => (
              <li key={k.kind} className="flex justify-between py-1">
                <span>{t(`unitKinds.${k.kind}`)}</span>
                <span className="font-medium">{k._count._all}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('home.usersByRole')}>
          <ul className="text-sm">
            {data.usersByRole.map((r) => (
              <li key={r.role} className="flex justify-between py-1">
                <span>{t(`roles.${r.role}`)}</span>
                <span className="font-medium">{r._count._all}</span>
              </li>
            ))}
          </ul>
        </Card>
        <RecentAudit events={data.recent} />
      </div>
    </div>
  );
}
