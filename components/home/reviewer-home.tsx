import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { getReviewerHome } from '@/lib/home/queries';
import { EmptyState, Stat } from '@/components/ui/card';
import { PeriodProgressCard } from './period-progress';
import { RecentAudit } from './audit-list';

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
      <div className="grid gap-4 lg:grid-cols-2">
        <PeriodProgressCard progress={data.progress} />
        <RecentAudit events={data.recent} />
      </div>
    </div>
  );
}
