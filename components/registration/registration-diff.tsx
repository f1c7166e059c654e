import { getLocale, getTranslations } from 'next-intl/server';
import type { RegistrationDiff, TargetSnapshot } from '@/lib/registration/diff';
import { titleName } from '@/lib/registration/titles';
import { toLocale } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { Card, TableWrap } from '@/components/ui/card';

type Row = { code: string; name: string; kind: 'VALUE' | 'RANGE' | 'YES_NO' };

/** What changed between the previous submission and this one, so a reviewer re-reads only that. */
export async function RegistrationDiffCard({ diff, from, rows }: { diff: RegistrationDiff; from: number; rows: Row[] }) {
  const t = await getTranslations('registration');
  const locale = toLocale(await getLocale());
  const show = (code: string, side: TargetSnapshot | null) => {
    if (!side) return '—';
    const kind = rows.find((r) => r.code === code)?.kind;
    const value =
      kind === 'YES_NO'
        ? side.value === null ? '—' : Number(side.value) === 1 ? t('form.yes') : t('form.no')
        : kind === 'RANGE'
          ? `${formatNumber(side.min, locale, 4)}–${formatNumber(side.max, locale, 4)}`
          : formatNumber(side.value, locale, 4);
    return side.note ? `${value} (${side.note})` : value;
  };
  return (
    <Card title={t('diff.title', { from })} className="border-amber-300">
      {!diff.changed && <p className="text-sm">{t('diff.none')}</p>}
      {(diff.targets.length > 0 || diff.collectiveTitle || diff.note) && (
        <TableWrap label={t('diff.title', { from })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('diff.item')}</th>
                <th scope="col">{t('diff.before')}</th>
                <th scope="col">{t('diff.after')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.targets.map((c) => (
                <tr key={c.code}>
                  <td>{rows.find((r) => r.code === c.code)?.name ?? c.code}</td>
                  <td className="text-red-800 line-through decoration-1">{show(c.code, c.before)}</td>
                  <td className="font-medium text-green-800">{show(c.code, c.after)}</td>
                </tr>
              ))}
              {diff.collectiveTitle && (
                <tr>
                  <td>{t('diff.collectiveTitle')}</td>
                  <td className="text-red-800 line-through decoration-1">{titleName(diff.collectiveTitle.before, locale)}</td>
                  <td className="font-medium text-green-800">{titleName(diff.collectiveTitle.after, locale)}</td>
                </tr>
              )}
              {diff.note && (
                <tr>
                  <td>{t('diff.note')}</td>
                  <td className="text-red-800 line-through decoration-1">{diff.note.before ?? '—'}</td>
                  <td className="font-medium text-green-800">{diff.note.after ?? '—'}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableWrap>
      )}
      {diff.individuals.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {diff.individuals.map((i) => (
            <li key={i.personId}>
              {i.before === null ? `${t('diff.added')}: ` : i.after === null ? `${t('diff.removed')}: ` : ''}
              <span className="font-medium">{i.fullName}</span>
              {i.before && i.after ? (
                <>
                  {' '}
                  <span className="line-through">{titleName(i.before.titleCode, locale)}{i.before.position ? `, ${i.before.position}` : ''}</span> → {titleName(i.after.titleCode, locale)}
                  {i.after.position ? `, ${i.after.position}` : ''}
                </>
              ) : (
                ` (${titleName((i.after ?? i.before)!.titleCode, locale)})`
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
