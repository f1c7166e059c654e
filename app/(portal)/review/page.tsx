import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getCompleteness, getReportQueue } from '@/lib/review/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { FilterBar, FilterSelect, FilterText } from '@/components/admin/filters';
import { Alert, Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { StatusBadge } from '@/components/reporting/status-badge';
import { ReportCompletenessCard } from '@/components/review/completeness-card';

const STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ status?: string; period?: string; q?: string; flash?: string; n?: string }> }) {
  const actor = await requirePagePermission('review:act');
  const params = await searchParams;
  const t = await getTranslations();
  const status = STATUSES.find((s) => s === params.status);
  const periodId = params.period && /^\d+$/.test(params.period) ? Number(params.period) : undefined;
  const q = params.q?.slice(0, 100) || undefined;
  const queue = await getReportQueue(actor, { status: status ?? (params.status === undefined ? 'SUBMITTED' : undefined), periodId, q });
  if (!queue) return <EmptyState>{t('common.noData')}</EmptyState>;
  const shownPeriods = periodId ? [periodId] : queue.periods.filter((p) => p.window === 'OPEN' || p.window === 'LATE').map((p) => p.id);
  const completeness = await getCompleteness(actor, shownPeriods);
  const flash =
    params.flash === 'accepted' ? t('review.accepted') : params.flash === 'returned' ? t('review.returned', { count: Number(params.n) || 1 }) : params.flash === 'reopened' ? t('review.reopened') : null;
  return (
    <>
      <PageHeader
        title={t('review.queueTitle')}
        subtitle={t('review.queueIntro')}
        actions={
          <Link href="/review/registrations" className="text-sm">
            {t('review.registrationsLink')}
          </Link>
        }
      />
      {flash && (
        <div className="mb-4">
          <Alert tone="success">{flash}</Alert>
        </div>
      )}
      <FilterBar action="/review">
        <FilterSelect name="status" label={t('review.status')} defaultValue={params.status ?? 'SUBMITTED'} allLabel={t('review.allStatuses')} options={STATUSES.map((s) => ({ value: s, label: t(`workflow.${s}`) }))} />
        <FilterSelect name="period" label={t('review.period')} defaultValue={params.period} allLabel={t('review.allPeriods')} options={[...queue.periods].reverse().map((p) => ({ value: String(p.id), label: periodLabel(t, p) }))} />
        <FilterText name="q" label={t('review.unitSearch')} defaultValue={q} placeholder={t('common.searchPlaceholder')} />
      </FilterBar>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t('common.showing', { count: queue.reports.length })}>
          {queue.reports.length === 0 ? (
            <EmptyState>{t('review.noReports')}</EmptyState>
          ) : (
            <TableWrap label={t('review.queueTitle')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('common.unit')}</th>
                    <th scope="col">{t('review.period')}</th>
                    <th scope="col">{t('review.status')}</th>
                    <th scope="col">{t('review.submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.reports.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/review/reports/${r.id}`}>{r.unit.name}</Link>
                      </td>
                      <td>
                        {periodLabel(t, r.period)}
                        <div className="text-xs text-slate-500">
                          {t('review.due')} {formatDay(r.period.dueDate)}
                        </div>
                      </td>
                      <td>
                        <div className="flex flex-wrap gap-1">
                          <StatusBadge status={r.status} />
                          {r.late && <Badge tone="warn">{t('reportForm.lateBadge')}</Badge>}
                        </div>
                      </td>
                      <td className="whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
        <div className="space-y-4">
          {completeness.map((c) => {
            const period = queue.periods.find((p) => p.id === c.periodId)!;
            return <ReportCompletenessCard key={c.periodId} completeness={c} period={period} />;
          })}
        </div>
      </div>
    </>
  );
}
