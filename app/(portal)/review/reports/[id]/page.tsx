import { getLocale, getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getReportForReview } from '@/lib/review/report-detail';
import { periodLabel } from '@/lib/i18n/periods';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { formatValue } from '@/lib/reporting/values';
import { Alert, Badge, Card, PageHeader, TableWrap } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { StatusBadge } from '@/components/reporting/status-badge';
import { ReviewActions } from '@/components/review/review-actions';
import { acceptReportAction, reopenReportAction, returnReportAction } from '@/lib/review/actions';
import { SubmissionDiffCard } from '@/components/review/submission-diff';
import { HistoryCard } from '@/components/reporting/history-card';
import { getReportHistory } from '@/lib/reporting/history';

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('review:act');
  const id = segmentId((await params).id);
  const data = await orNotFound(getReportForReview(actor, id), 'any');
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const label = periodLabel(t, data.period);
  const history = await getReportHistory(actor, { id: data.report.id, unitId: data.unit.id });
  const show = (v: number | null, type: Parameters<typeof formatValue>[1]) => (v === null ? '—' : formatValue(v, type, locale));
  return (
    <>
      <PageHeader
        title={t('review.detailTitle', { period: label, unit: data.unit.name })}
        actions={
          <div className="flex gap-2">
            <StatusBadge status={data.report.status} />
            {data.report.late && <Badge tone="warn">{t('reportForm.lateBadge')}</Badge>}
          </div>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {data.diff && <SubmissionDiffCard diff={data.diff} from={data.diffFrom!} rows={data.rows} />}
          <Card title={t('review.figures')}>
            <TableWrap label={t('review.figures')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('review.element')}</th>
                    <th scope="col">{t('review.value')}</th>
                    <th scope="col">{t('review.compared')}</th>
                    <th scope="col">{t('review.unitNote')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        {row.name} <span className="text-xs text-slate-500">({row.unitLabel})</span>
                      </td>
                      <td className="whitespace-nowrap font-medium">
                        {row.value === null ? <span className="text-red-700">{row.raw ?? '—'}</span> : show(row.value, row.valueType)}
                        {row.outlier && (
                          <div>
                            <Badge tone="warn">
                              {t('review.outlier')} {row.changePct === null ? '' : `${Math.round(row.changePct)}%`}
                            </Badge>
                          </div>
                        )}
                      </td>
                      <td className="whitespace-nowrap">{row.previous ? `${show(row.previous.value, row.valueType)} · ${periodLabel(t, row.previous.period)}` : '—'}</td>
                      <td className="text-sm">{row.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {data.report.note && (
              <p className="mt-3 text-sm">
                <span className="font-medium">{t('review.note')}:</span> {data.report.note}
              </p>
            )}
            {data.report.narrative && (
              <div className="mt-3 text-sm">
                <div className="font-medium">{t('review.narrative')}</div>
                <p className="whitespace-pre-line">{data.report.narrative}</p>
              </div>
            )}
          </Card>
          <Card title={t('review.evidence')}>
            {data.evidence.length === 0 ? (
              <p className="text-sm text-slate-500">{t('review.noEvidence')}</p>
            ) : (
              <ul className="text-sm">
                {data.evidence.map((e) => (
                  <li key={e.id}>
                    <a href={`/api/files/${e.fileId}`}>{e.name}</a>
                    {e.elementId && <span className="text-slate-500"> · {data.rows.find((r) => r.id === e.elementId)?.name}</span>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          {data.report.status === 'SUBMITTED' || data.report.status === 'ACCEPTED' ? (
            <ClientMessages areas={['review']}>
              <ReviewActions
                subject={{ field: 'reportId', id: data.report.id }}
                version={data.report.version}
                status={data.report.status}
                targets={data.rows.map((r) => ({ id: r.id, name: r.name }))}
                actions={{ accept: acceptReportAction, return: returnReportAction, reopen: reopenReportAction }}
                namespace="review"
              />
            </ClientMessages>
          ) : (
            <Alert tone="info">{t('review.readOnlyState', { status: t(`workflow.${data.report.status}`) })}</Alert>
          )}
          <Card title={t('review.versions')}>
            <ul className="space-y-1 text-sm">
              {data.versions.map((v) => (
                <li key={v.number}>
                  {t('review.versionLine', { number: v.number, date: formatDateTime(v.submittedAt), by: v.by })} {v.late && t('review.lateMark')}
                </li>
              ))}
            </ul>
          </Card>
          <HistoryCard events={history} title={t('reportForm.history')} />
          {data.comments.length > 0 && (
            <Card title={t('review.history')}>
              <ul className="space-y-2 text-sm">
                {data.comments.map((c) => (
                  <li key={c.id}>
                    <div className="text-xs text-slate-500">
                      {t('review.round', { round: c.round })} · {c.by} · {formatDateTime(c.createdAt)}
                    </div>
                    {c.elementId && <span className="font-medium">{data.rows.find((r) => r.id === c.elementId)?.name}: </span>}
                    {c.text}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
