import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import { Card } from '@/components/ui/card';

type Comment = { id: number; kind: string; text: string; author: string; createdAt: Date };

const DOC_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER'] as const;
type DocType = (typeof DOC_TYPES)[number];
const isDocType = (v: string): v is DocType => (DOC_TYPES as readonly string[]).includes(v);

/** The exchanges between the unit and Home Affairs, one entry per step; a request lists all its items. */
export async function ProposalTimeline({ comments }: { comments: Comment[] }) {
  const t = await getTranslations('commendation');
  // Items of one request share their instant.
  const groups: Array<{ key: string; kind: string; author: string; at: Date; items: Comment[] }> = [];
  for (const c of comments) {
    const kind = c.kind.startsWith('NEEDS_INFO') ? 'NEEDS_INFO' : c.kind;
    const last = groups.at(-1);
    if (last && last.kind === kind && kind === 'NEEDS_INFO' && last.at.getTime() === c.createdAt.getTime()) last.items.push(c);
    else groups.push({ key: String(c.id), kind, author: c.author, at: c.createdAt, items: [c] });
  }
  const label = (kind: string) => (kind === 'RECEIVED' || kind === 'NEEDS_INFO' || kind === 'RESPONSE' || kind === 'APPRAISAL' || kind === 'REJECTION' ? t(`timeline.${kind}`) : kind);
  return (
    <Card title={t('timeline.title')}>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-500">{t('timeline.empty')}</p>
      ) : (
        <ol className="space-y-3 text-sm">
          {groups.map((g) => (
            <li key={g.key}>
              <div className="text-xs text-slate-500">
                {label(g.kind)} · {g.author} · {formatDateTime(g.at)}
              </div>
              {g.kind === 'NEEDS_INFO' ? (
                <ul className="ml-5 list-disc">
                  {g.items.map((i) => (
                    <li key={i.id}>{i.kind === 'NEEDS_INFO_DOC' && isDocType(i.text) ? t('request.docItem', { doc: t(`docTypes.${i.text}`) }) : i.text}</li>
                  ))}
                </ul>
              ) : (
                g.items[0].text && <p className="whitespace-pre-line">{g.items[0].text}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
