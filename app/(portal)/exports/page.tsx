import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { exportOptions, listMyExports } from '@/lib/exports/requests';
import { exportParamsSchema, EXPORT_FORMATS, SIGNER_TITLES } from '@/lib/exports/schema';
import { periodLabel } from '@/lib/i18n/periods';
import { getAnyTranslations } from '@/lib/i18n/translate';
import { formatDateTime } from '@/lib/i18n/format';
import { Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { RequestExportForm } from '@/components/exports/request-form';
import { ExportRow } from '@/components/exports/export-row';

export async function generateMetadata() {
  const t = await getTranslations('exports');
  return { title: t('title') };
}

export default async function ExportsPage() {
  const actor = await requirePagePermission('dashboard:all');
  const t = await getTranslations();
  const tAny = await getAnyTranslations();
  const [options, jobs] = await Promise.all([exportOptions(actor), listMyExports(actor)]);
  if (!options) return <EmptyState>{t('exports.noOptions')}</EmptyState>;

  const periodName = new Map(options.periods.map((p) => [p.id, periodLabel(t, p)]));
  const kinds = [
    { value: 'PERIOD', label: t('exports.kinds.PERIOD') },
    ...(options.midtermYear !== null ? [{ value: 'MIDTERM', label: t('exports.kinds.MIDTERM', { year: options.midtermYear }) }] : []),
    ...(options.finalYear !== null ? [{ value: 'FINAL', label: t('exports.kinds.FINAL', { year: options.finalYear }) }] : []),
  ];
  const reportName = (params: unknown, kind: string) => {
    const p = exportParamsSchema.safeParse(params);
    if (!p.success) return kind;
    const what =
      p.data.kind === 'PERIOD'
        ? t('exports.kindShort.PERIOD', { period: periodName.get(p.data.periodId ?? 0) ?? `#${p.data.periodId}` })
        : t(`exports.kindShort.${p.data.kind}`, { year: (p.data.kind === 'MIDTERM' ? options.midtermYear : options.finalYear) ?? '' });
    return `${what} · ${t(`exports.formats.${p.data.format}`)}`;
  };
  const rowLabels = {
    status: { QUEUED: t('exports.status.QUEUED'), RUNNING: t('exports.status.RUNNING'), DONE: t('exports.status.DONE'), FAILED: t('exports.status.FAILED') },
    download: t('exports.download'),
    downloadLabel: String(tAny.raw('exports.downloadLabel')),
  };

  return (
    <>
      <PageHeader title={t('exports.title')} subtitle={t('exports.intro')} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title={t('exports.requestTitle')}>
          <RequestExportForm
            labels={{
              kind: t('exports.kind'),
              period: t('exports.period'),
              periodHint: t('exports.periodHint'),
              choosePeriod: t('exports.choosePeriod'),
              format: t('exports.format'),
              signer: t('exports.signer'),
              signerHint: t('exports.signerHint'),
              signerTitle: t('exports.signerTitle'),
              submit: t('exports.submit'),
              pending: t('exports.pending'),
            }}
            kinds={kinds}
            periods={options.periods.map((p) => ({ value: String(p.id), label: periodName.get(p.id)! }))}
            formats={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`exports.formats.${f}`) }))}
            signerTitles={SIGNER_TITLES.map((s) => ({ value: s, label: s }))}
            signer={actor.name}
          />
        </Card>
        <Card title={t('exports.listTitle')}>
          {jobs.length === 0 ? (
            <EmptyState>{t('exports.empty')}</EmptyState>
          ) : (
            <TableWrap label={t('exports.listTitle')}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="text-slate-600">
                    <th scope="col" className="py-2 pr-3 font-medium">{t('exports.report')}</th>
                    <th scope="col" className="py-2 pr-3 font-medium">{t('exports.requestedAt')}</th>
                    <th scope="col" className="py-2 pr-3 font-medium">{t('exports.state')}</th>
                    <th scope="col" className="py-2 font-medium">
                      <span className="sr-only">{t('exports.download')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.map((job) => {
                    const report = reportName(job.params, job.kind);
                    return (
                      <ExportRow
                        key={`${job.id}-${job.status}`}
                        report={report}
                        requestedAt={formatDateTime(job.createdAt)}
                        initial={{ id: job.id, status: job.status, progress: job.progress, error: job.error ? (tAny.has(job.error) ? tAny(job.error) : job.error) : null, fileName: job.fileName }}
                        labels={{ ...rowLabels, progress: t('exports.progressLabel', { report }) }}
                      />
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
      </div>
    </>
  );
}
