import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getCouncilHome } from '@/lib/home/queries';
import { Card, Stat } from '@/components/ui/card';
import { CampaignCard } from './milestones';
import { QuickLinks } from './quick-links';

export async function CouncilHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const data = await getCouncilHome(actor);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <div className="grid gap-3 sm:grid-cols-2">
          <Stat label={t('home.councilMembers')} value={data.members.length} />
          <Stat label={t('home.indicatorsByArea')} value={data.indicatorCount} hint={t('home.indicatorCount', { count: data.indicatorCount })} />
        </div>
        <Card title={t('home.councilMembers')}>
          <ul className="divide-y divide-slate-100 text-sm">
            {data.members.map((m) => (
              <li key={m.id} className="flex justify-between gap-2 py-2">
                <span className="font-medium">{m.displayName}</span>
                <span className="text-slate-600">{m.person?.position}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="space-y-4">
        <QuickLinks
          title={t('home.quickLinks')}
          links={[
            { href: '/council', label: t('home.linkCouncil') },
            { href: '/dashboard', label: t('home.linkDashboard') },
            { href: '/registry', label: t('home.linkRegistry') },
            { href: '/models', label: t('home.linkModels') },
          ]}
        />
        {data.campaign && <CampaignCard campaign={data.campaign} />}
      </div>
    </div>
  );
}
