/**
 * The target of an indicator in words and numbers: "≥ 10 %/year", "75–80 million VND/person/year",
 * "> 39,62 % of communes". Pure; used by dashboards, registration and exports.
 */
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';

type Target = {
  comparison: string;
  targetValue: { toString(): string } | null;
  targetMin: { toString(): string } | null;
  targetMax: { toString(): string } | null;
  unitLabel: string;
};

const SYMBOL: Record<string, string> = {
  AT_LEAST: '≥',
  GREATER_THAN: '>',
  LESS_THAN: '<',
  EQUALS: '=',
  AVERAGE_GROWTH_PER_YEAR: '≈',
  REDUCE_BY_MORE_THAN_PER_YEAR: '↓ >',
  REDUCE_BY_AT_LEAST_PER_YEAR: '↓ ≥',
  REDUCE_BY_AT_LEAST: '↓ ≥',
  RANK_WITHIN_TOP: 'top',
};

export function targetText(target: Target, locale: Locale): string {
  const n = (v: { toString(): string } | null) => formatNumber(v === null ? null : Number(v.toString()), locale);
  if (target.comparison === 'RANGE') return `${n(target.targetMin)}–${n(target.targetMax)} ${target.unitLabel}`;
  if (target.comparison === 'BOOLEAN_DONE') return locale === 'en' ? 'done' : 'hoàn thành';
  if (target.comparison === 'RANK_WITHIN_TOP') return `${locale === 'en' ? 'top' : 'tốp'} ${n(target.targetValue)}`;
  return `${SYMBOL[target.comparison] ?? ''} ${n(target.targetValue)} ${target.unitLabel}`.trim();
}
