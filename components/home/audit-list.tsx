import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import { Card, EmptyState } from '@/components/ui/card';

type Event = { id: bigint; createdAt: Date; actorName: string | null; action: string; entityType: string; entityId: string | null; fromStatus: string | null; toStatus: string | null };

export async function RecentAudit({ events }: { events: Event[] }) {
  const t = await getTranslations();
  return (
    <Card title={t('home.recentAudit')}>
      {events.length === 0 && <EmptyState>{t('common.noData')}</EmptyState>}
      <ul className="divide-y divide-slate-100 text-sm">
        {events.map((e) => (
          <li key={String(e.id)} className="py-2">
            <div className="text-xs text-slate-500">{formatDateTime(e.createdAt)}</div>
            <div>
              <span className="font-medium">{e.actorName ?? t('admin.system')}</span> · <code className="text-xs">{e.action}</code> · {e.entityType} #{e.entityId}
              {e.toStatus && (
                <span className="text-slate-600">
                  {' '}
                  ({e.fromStatus ?? '—'} → {e.toStatus})
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
