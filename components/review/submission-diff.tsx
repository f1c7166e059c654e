import { getLocale, getTranslations } from 'next-intl/server';
import type { SubmissionDiff } from '@/lib/reporting/diff';
import { toLocale } from '@/lib/i18n/config';
import { formatValue, type ValueType } from '@/lib/reporting/values';
import { Card } from '@/components/ui/card';

type Row = { code: string; name: string; valueType: ValueType };

/** What changed between the previous submission and this one, so a reviewer re-reads only that. */
export async function SubmissionDiffCard({ diff, from, rows }: { diff: SubmissionDiff; from: number; rows: Row[] }) {
  const t = await getTranslations('review');
  const locale = toLocale(await getLocale());
  const rowOf = (code: string) => rows.find((r) => r.code === code);
  const show = (code: string, side: { value: string | null; note: string | null } | null) => {
    if (!side || side.value === null) return '—';
    const row = rowOf(code);
    const value = row ? formatValue(Number(side.value), row.valueType, locale) : side.value;
    return side.note ? `${value} (${side.note})` : value;
  };
  return (
    <Card title={t('diffTitle', { from })} className="border-amber-300">
      {!diff.changed && <p className="text-sm">{t('noDiff')}</p>}
      {diff.values.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('element')}</th>
              <th scope="col">{t('before')}</th>
              <th scope="col">{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.values.map((v) => (
              <tr key={v.code}>
                <td>{rowOf(v.code)?.name ?? v.code}</td>
                <td className="text-red-800 line-through decoration-1">{show(v.code, v.before)}</td>
                <td className="font-medium text-green-800">{show(v.code, v.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="mt-2 space-y-1 text-sm">
        {diff.note && (
          <li>
            {t('noteChanged')}: <span className="line-through">{diff.note.before ?? '—'}</span> → {diff.note.after ?? '—'}
          </li>
        )}
        {diff.narrative && <li>{t('narrativeChanged')}: {t('after')} “{(diff.narrative.after ?? '').slice(0, 200)}”</li>}
        {diff.evidenceAdded.map((e) => (
          <li key={`a-${e.fileId ?? e.name}`}>
            {t('evidenceAdded')}: {e.name}
          </li>
        ))}
        {diff.evidenceRemoved.map((e) => (
          <li key={`r-${e.fileId ?? e.name}`}>
            {t('evidenceRemoved')}: {e.name}
          </li>
        ))}
      </ul>
    </Card>
  );
}
