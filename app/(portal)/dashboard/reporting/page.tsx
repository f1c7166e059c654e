import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getReportingHealth, type HealthCounts } from '@/lib/dashboard/reporting-health';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { DashboardLinks } from '@/components/dashboard/dashboard-links';
import { ReportingChart } from '@/components/dashboard/reporting-chart';

export async function generateMetadata() {
  const t = await getTranslations('dashboard.reporting');
  return { title: t('title') };
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

const COUNT_COLUMNS = ['expected', 'filed', 'onTime', 'late', 'accepted', 'missing'] as const;

/** A row's counts in the order of COUNT_COLUMNS; `filedShare`, when given, follows the filed count. */
function CountCells({ row, filedShare }: { row: HealthCounts; filedShare?: string }) {
  return COUNT_COLUMNS.map((key) => (
    <td key={key} className="text-right">
      {row[key]}
      {key === 'filed' && filedShare !== undefined && <span className="text-xs text-slate-500"> ({filedShare}%)</span>}
    </td>
  ));
}

/** Completeness and timeliness per period and per unit, and the units late now. */
export default async function ReportingHealthPage() {
  const actor = await requirePagePermission('dashboard:all');
  const [t, locale, health] = await Promise.all([getTranslations(), getLocale(), getReportingHealth(actor)]);
  if (!health) return <EmptyState>{t('common.noData')}</EmptyState>;
  const n = (v: number) => formatNumber(v, locale as Locale, 1);
  const bars = health.byPeriod.map((p) => ({ label: periodLabel(t, p.period), filed: pct(p.filed, p.expected), onTime: pct(p.onTime, p.expected) }));
  const chartLabel = t('dashboard.reporting.chartLabel', {
    points: bars.map((b) => t('dashboard.reporting.chartPoint', { period: b.label, filed: n(b.filed), onTime: n(b.onTime) })).join('; '),
  });
  const countHeads = COUNT_COLUMNS.map((k) => (
    <th key={k} scope="col" className="text-right">
      {t(`dashboard.reporting.${k}`)}
    </th>
  ));
  return (
    <>
      <PageHeader title={t('dashboard.reporting.title')} subtitle={t('dashboard.reporting.subtitle')} />
      <DashboardLinks actor={actor} current="reporting" />
      <div className="space-y-4">
        <Card title={t('dashboard.reporting.lateNow')}>
          <p className="mb-2 text-sm text-slate-600">{t('dashboard.reporting.lateNowIntro')}</p>
          {health.lateNow.length === 0 ? (
            <EmptyState>{t('dashboard.reporting.lateNowEmpty')}</EmptyState>
          ) : (
            <TableWrap label={t('dashboard.reporting.lateNow')}>
              <table className="text-sm" data-testid="late-now">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.reporting.unit')}</th>
                    <th scope="col">{t('dashboard.reporting.period')}</th>
                    <th scope="col">{t('dashboard.reporting.due')}</th>
                    <th scope="col" className="text-right">
                      {t('dashboard.reporting.daysLate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {health.lateNow.map((row) => (
                    <tr key={`${row.unit.id}:${row.period.id}`}>
                      <th scope="row" className="font-normal">
                        <Link href={`/dashboard/units/${row.unit.id}`}>{row.unit.name}</Link>
                      </th>
                      <td>{periodLabel(t, row.period)}</td>
                      <td>{formatDay(row.dueDate)}</td>
                      <td className="text-right">{row.daysLate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
        <Card title={t('dashboard.reporting.byPeriod')}>
          {health.byPeriod.length === 0 ? (
            <EmptyState>{t('dashboard.reporting.noPeriods')}</EmptyState>
          ) : (
            <>
              <ReportingChart bars={bars} names={{ filed: t('dashboard.reporting.completeness'), onTime: t('dashboard.reporting.timeliness') }} label={chartLabel} />
              <div className="mt-4" />
              <TableWrap label={t('dashboard.reporting.byPeriod')}>
                <table className="text-sm" data-testid="health-by-period">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.reporting.period')}</th>
                      {countHeads}
                    </tr>
                  </thead>
                  <tbody>
                    {health.byPeriod.map((row) => (
                      <tr key={row.period.id}>
                        <th scope="row" className="font-normal">
                          {periodLabel(t, row.period)}
                          <span className="block text-xs text-slate-500">{t(`periods.${row.period.window as 'OPEN'}`)}</span>
                        </th>
                        <CountCells row={row} filedShare={n(pct(row.filed, row.expected))} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          )}
        </Card>
        <Card title={t('dashboard.reporting.byUnit')}>
          <TableWrap label={t('dashboard.reporting.byUnit')}>
            <table className="text-sm" data-testid="health-by-unit">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.reporting.unit')}</th>
                  {countHeads}
                </tr>
              </thead>
              <tbody>
                {health.byUnit.map((row) => (
                  <tr key={row.unit.id}>
                    <th scope="row" className="font-normal">
                      <Link href={`/dashboard/units/${row.unit.id}`}>{row.unit.name}</Link>
                    </th>
                    <CountCells row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </Card>
      </div>
    </>
  );
}
