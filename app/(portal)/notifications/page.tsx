import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { listNotifications } from '@/lib/notifications/queries';
import { markNotificationsRead } from '@/lib/notifications/actions';
import { renderNotification } from '@/lib/notifications/render';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

export default async function NotificationsPage() {
  const actor = await requireActorForPage();
  const t = await getTranslations('notifications');
  const locale = toLocale(await getLocale());
  const items = await listNotifications(actor);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('unread', { count: unread })}
        actions={
          unread > 0 && (
            <form action={markNotificationsRead}>
              <Button variant="secondary" type="submit">
                {t('markAllRead')}
              </Button>
            </form>
          )
        }
      />
      <Card>
        {items.length === 0 && <EmptyState>{t('empty')}</EmptyState>}
        <ul className="divide-y divide-slate-100">
          {items.map((n) => {
            const { title, body } = renderNotification(n.kind, n.params as Record<string, string | number>, locale);
            return (
              <li key={n.id} className={`py-3 ${n.readAt ? 'text-slate-600' : ''}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <div className={n.readAt ? '' : 'font-semibold'}>{title}</div>
                    <div className="text-sm">{body}</div>
                    <div className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt)}</div>
                  </div>
                  <div className="flex gap-2">
                    {n.link && (
                      <Link href={n.link} className="text-sm">
                        {t('open')}
                      </Link>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      </Card>
    </>
  );
}
