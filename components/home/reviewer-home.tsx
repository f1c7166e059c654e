import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getReviewerHome } from '@/lib/home/queries';
import { EmptyState, Stat } from '@/components/ui/card';
import { PeriodProgressCard } from './period-progress';
import { RecentAudit } from './audit-list';
import { QuickLinks } from './quick-links';

export async function ReviewerHome({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const data = await getReviewerHome(actor);
  if (!data) return <EmptyState>{t('common.noData')}</EmptyState>;
  const missing = data.progress.reduce((sum, p) => sum + p.missing, 0);
  const late = data.progress.reduce((sum, p) => sum + p.late, 0);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat label={t('home.reviewQueue')} value={data.awaiting} hint={t('home.awaitingReview', { count: data.awaiting })} tone={data.awaiting ? 'warn' : 'good'} />
        <Stat label={t('workflow.MISSING')} value={missing} hint={t('home.missingUnits', { count: missing })} tone={missing ? 'bad' : 'good'} />
        <Stat label={t('periods.LATE')} value={late} hint={t('home.lateUnits', { count: late })} />
      </div>
      <QuickLinks
        title={t('home.quickLinks')}
        links={[
          { href: '/review', label: t('home.linkReview') },
          { href: '/review/registrations', label: t('home.linkRegistrationReview') },
          { href: '/proposals', label: t('home.linkProposals') },
          { href: '/council', label: t('home.linkCouncil') },
          { href: '/decisions', label: t('home.linkDecisions') },
          { href: '/appraisal', label: t('home.linkAppraisal') },
          { href: '/dashboard', label: t('home.linkDashboard') },
          { href: '/models', label: t('home.linkModels') },
        ]}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <PeriodProgressCard progress={data.progress} />
        <RecentAudit events={data.recent} />
      </div>
    </div>
  );
}
