import { getAnyTranslations } from '@/lib/i18n/translate';
import { formatDateTime } from '@/lib/i18n/format';
import { Card } from '@/components/ui/card';
import type { HistoryStep } from '@/lib/reporting/history';

/** Who did what to the report, and when: the audit trail in the reader's language. */
export async function HistoryCard({ events, title }: { events: HistoryStep[]; title: string }) {
  const t = await getAnyTranslations();
  const label = (action: string) => (t.has(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  const status = (s: string | null) => (s && t.has(`workflow.${s}`) ? t(`workflow.${s}`) : (s ?? '—'));
  return (
    <Card title={title}>
      <ol className="space-y-1 text-sm">
        {events.map((e) => (
          <li key={String(e.id)}>
            <span className="text-slate-500">{formatDateTime(e.createdAt)}</span> · <span className="font-medium">{e.actorName}</span> · {label(e.action)}
            {e.count > 1 && <span className="text-slate-600"> ({t('reportForm.historyRepeated', { count: e.count, last: formatDateTime(e.lastAt) })})</span>}
            {e.toStatus && (
              <span className="text-slate-600">
                {' '}
                ({status(e.fromStatus)} → {status(e.toStatus)})
              </span>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
