import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getCommendationStats, leaderShare, type Fairness } from '@/lib/dashboard/commendation-stats';
import { formatNumber } from '@/lib/i18n/format';
import { asAny } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/config';
import { Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { FairnessChart } from '@/components/dashboard/commendation-charts';
import { DashboardLinks } from '@/components/dashboard/dashboard-links';
import { CountTable } from '@/components/dashboard/count-table';

export async function generateMetadata() {
  const t = await getTranslations('dashboard.commendations');
  return { title: t('title') };
}

/** Proposals and commendations by form, unit kind and year; leaders' share of individual commendations. */
export default async function CommendationStatsPage() {
  const actor = await requirePagePermission('dashboard:all');
  const [t, locale, stats] = await Promise.all([getTranslations(), getLocale(), getCommendationStats(actor)]);
  const tt = asAny(t);
  const percent = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale as Locale, 1)}%`);
  const formName = (code: string) => {
    const form = stats.forms.find((f) => f.code === code);
    return form ? (locale === 'en' && form.nameEn ? form.nameEn : form.name) : code;
  };
  const kindName = (kind: string) => tt(`unitKinds.${kind}`);
  const statusName = (status: string) => tt(`commendation.status.${status}`);
  const c = (key: string) => tt(`dashboard.commendations.${key}`);
  const fairnessTable = (rows: Fairness[], label: string, testId: string) => (
    <TableWrap label={label}>
      <table className="text-sm" data-testid={testId}>
        <caption className="mb-1 text-left text-sm font-medium">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.year')}</th>
            <th scope="col" className="text-right">{c('leaders')}</th>
            <th scope="col" className="text-right">{c('staff')}</th>
            <th scope="col" className="text-right">{c('leaderShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year ?? 'all'} className={row.year === null ? 'font-medium' : ''}>
              <th scope="row" className="font-normal">{row.year ?? c('allYears')}</th>
              <td className="text-right">{row.leaders}</td>
              <td className="text-right">{row.staff}</td>
              <td className="text-right">{percent(leaderShare(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
  return (
    <>
      <PageHeader title={c('title')} subtitle={c('subtitle')} />
      <DashboardLinks actor={actor} current="commendations" />
      <div className="space-y-4">
        <Card title={c('fairness')}>
          <p className="mb-3 text-sm text-slate-700" data-testid="staff-share">
            {t('dashboard.commendations.fairnessIntro', { share: percent(leaderShare(stats.staff)) })}
          </p>
          <FairnessChart
            rows={stats.fairness.all.filter((r) => r.year !== null).map((r) => ({ year: String(r.year), leaders: r.leaders, staff: r.staff }))}
            names={{ leaders: c('leaders'), staff: c('staff') }}
            label={c('scopeAll')}
          />
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            {fairnessTable(stats.fairness.decisions, c('scopeDecisions'), 'fairness-decisions')}
            {fairnessTable(stats.fairness.all, c('scopeAll'), 'fairness-all')}
          </div>
        </Card>
        <Card title={`${c('proposals')} · ${t('dashboard.commendations.totalLine', { count: stats.proposals.total })}`}>
          {stats.proposals.total === 0 ? (
            <EmptyState>{c('none')}</EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-3">
              <CountTable rows={stats.proposals.byStatus} years={stats.years} label={c('byStatus')} keyHeader={c('status')} totalHeader={c('total')} nameOf={statusName} testId="proposals-by-status" />
              <CountTable rows={stats.proposals.byForm} years={stats.years} label={c('byForm')} keyHeader={c('form')} totalHeader={c('total')} nameOf={formName} testId="proposals-by-form" />
              <CountTable rows={stats.proposals.byUnitKind} years={stats.years} label={c('byUnitKind')} keyHeader={c('unitKind')} totalHeader={c('total')} nameOf={kindName} testId="proposals-by-kind" />
            </div>
          )}
        </Card>
        <Card title={`${c('decisions')} · ${t('dashboard.commendations.totalLine', { count: stats.decisions.total })}`}>
          {stats.decisions.total === 0 ? (
            <EmptyState>{c('none')}</EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              <CountTable rows={stats.decisions.byForm} years={stats.years} label={c('byForm')} keyHeader={c('form')} totalHeader={c('total')} nameOf={formName} testId="decisions-by-form" />
              <CountTable rows={stats.decisions.byUnitKind} years={stats.years} label={c('byUnitKind')} keyHeader={c('unitKind')} totalHeader={c('total')} nameOf={kindName} testId="decisions-by-kind" />
            </div>
          )}
        </Card>
        <Card title={`${c('allAwards')} · ${t('dashboard.commendations.totalLine', { count: stats.allAwards.total })}`}>
          {stats.allAwards.total === 0 ? (
            <EmptyState>{c('none')}</EmptyState>
          ) : (
            <CountTable rows={stats.allAwards.byForm} years={stats.years} label={c('byForm')} keyHeader={c('form')} totalHeader={c('total')} nameOf={formName} testId="awards-by-form" />
          )}
        </Card>
      </div>
    </>
  );
}
