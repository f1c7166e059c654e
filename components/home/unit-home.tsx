import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getUnitHome } from '@/lib/home/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDay, formatDateTime } from '@/lib/i18n/format';
import { Badge, Card, EmptyState, Stat } from '@/components/ui/card';
import { CampaignCard } from './milestones';
import { QuickLinks } from './quick-links';

const STATUS_TONE = { DRAFT: 'default', SUBMITTED: 'info', RETURNED: 'bad', ACCEPTED: 'good' } as const;

export async function UnitHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const data = await getUnitHome(actor);
  if (!data) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <div className="grid gap-3 sm:grid-cols-3">
          <Stat label={t('home.elementsToReport', { count: data.elementCount })} value={data.elementCount} />
          <Stat label={t('home.indicatorsApplying', { count: data.indicators.length })} value={data.indicators.length} />
          <Stat label={t('home.returnedToYou')} value={data.returned} tone={data.returned ? 'bad' : 'good'} />
        </div>
        <Card title={t('home.myReports')}>
          {data.periods.length === 0 && <EmptyState>{t('home.noCurrentPeriod')}</EmptyState>}
          <ul className="divide-y divide-slate-100">
            {data.periods.map(({ period, report }) => (
              <li key={period.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <div className="font-medium">{periodLabel(t, period)}</div>
                  <div className="text-sm text-slate-600">
                    {t('periods.due', { date: formatDay(period.dueDate) })} · {t('periods.closes', { date: formatDay(period.expiryDate) })}
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  {period.window === 'LATE' && <Badge tone="warn">{t('periods.LATE')}</Badge>}
                  {report ? (
                    <Badge tone={STATUS_TONE[report.status]}>
                      {t(`workflow.${report.status}`)}
                      {report.submittedAt ? ` · ${formatDateTime(report.submittedAt)}` : ''}
                    </Badge>
                  ) : (
                    <Badge>{t('home.noReportYet')}</Badge>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('home.indicatorsByArea')}>
          <ul className="space-y-2 text-sm">
            {data.indicators.map((i) => (
              <li key={i.id}>
                <span className="font-medium">{i.name}</span> <span className="text-slate-500">· {i.contestArea.name}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="space-y-4">
        <QuickLinks
          title={t('home.quickLinks')}
          links={[
            { href: '/reports', label: t('home.linkReports') },
            { href: '/registration', label: t('home.linkRegistration') },
            { href: `/appraisal/units/${data.unit.id}`, label: t('home.linkAttainment') },
            { href: '/proposals', label: t('home.linkProposals') },
            { href: '/registry', label: t('home.linkRegistry') },
            { href: '/models', label: t('home.linkModels') },
          ]}
        />
        <CampaignCard campaign={data.campaign} />
      </div>
    </div>
  );
}
