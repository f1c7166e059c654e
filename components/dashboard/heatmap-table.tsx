import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Heatmap } from '@/lib/dashboard/heatmap';
import { heatmapHref, sortToggle, type HeatCell, type HeatmapFilters } from '@/lib/dashboard/heatmap-rules';
import type { AttainmentColour } from '@/lib/appraisal/attainment';
import { targetText } from '@/lib/catalogue/target-text';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { EmptyState, TableWrap } from '@/components/ui/card';

const CELL: Record<AttainmentColour, string> = {
  good: 'bg-green-100 text-green-900',
  warn: 'bg-amber-100 text-amber-900',
  bad: 'bg-red-100 text-red-900',
  none: 'bg-slate-50 text-slate-500',
};
const MARK: Record<AttainmentColour, string> = { good: '✓', warn: '≈', bad: '✗', none: '·' };

export async function HeatmapLegend() {
  const t = await getTranslations('dashboard.heatmap');
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs" aria-label={t('legend')} role="group">
      <span className="font-medium">{t('legend')}:</span>
      {(['good', 'warn', 'bad', 'none'] as const).map((c) => (
        <span key={c} className={`rounded px-2 py-0.5 ${CELL[c]}`}>
          <span aria-hidden="true">{MARK[c]} </span>
          {t(`colour.${c}`)}
        </span>
      ))}
      <span className="text-slate-600">{t('ownMark')}</span>
    </div>
  );
}

/** Units × indicators: a plain table, each cell with its value and verdict in words as well as colour. */
export async function HeatmapTable({ heatmap, filters }: { heatmap: Heatmap; filters: HeatmapFilters }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  if (heatmap.rows.length === 0) return <EmptyState>{t('dashboard.heatmap.empty')}</EmptyState>;
  const name = (x: { name: string; nameEn: string | null }) => (locale === 'en' && x.nameEn ? x.nameEn : x.name);
  const ariaSort = (sort: 'name' | number) => (filters.sort === sort ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const arrow = (sort: 'name' | number) => (filters.sort === sort ? (filters.dir === 'asc' ? ' ▲' : ' ▼') : '');

  // Words said in every cell, looked up once (a province has hundreds of cells).
  const words = {
    noData: t('dashboard.heatmap.noData'),
    notApplicable: t('dashboard.heatmap.notApplicable'),
    incomplete: t('dashboard.heatmap.incomplete'),
    yes: t('common.yes'),
    no: t('common.no'),
    own: t('dashboard.heatmap.againstOwn'),
    province: t('dashboard.heatmap.againstProvince'),
    colour: { good: t('dashboard.heatmap.colour.good'), warn: t('dashboard.heatmap.colour.warn'), bad: t('dashboard.heatmap.colour.bad'), none: t('dashboard.heatmap.colour.none') },
  };
  const cellText = (indicator: Heatmap['indicators'][number], cell: HeatCell) => {
    if (cell.value === null) return words.noData;
    if (indicator.unitReading === 'YES_NO') return cell.value >= 1 ? words.yes : words.no;
    return formatNumber(cell.value, locale);
  };

  return (
    <TableWrap label={t('dashboard.heatmap.tableLabel')}>
      <table className="text-sm" data-testid="heatmap">
        <caption className="sr-only">{t('dashboard.heatmap.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')} className="sticky left-0 z-10 min-w-40 bg-white text-left align-bottom">
              <Link href={heatmapHref(sortToggle(filters, 'name'))} aria-label={t('dashboard.heatmap.sortBy', { column: t('dashboard.heatmap.unit') })}>
                {t('dashboard.heatmap.unit')}
                {arrow('name')}
              </Link>
            </th>
            {heatmap.indicators.map((indicator) => (
              <th key={indicator.id} scope="col" aria-sort={ariaSort(indicator.id)} className="max-w-36 min-w-28 align-bottom text-xs font-medium">
                <Link href={heatmapHref(sortToggle(filters, indicator.id))} aria-label={t('dashboard.heatmap.sortBy', { column: name(indicator) })}>
                  {name(indicator)}
                  {arrow(indicator.id)}
                </Link>
                <span className="mt-1 block font-normal text-slate-500">{targetText(indicator, locale)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="sticky left-0 z-10 bg-white text-left font-normal">
                <Link href={`/dashboard/units/${row.id}`}>{row.name}</Link>
                {row.group && <span className="block text-xs text-slate-500">{row.group}</span>}
              </th>
              {heatmap.indicators.map((indicator) => {
                const cell = row.cells.get(indicator.id) ?? null;
                if (!cell) {
                  return (
                    <td key={indicator.id} className="text-center text-xs text-slate-400">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{words.notApplicable}</span>
                    </td>
                  );
                }
                const verdict = words.colour[cell.colour];
                const against = words[cell.against];
                return (
                  <td key={indicator.id} className={`text-center ${CELL[cell.colour]}`} data-colour={cell.colour} title={`${verdict} (${against})`}>
                    <span className="font-medium">{cellText(indicator, cell)}</span>
                    {cell.against === 'own' && <span aria-hidden="true">*</span>}
                    <span className="block text-xs">
                      <span aria-hidden="true">{MARK[cell.colour]}</span>
                      <span className="sr-only">
                        {verdict}, {against}
                      </span>
                      {cell.incomplete && cell.value !== null && <span> {words.incomplete}</span>}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
