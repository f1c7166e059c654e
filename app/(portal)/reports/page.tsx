import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { getUnitReportList, unitInScope } from '@/lib/reporting/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDay } from '@/lib/i18n/format';
import { Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { StatusBadge } from '@/components/reporting/status-badge';

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const actor = await requireActorForPage();
  const { unit } = await searchParams;
  const t = await getTranslations();
  const unitId = unitInScope(actor, unit && /^\d+$/.test(unit) ? Number(unit) : undefined);
  const data = await getUnitReportList(actor, unitId);
  if (!data) return <EmptyState>{t('common.noData')}</EmptyState>;
  const query = unit ? `?unit=${unitId}` : '';
  return (
    <>
      <PageHeader title={t('reportForm.listTitle')} subtitle={`${data.unit.name} · ${t('reportForm.listIntro')}`} />
      <Card>
        <TableWrap label={t('reportForm.listTitle')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reportForm.periodColumn')}</th>
                <th scope="col">{t('reportForm.dueColumn')}</th>
                <th scope="col">{t('reportForm.statusColumn')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map(({ period, report, reopenedUntil }) => (
                <tr key={period.id}>
                  <td className="font-medium">{periodLabel(t, period)}</td>
                  <td>
                    {formatDay(period.dueDate)}
                    <div className="text-xs text-slate-500">{t(`periods.${period.window}`)}</div>
                  </td>
                  <td>
                    <div className="flex flex-wrap gap-1">
                      {report ? <StatusBadge status={report.status} /> : <Badge>{t('reportForm.notStarted')}</Badge>}
                      {report?.late && <Badge tone="warn">{t('reportForm.lateBadge')}</Badge>}
                      {reopenedUntil && <Badge tone="info">{t('reportForm.reopenedUntil', { date: formatDay(reopenedUntil) })}</Badge>}
                    </div>
                  </td>
                  <td>
                    {period.window !== 'NOT_OPEN' && (
                      <Link href={`/reports/${period.id}${query}`}>{report?.status === 'ACCEPTED' || report?.status === 'SUBMITTED' ? t('reportForm.view') : t('reportForm.open')}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Card>
    </>
  );
}
