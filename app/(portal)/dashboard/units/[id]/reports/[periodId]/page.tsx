import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { getAcceptedReport } from '@/lib/dashboard/unit-dashboard';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDate } from '@/lib/i18n/format';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Alert, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';

export async function generateMetadata() {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

/** An accepted report read-only, with its evidence: the end of the drill-down, for every dashboard reader of the unit. */
export default async function AcceptedReportPage({ params }: { params: Promise<{ id: string; periodId: string }> }) {
  const actor = await requirePagePermission('dashboard:unit');
  const { id, periodId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(periodId)) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const view = await getAcceptedReport(actor, Number(id), Number(periodId)).catch((error) => {
    if (isDomainError(error) && error.code === 'FORBIDDEN') redirect('/forbidden');
    if (isDomainError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!view) {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <Alert tone="info">{t('dashboard.report.notAccepted')}</Alert>
        <p className="mt-4 text-sm">
          <Link href={`/dashboard/units/${id}`}>{t('dashboard.report.backToUnit')}</Link>
        </p>
      </>
    );
  }
  const { unit, report } = view;
  const name = (e: { name: string; nameEn: string | null }) => (locale === 'en' && e.nameEn ? e.nameEn : e.name);
  const value = (v: (typeof report.values)[number]) =>
    v.element.valueType === 'YES_NO' ? (Number(v.value) >= 1 ? t('common.yes') : t('common.no')) : `${formatNumber(v.value, locale as Locale, 4)} ${v.element.unitLabel}`;
  const elementName = new Map(report.values.map((v) => [v.element.id, name(v.element)]));
  return (
    <>
      <PageHeader title={t('dashboard.report.title', { period: periodLabel(t, report.period), unit: unit.name })} subtitle={t('dashboard.report.acceptedOn', { date: formatDate(report.reviewedAt) })} />
      <p className="mb-4 space-x-4 text-sm">
        <Link href={`/dashboard/units/${unit.id}`}>{t('dashboard.report.backToUnit')}</Link>
        {view.canReadFiles && (
          <Link href={`/reports/${report.period.id}?unit=${unit.id}`} prefetch={false}>
            {t('dashboard.unit.openFull')}
          </Link>
        )}
      </p>
      <div className="space-y-4">
        {report.late && <Alert tone="warning">{t('dashboard.report.lateNote')}</Alert>}
        <Card title={t('dashboard.report.values')}>
          <TableWrap label={t('dashboard.report.values')}>
            <table className="text-sm" data-testid="report-values">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.report.element')}</th>
                  <th scope="col" className="text-right">
                    {t('dashboard.report.value')}
                  </th>
                  <th scope="col">{t('dashboard.report.note')}</th>
                </tr>
              </thead>
              <tbody>
                {report.values.map((v) => (
                  <tr key={v.element.id}>
                    <th scope="row" className="font-normal">
                      {name(v.element)}
                    </th>
                    <td className="text-right whitespace-nowrap">{value(v)}</td>
                    <td>{v.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </Card>
        {(report.note || report.narrative) && (
          <Card title={t('dashboard.report.narrative')}>
            {report.note && <p className="mb-2 text-sm whitespace-pre-line">{report.note}</p>}
            {report.narrative && <p className="text-sm whitespace-pre-line">{report.narrative}</p>}
          </Card>
        )}
        <Card title={t('dashboard.report.evidence')}>
          {report.evidence.length === 0 ? (
            <EmptyState>{t('dashboard.report.noEvidence')}</EmptyState>
          ) : (
            <>
              <ul className="space-y-1 text-sm" data-testid="report-evidence">
                {report.evidence.map((e) => (
                  <li key={e.id}>
                    {view.canReadFiles ? (
                      <a href={`/api/files/${e.file.id}`} download>
                        {e.file.name}
                      </a>
                    ) : (
                      <span>{e.file.name}</span>
                    )}
                    {e.elementId && elementName.has(e.elementId) && <span className="text-slate-500"> · {elementName.get(e.elementId)}</span>}
                  </li>
                ))}
              </ul>
              {!view.canReadFiles && <p className="mt-2 text-xs text-slate-500">{t('dashboard.report.noFileAccess')}</p>}
            </>
          )}
        </Card>
      </div>
    </>
  );
}
