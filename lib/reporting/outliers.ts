/**
 * Outliers: a value whose change against the last accepted COMPARABLE value exceeds a threshold
 * needs a note from the unit. Like is compared with like:
 *   FLOW, YEAR_TO_DATE -> the same period of the previous year (Q3 2027 with Q3 2026, the year
 *                         2026 with the year 2025, the baseline year included): a quarter's flow or a
 *                         year-to-date figure only compares with the same stretch of the calendar;
 *   STOCK              -> the latest earlier period of the same type with an accepted value (the
 *                         previous quarter, or the one before when that one was not accepted; the
 *                         previous year for yearly reports): a level compares with the last level.
 * The change is 100 * (current - previous) / |previous|, and a value is an outlier when the size of
 * that change is strictly above the threshold (the element's `outlierThresholdPct`, else the
 * province setting `reporting.outlierThresholdPct`).
 * Zero and absence:
 *   - no current value, or no comparable accepted value -> not an outlier (nothing to compare);
 *   - previous 0 and current 0 -> no change (0%);
 *   - previous 0 and current not 0 -> the change is unbounded: an outlier, with `changePct` null;
 *   - YES_NO elements are never outliers (a yes/no has no size of change).
 */
import type { OverTime, PeriodType } from '@/lib/generated/prisma/enums';
import { toNumber, type Decimalish, type ValueType } from './values';

export type PeriodRef = { type: PeriodType; year: number; number: number };

export type OutlierElement = {
  code: string;
  overTime: OverTime;
  valueType?: ValueType;
  outlierThresholdPct?: Decimalish;
};

/** One of the unit's ACCEPTED reports (any period): its period and its values by element code. */
export type AcceptedValues = { period: PeriodRef; values: Readonly<Record<string, Decimalish>> };

export type OutlierResult = {
  outlier: boolean;
  /** the comparable accepted value, if any */
  previous: number | null;
  /** the change in percent; null when there is nothing to compare or the previous value is 0 */
  changePct: number | null;
  /** the period the value was compared with */
  comparedWith: PeriodRef | null;
};

/** An ordinal that grows with time within one period type (quarter 3 of 2027 -> 2027 * 4 + 3). */
const ordinal = (p: PeriodRef) => p.year * (p.type === 'QUARTER' ? 4 : p.type === 'HALF_YEAR' ? 2 : 1) + p.number;

/** The accepted value this element's current value is compared with, and its period. */
export function comparableValue(
  element: Pick<OutlierElement, 'code' | 'overTime'>,
  period: PeriodRef,
  history: readonly AcceptedValues[],
): { value: number; period: PeriodRef } | null {
  const candidates = history
    .filter((h) => h.period.type === period.type)
    .map((h) => ({ period: h.period, value: toNumber(h.values[element.code]) }))
    .filter((h): h is { period: PeriodRef; value: number } => h.value !== null);
  if (element.overTime === 'STOCK') {
    const earlier = candidates.filter((c) => ordinal(c.period) < ordinal(period));
    earlier.sort((a, b) => ordinal(b.period) - ordinal(a.period));
    return earlier[0] ?? null;
  }
  return candidates.find((c) => c.period.year === period.year - 1 && c.period.number === period.number) ?? null;
}

/** The change against a previous value, in percent; null when the previous value is 0. */
export function changePct(previous: number, current: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  return (100 * (current - previous)) / Math.abs(previous);
}

export type OutlierInput = {
  /** the period of the report being checked */
  period: PeriodRef;
  elements: readonly OutlierElement[];
  /** the report's current values (parsed numbers; null or absent when empty or invalid) */
  values: Readonly<Record<string, number | null | undefined>>;
  /** the unit's accepted reports; the report being checked must not be among them */
  history: readonly AcceptedValues[];
  /** the province setting reporting.outlierThresholdPct */
  thresholdPct: number;
};

export function detectOutliers(input: OutlierInput): Record<string, OutlierResult> {
  const result: Record<string, OutlierResult> = {};
  for (const element of input.elements) {
    const current = input.values[element.code];
    const none: OutlierResult = { outlier: false, previous: null, changePct: null, comparedWith: null };
    if (current === null || current === undefined || element.valueType === 'YES_NO') {
      result[element.code] = none;
      continue;
    }
    const previous = comparableValue(element, input.period, input.history);
    if (!previous) {
      result[element.code] = none;
      continue;
    }
    const threshold = toNumber(element.outlierThresholdPct) ?? input.thresholdPct;
    const change = changePct(previous.value, current);
    result[element.code] = {
      // the epsilon keeps a change of exactly the threshold (50.000000001 from float noise) below it
      outlier: change === null || Math.abs(change) > threshold + 1e-9,
      previous: previous.value,
      changePct: change,
      comparedWith: previous.period,
    };
  }
  return result;
}
