import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { getReportForm, unitInScope } from '@/lib/reporting/queries';
import { getSetting } from '@/lib/settings/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDate, formatDay } from '@/lib/i18n/format';
import { addDays, dateToDay } from '@/lib/clock';
import { isDomainError } from '@/lib/errors';
import { Alert, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ReportForm } from '@/components/reporting/report-form';
import { EvidencePanel } from '@/components/reporting/evidence-panel';
import { StatusBadge } from '@/components/reporting/status-badge';
import { ExcelPanel } from '@/components/reporting/excel-panel';
import { HistoryCard } from '@/components/reporting/history-card';
import { getReportHistory } from '@/lib/reporting/history';

type Params = { params: Promise<{ periodId: string }>; searchParams: Promise<{ unit?: string }> };

export default async function ReportPage({ params, searchParams }: Params) {
  const actor = await requireActorForPage();
  const [{ periodId }, { unit }] = await Promise.all([params, searchParams]);
  if (!/^\d{1,9}$/.test(periodId)) notFound();
  const t = await getTranslations();
  let form;
  try {
    const unitId = unitInScope(actor, unit && /^\d+$/.test(unit) ? Number(unit) : undefined);
    form = await getReportForm(actor, unitId, Number(periodId));
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const [maxMb, history] = await Promise.all([
    getSetting(actor.provinceId, 'files.maxUploadMb'),
    form.report ? getReportHistory(actor, { id: form.report.id, unitId: form.unit.id }) : Promise.resolve([]),
  ]);
  const label = periodLabel(t, form.period);
  const lockDate = {
    ACCEPTED: formatDate(form.report?.reviewedAt),
    SUBMITTED: formatDate(form.report?.submittedAt),
    PERIOD_CLOSED: formatDay(form.period.expiryDate),
    PERIOD_NOT_OPEN: formatDay(addDays(dateToDay(form.period.endDate), 1)),
    READ_ONLY_ROLE: '',
  };
  // Labels of the periods values are compared with, computed here so the browser needs no catalogue of them.
  const periodLabels = Object.fromEntries(
    form.elements.filter((e) => e.previous).map((e) => [`${e.previous!.period.type}-${e.previous!.period.year}-${e.previous!.period.number}`, periodLabel(t, e.previous!.period)]),
  );
  return (
    <>
      <PageHeader
        title={t('reportForm.heading', { period: label, unit: form.unit.name })}
        subtitle={t('reportForm.dueLine', { due: formatDay(form.period.dueDate), closes: formatDay(form.period.reopenedUntil ?? form.period.expiryDate) })}
        actions={form.report && <StatusBadge status={form.report.status} />}
      />
      <div className="mb-4 space-y-2">
        {form.lock.reason && <Alert tone={form.lock.reason === 'PERIOD_CLOSED' ? 'warning' : 'info'}>{t(`reportForm.lock.${form.lock.reason}`, { date: lockDate[form.lock.reason] })}</Alert>}
        {form.report?.status === 'RETURNED' && <Alert tone="warning">{t('reportForm.returnedBanner', { count: form.comments.length })}</Alert>}
      </div>
      <ClientMessages areas={['reportForm']}>
        <ReportForm
          unitId={form.unit.id}
          periodId={form.period.id}
          report={form.report && { id: form.report.id, version: form.report.version, note: form.report.note, narrative: form.report.narrative }}
          elements={form.elements}
          indicators={form.indicators}
          comments={form.comments}
          editable={form.lock.editable}
          canSubmit={form.lock.canSubmit}
          thresholdPct={form.outlierThresholdPct}
          periodLabels={periodLabels}
        >
          <EvidencePanel reportId={form.report?.id ?? null} periodId={form.period.id} evidence={form.evidence} elements={form.elements} editable={form.lock.editable} maxMb={maxMb} />
          {form.lock.editable && <ExcelPanel unitId={form.unit.id} periodId={form.period.id} />}
        </ReportForm>
      </ClientMessages>
      {history.length > 0 && (
        <div className="mt-4">
          <HistoryCard events={history} title={t('reportForm.history')} />
        </div>
      )}
    </>
  );
}
