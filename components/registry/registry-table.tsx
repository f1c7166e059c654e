import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { RegistryLine } from '@/lib/registry/queries';
import type { Locale } from '@/lib/i18n/config';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';
import { SourceBadge } from './source-badge';
import { DecisionLine } from './decision-line';
import { formLabel } from './labels';

/** Lines of the registry: year, holder (a person links to their history), unit, title, source, decision. */
export async function RegistryTable({ rows }: { rows: RegistryLine[] }) {
  const t = await getTranslations('registry');
  const locale = (await getLocale()) as Locale;
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <TableWrap label={t('tableLabel')}>
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th scope="col" className="px-2 py-2">{t('columns.year')}</th>
            <th scope="col" className="px-2 py-2">{t('columns.holder')}</th>
            <th scope="col" className="px-2 py-2">{t('columns.unit')}</th>
            <th scope="col" className="px-2 py-2">{t('columns.form')}</th>
            <th scope="col" className="px-2 py-2">{t('columns.source')}</th>
            <th scope="col" className="px-2 py-2">{t('columns.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b align-top last:border-0">
              <td className="px-2 py-2 tabular-nums">{r.year}</td>
              <th scope="row" className="px-2 py-2 text-left font-medium">
                {r.personId ? <Link href={`/registry/person/${r.personId}`}>{r.personName}</Link> : <Badge>{t('collective')}</Badge>}
              </th>
              <td className="px-2 py-2">{r.unitName}</td>
              <td className="px-2 py-2">
                {formLabel(r, locale)}
                <span className="block text-xs text-slate-500">
                  {t(`kinds.${r.kind}`)}
                  {r.note ? ` · ${r.note}` : ''}
                </span>
              </td>
              <td className="px-2 py-2">
                <SourceBadge source={r.source} />
              </td>
              <td className="px-2 py-2">
                <DecisionLine number={r.decisionNumber} date={r.decisionDate} issuer={r.issuer} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
