import { getLocale, getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getLeaderHome } from '@/lib/home/queries';
import { formatNumber } from '@/lib/i18n/format';
import { targetText } from '@/lib/catalogue/target-text';
import { Card, EmptyState, Stat } from '@/components/ui/card';
import { PeriodProgressCard } from './period-progress';
import { CampaignCard } from './milestones';
import { QuickLinks } from './quick-links';

export async function LeaderHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const data = await getLeaderHome(actor);
  if (!data) return <EmptyState>{t('common.noData')}</EmptyState>;
  const indicatorCount = data.areas.reduce((s, a) => s + a.indicators.length, 0);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat label={t('home.indicatorsByArea')} value={indicatorCount} hint={t('home.indicatorCount', { count: indicatorCount })} />
        <Stat label={t('home.accepted')} value={formatNumber(data.accepted, locale)} />
        <Stat label={t('home.campaign')} value={t('home.campaignYears', { start: data.campaign.startYear, end: data.campaign.endYear })} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {data.areas.map((area) => (
            <Card key={area.name} title={area.name}>
              <ul className="divide-y divide-slate-100 text-sm">
                {area.indicators.map((i) => (
                  <li key={i.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <span>{i.name}</span>
                    <span className="font-medium text-slate-800">{targetText(i, locale)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
        <div className="space-y-4">
          <QuickLinks
            title={t('home.quickLinks')}
            links={[
              { href: '/dashboard', label: t('home.linkDashboard') },
              { href: '/appraisal', label: t('home.linkAppraisal') },
              { href: '/registry', label: t('home.linkRegistry') },
              { href: '/models', label: t('home.linkModels') },
            ]}
          />
          <PeriodProgressCard progress={data.progress} />
          <CampaignCard campaign={data.campaign} />
        </div>
      </div>
    </div>
  );
}
