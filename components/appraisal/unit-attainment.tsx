import { getLocale, getTranslations } from 'next-intl/server';
import { attainmentColour, type AttainmentResult, type AttainmentTarget } from '@/lib/appraisal/attainment';
import type { UnitAttainmentRow } from '@/lib/appraisal/attainment-queries';
import type { Span } from '@/lib/reporting/aggregate';
import { targetText } from '@/lib/catalogue/target-text';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';

const TONE = { good: 'good', warn: 'warn', bad: 'bad', none: 'default' } as const;

/** A verdict as a coloured badge whose words say the same as its colour. */
export async function AttainmentBadge({ result }: { result: Pick<AttainmentResult, 'status' | 'progress'> | null }) {
  const t = await getTranslations('appraisal');
  if (!result) return <span className="text-slate-500">—</span>;
  const colour = attainmentColour(result);
  return <Badge tone={TONE[colour]}>{t(`colour.${colour}`)}</Badge>;
}

/** "Cả năm 2026" or "Đến hết quý 3/2026". */
export async function spanText(span: Span | null, year: number) {
  const t = await getTranslations('appraisal');
  if (!span) return t('span.none', { year });
  return span.quarter && span.quarter < 4 ? t('span.quarter', { year: span.year, quarter: span.quarter }) : t('span.year', { year: span.year });
}

const asText = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

/**
 * A unit's indicators for a year: its reading (computed from accepted reports), the target it
 * registered and the province target, each with its verdict. For any server page (the unit page,
 * the dashboard's drill-down): give it the rows of getUnitAttainment.
 */
export async function UnitAttainment({ rows, span, year, caption }: { rows: UnitAttainmentRow[]; span: Span | null; year: number; caption?: string }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  if (rows.length === 0) return <EmptyState>{t('appraisal.noIndicators')}</EmptyState>;
  const areas = [...new Map(rows.map((r) => [r.indicator.area.code, r.indicator.area])).values()];
  const name = (x: { name: string; nameEn: string | null }) => (locale === 'en' && x.nameEn ? x.nameEn : x.name);
  const value = (row: UnitAttainmentRow) => {
    if (row.value === null) return t('appraisal.noValue');
    if (row.indicator.unitReading === 'YES_NO') return row.value === 1 ? t('common.yes') : t('common.no');
    return `${formatNumber(row.value, locale)} ${row.indicator.unitLabel}`;
  };
  const ownTarget = (row: UnitAttainmentRow, target: AttainmentTarget | null) => {
    if (!target) return t('appraisal.noOwnTarget');
    if (row.indicator.unitReading === 'YES_NO') return target.value ? t('appraisal.yesNoTarget.yes') : t('appraisal.yesNoTarget.no');
    return targetText({ comparison: row.indicator.comparison, targetValue: asText(target.value), targetMin: asText(target.min), targetMax: asText(target.max), unitLabel: row.indicator.unitLabel }, locale);
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{caption ?? (await spanText(span, year))}</p>
      <TableWrap label={t('appraisal.attainmentTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('appraisal.indicator')}</th>
              <th scope="col">{t('appraisal.value')}</th>
              <th scope="col">{t('appraisal.ownTarget')}</th>
              <th scope="col">{t('appraisal.ownVerdict')}</th>
              <th scope="col">{t('appraisal.provinceTarget')}</th>
              <th scope="col">{t('appraisal.provinceVerdict')}</th>
            </tr>
          </thead>
          {areas.map((area) => (
            <tbody key={area.code}>
              <tr>
                <th scope="colgroup" colSpan={6} className="bg-slate-50 text-left text-sm font-semibold">
                  {name(area)}
                </th>
              </tr>
              {rows
                .filter((r) => r.indicator.area.code === area.code)
                .map((row) => (
                  <tr key={row.indicatorId}>
                    <th scope="row" className="font-normal">
                      {name(row.indicator)}
                    </th>
                    <td>
                      {value(row)}
                      {row.incomplete && row.value !== null && <span className="block text-xs text-amber-800">{t('appraisal.incomplete')}</span>}
                    </td>
                    <td>{ownTarget(row, row.ownTarget)}</td>
                    <td>
                      <AttainmentBadge result={row.own} />
                    </td>
                    <td>{targetText(row.indicator, locale)}</td>
                    <td>
                      <AttainmentBadge result={row.province} />
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </TableWrap>
    </div>
  );
}
