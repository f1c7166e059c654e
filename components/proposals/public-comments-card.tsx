import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import { Card } from '@/components/ui/card';

type PublicComment = { id: number; authorName: string | null; contact: string | null; text: string; createdAt: Date };

/** The public's comments, for Home Affairs: shown as text (React escapes it), never as markup. */
export async function PublicCommentsCard({ comments }: { comments: PublicComment[] }) {
  const t = await getTranslations('commendation.publicComments');
  return (
    <Card title={`${t('title')} (${comments.length})`}>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-500">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {comments.map((c) => (
            <li key={c.id} className="py-2">
              <div className="text-xs text-slate-500">
                {c.authorName ?? t('anonymous')} · {formatDateTime(c.createdAt)}
                {c.contact && <> · {t('contact', { contact: c.contact })}</>}
              </div>
              <p className="whitespace-pre-line break-words">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
