import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { getUnitDashboard } from '@/lib/dashboard/unit-dashboard';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDate } from '@/lib/i18n/format';
import { Alert, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { YearPicker } from '@/components/appraisal/year-picker';
import { UnitAttainment } from '@/components/appraisal/unit-attainment';
import { StatusBadge } from '@/components/reporting/status-badge';

export async function generateMetadata() {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

/** Drill-down: a unit's progress against its registered targets, its reports, and each accepted report. */
export default async function UnitDashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePagePermission('dashboard:unit');
  const [{ id }, { year }] = await Promise.all([params, searchParams]);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const t = await getTranslations();
  const view = await getUnitDashboard(actor, Number(id), year && /^\d{4}$/.test(year) ? Number(year) : null).catch((error) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') notFound();
    if (isDomainError(error) && error.code === 'FORBIDDEN') redirect('/forbidden');
    throw error;
  });
  if (!view) return <EmptyState>{t('common.noData')}</EmptyState>;
  const { unit, attainment } = view;
  const facts = [t(`unitKinds.${unit.kind}`), unit.group ? t('dashboard.unit.group', { group: unit.group.name }) : null, unit.kind === 'COMMUNE' ? t(`border.${String(unit.border) as 'true'}`) : null].filter(Boolean);
  return (
    <>
      <PageHeader title={unit.name} subtitle={facts.join(' · ')} actions={<YearPicker action={`/dashboard/units/${unit.id}`} years={view.years} year={view.year} />} />
      <p className="mb-4 text-sm">
        <Link href="/dashboard">{t('dashboard.unit.back')}</Link>
      </p>
      <div className="space-y-4">
        <Card title={t('dashboard.unit.attainment')}>
          <p className="mb-2 text-sm text-slate-600">{t('dashboard.unit.subtitle', { year: view.year })}</p>
          {attainment && attainment.registrationStatus !== 'ACCEPTED' && (
            <div className="mb-3">
              <Alert tone="warning">{t('dashboard.unit.registrationMissing', { year: view.year })}</Alert>
            </div>
          )}
          {attainment ? <UnitAttainment rows={attainment.rows} span={attainment.span} year={view.year} /> : <EmptyState>{t('common.noData')}</EmptyState>}
        </Card>
        <Card title={t('dashboard.unit.reports')}>
          {view.periods.length === 0 ? (
            <EmptyState>{t('dashboard.unit.noReports')}</EmptyState>
          ) : (
            <TableWrap label={t('dashboard.unit.reports')}>
              <table className="text-sm" data-testid="unit-reports">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.unit.period')}</th>
                    <th scope="col">{t('dashboard.unit.status')}</th>
                    <th scope="col">{t('dashboard.unit.reviewed')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.periods.map(({ period, report }) => (
                    <tr key={period.id}>
                      <th scope="row" className="font-normal">
                        {periodLabel(t, period)}
                      </th>
                      <td>
                        {report ? <StatusBadge status={report.status} /> : <span className="text-slate-500">{t('dashboard.unit.missing')}</span>}
                        {report?.late && <span className="ml-1 text-xs text-amber-800">{t('dashboard.unit.late')}</span>}
                      </td>
                      <td>{report?.status === 'ACCEPTED' ? formatDate(report.reviewedAt) : '—'}</td>
                      <td className="space-x-3 whitespace-nowrap">
                        {report?.status === 'ACCEPTED' && (
                          <Link href={`/dashboard/units/${unit.id}/reports/${period.id}`} aria-label={`${t('dashboard.unit.open')}: ${periodLabel(t, period)}`}>
                            {t('dashboard.unit.open')}
                          </Link>
                        )}
                        {report && view.canReadReports && (
                          <Link href={`/reports/${period.id}?unit=${unit.id}`} prefetch={false}>
                            {t('dashboard.unit.openFull')}
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
      </div>
    </>
  );
}
