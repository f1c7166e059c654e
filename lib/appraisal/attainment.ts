/**
 * Attainment (mức độ đạt) of an indicator value against a target, for every comparison kind of the
 * catalogue. Pure: the caller computes the value (lib/catalogue/formula) and picks the target (the
 * province target of the plan, or a unit's registered target); this file only judges.
 *
 * Value per kind (what `value` must already be):
 *   AT_LEAST, GREATER_THAN, LESS_THAN, EQUALS, RANGE   the indicator's level (%, amount, count)
 *   AVERAGE_GROWTH_PER_YEAR          average yearly growth in % (growth_avg, mean_rate)
 *   REDUCE_BY_MORE_THAN_PER_YEAR     average yearly reduction, positive when falling (drop_pp_avg)
 *   REDUCE_BY_AT_LEAST               reduction against the baseline, positive when falling (drop_pct)
 *   REDUCE_BY_AT_LEAST_PER_YEAR      the year-on-year reduction of EACH year (drop_yoy), as `yearly`
 *   RANK_WITHIN_TOP                  the national rank, 1 = first
 *   BOOLEAN_DONE                     1 done, 0 not done
 * so reductions are "higher is better" numbers; only LESS_THAN, RANK_WITHIN_TOP and the upper end of
 * RANGE are "lower is better".
 *
 * Boundaries, as the plan words them (seed/indicators.json, comparison_kinds):
 *   "trở lên", "tối thiểu", "ít nhất" (AT_LEAST, REDUCE_BY_AT_LEAST[_PER_YEAR]) include the target;
 *   "trên" (GREATER_THAN, REDUCE_BY_MORE_THAN_PER_YEAR) and "dưới" (LESS_THAN) exclude it;
 *   RANGE includes both ends; RANK_WITHIN_TOP is rank <= N; BOOLEAN_DONE is value = 1.
 *   AVERAGE_GROWTH_PER_YEAR has no bound word in the plan ("tăng bình quân 12%"): reaching the
 *   target average counts as attained (inclusive), exceeding it too.
 *   EQUALS ("100%") holds within EQUALS_TOLERANCE, half a unit of the 4th decimal the data keeps.
 * Every comparison goes through compareNumbers (relative 1e-9), so 0.1 + 0.2 meets a target of 0.3.
 */
import type { Comparison } from '@/lib/generated/prisma/enums';
import { cleanDifference, compareNumbers, finiteOrNull } from './compare';

export type AttainmentStatus = 'ATTAINED' | 'NOT_ATTAINED' | 'NO_DATA';

/** Why a result is NO_DATA. */
export type NoDataReason = 'MISSING_VALUE' | 'MISSING_TARGET' | 'INVALID_TARGET' | 'INVALID_VALUE';

/** `value` for single-threshold kinds and RANK_WITHIN_TOP (N); `min`/`max` for RANGE. */
export type AttainmentTarget = { value?: number | null; min?: number | null; max?: number | null };

export type YearValue = { year: number; value: number | null };

export type AttainmentInput = {
  comparison: Comparison;
  /** The computed indicator value; null/undefined/NaN is no data. */
  value: number | null | undefined;
  target: AttainmentTarget;
  /** REDUCE_BY_AT_LEAST_PER_YEAR: each year's reduction so far. Without it `value` is one year. */
  yearly?: readonly YearValue[];
  /** EQUALS only; defaults to EQUALS_TOLERANCE. */
  equalsTolerance?: number;
};

export type AttainmentResult = {
  comparison: Comparison;
  status: AttainmentStatus;
  /**
   * For colouring: 1 at the threshold, below 1 short of it, above 1 beyond it, clamped to
   * [0, MAX_PROGRESS]; null when NO_DATA. Higher-is-better kinds: value / threshold. Lower-is-better
   * (LESS_THAN, RANK_WITHIN_TOP, above a RANGE's max): threshold / value. RANGE: 1 inside.
   * EQUALS: 1 when equal, else 1 - |value - target| / |target|. BOOLEAN_DONE: 1 or 0. Every-year
   * reduction: the worst year. A threshold of 0 or less gives 1 if attained, else 0.
   * NB: for strict kinds ("trên", "dưới") a value exactly at the target has progress 1 but is
   * NOT_ATTAINED: judge by `status`, colour with attainmentColour.
   */
  progress: number | null;
  /**
   * Signed distance to the threshold in the indicator's unit, positive on the good side:
   * value - target for higher-is-better kinds, target - value for lower-is-better ones, 0 inside a
   * RANGE and the (negative) distance to the nearest end outside it, -|value - target| for EQUALS,
   * the worst year minus the target for the every-year reduction, 0 or -1 for BOOLEAN_DONE.
   * Null when NO_DATA.
   */
  gap: number | null;
  noDataReason?: NoDataReason;
  /** REDUCE_BY_AT_LEAST_PER_YEAR with `yearly`: the years below the target / without a value. */
  failedYears?: number[];
  missingYears?: number[];
};

/** EQUALS holds when |value - target| <= this: half a unit of the 4th decimal (Decimal(20, 4)). */
export const EQUALS_TOLERANCE = 0.00005;
/** Progress is clamped here so that a tiny denominator cannot produce Infinity. */
export const MAX_PROGRESS = 2;
/** NOT_ATTAINED at or above this progress colours 'warn' (close), below it 'bad'. */
export const WARN_FROM_PROGRESS = 0.9;

type Judged = Pick<AttainmentResult, 'status' | 'progress' | 'gap'> & Partial<AttainmentResult>;

const clamp = (x: number) => Math.min(MAX_PROGRESS, Math.max(0, x));
const noData = (reason: NoDataReason): Judged => ({ status: 'NO_DATA', progress: null, gap: null, noDataReason: reason });
const verdict = (attained: boolean): AttainmentStatus => (attained ? 'ATTAINED' : 'NOT_ATTAINED');

function higherIsBetter(value: number, threshold: number, strict: boolean): Judged {
  const c = compareNumbers(value, threshold);
  const attained = strict ? c > 0 : c >= 0;
  const progress = threshold > 0 ? (c === 0 ? 1 : clamp(value / threshold)) : attained ? 1 : 0;
  return { status: verdict(attained), progress, gap: cleanDifference(value, threshold) };
}

function lowerIsBetter(value: number, threshold: number, strict: boolean): Judged {
  const c = compareNumbers(value, threshold);
  const attained = strict ? c < 0 : c <= 0;
  let progress: number;
  if (threshold <= 0) progress = attained ? 1 : 0;
  else if (c === 0) progress = 1;
  else progress = value <= 0 ? MAX_PROGRESS : clamp(threshold / value);
  return { status: verdict(attained), progress, gap: cleanDifference(threshold, value) };
}

function judgeRange(value: number, min: number | null, max: number | null): Judged {
  if (min === null && max === null) return noData('MISSING_TARGET');
  if (min !== null && max !== null && compareNumbers(min, max) > 0) return noData('INVALID_TARGET');
  if (min !== null && compareNumbers(value, min) < 0) return higherIsBetter(value, min, false);
  if (max !== null && compareNumbers(value, max) > 0) return lowerIsBetter(value, max, false);
  return { status: 'ATTAINED', progress: 1, gap: 0 };
}

function judgeEquals(value: number, target: number, tolerance: number): Judged {
  const distance = Math.abs(cleanDifference(value, target));
  const attained = compareNumbers(distance, tolerance) <= 0;
  const progress = attained ? 1 : target !== 0 ? Math.max(0, 1 - distance / Math.abs(target)) : 0;
  return { status: verdict(attained), progress, gap: distance === 0 ? 0 : -distance };
}

function judgeEveryYear(input: AttainmentInput, target: number): Judged {
  const series: YearValue[] = input.yearly?.length
    ? input.yearly.map((y) => ({ year: y.year, value: finiteOrNull(y.value) }))
    : [{ year: NaN, value: finiteOrNull(input.value) }];
  const present = series.filter((y): y is { year: number; value: number } => y.value !== null);
  const missing = series.filter((y) => y.value === null).map((y) => y.year);
  if (present.length === 0) return noData('MISSING_VALUE');
  const failed = present.filter((y) => compareNumbers(y.value, target) < 0).map((y) => y.year);
  const worst = present.reduce((w, y) => (y.value < w.value ? y : w));
  const judged = higherIsBetter(worst.value, target, false);
  const years = input.yearly?.length ? { failedYears: failed, missingYears: missing } : {};
  if (failed.length > 0) return { ...judged, status: 'NOT_ATTAINED', ...years };
  if (missing.length > 0) return { ...judged, status: 'NO_DATA', noDataReason: 'MISSING_VALUE', ...years };
  return { ...judged, status: 'ATTAINED', ...years };
}

function judge(input: AttainmentInput): Judged {
  const { comparison } = input;
  const threshold = finiteOrNull(input.target.value);
  if (comparison === 'REDUCE_BY_AT_LEAST_PER_YEAR') {
    return threshold === null ? noData('MISSING_TARGET') : judgeEveryYear(input, threshold);
  }
  const value = finiteOrNull(input.value);
  if (value === null) return noData('MISSING_VALUE');
  switch (comparison) {
    case 'BOOLEAN_DONE': {
      const done = compareNumbers(value, 1) === 0;
      if (!done && compareNumbers(value, 0) !== 0) return noData('INVALID_VALUE');
      return { status: verdict(done), progress: done ? 1 : 0, gap: done ? 0 : -1 };
    }
    case 'RANGE':
      return judgeRange(value, finiteOrNull(input.target.min), finiteOrNull(input.target.max));
  }
  if (threshold === null) return noData('MISSING_TARGET');
  switch (comparison) {
    case 'AT_LEAST':
    case 'AVERAGE_GROWTH_PER_YEAR':
    case 'REDUCE_BY_AT_LEAST':
      return higherIsBetter(value, threshold, false);
    case 'GREATER_THAN':
    case 'REDUCE_BY_MORE_THAN_PER_YEAR':
      return higherIsBetter(value, threshold, true);
    case 'LESS_THAN':
      return lowerIsBetter(value, threshold, true);
    case 'EQUALS':
      return judgeEquals(value, threshold, input.equalsTolerance ?? EQUALS_TOLERANCE);
    case 'RANK_WITHIN_TOP':
      if (!Number.isInteger(value) || value < 1) return noData('INVALID_VALUE');
      if (!Number.isInteger(threshold) || threshold < 1) return noData('INVALID_TARGET');
      return lowerIsBetter(value, threshold, false);
    default: {
      const unknown: never = comparison;
      throw new Error(`Unknown comparison kind: ${String(unknown)}`);
    }
  }
}

/** Judges one indicator value against one target (see the file comment for each kind). */
export function assessAttainment(input: AttainmentInput): AttainmentResult {
  return { comparison: input.comparison, ...judge(input) };
}

export type AttainmentColour = 'good' | 'warn' | 'bad' | 'none';

/**
 * The heat-map class of a result: 'good' attained, 'warn' not attained but with progress at or
 * above `warnFrom` (default 0.9, e.g. 9.2% against "10% trở lên"), 'bad' further off, 'none' no data.
 */
export function attainmentColour(result: Pick<AttainmentResult, 'status' | 'progress'>, warnFrom = WARN_FROM_PROGRESS): AttainmentColour {
  if (result.status === 'NO_DATA') return 'none';
  if (result.status === 'ATTAINED') return 'good';
  return result.progress !== null && result.progress >= warnFrom ? 'warn' : 'bad';
}

/** Counts per status, e.g. for a unit's row of the heat map or a block's attainment criterion. */
export function countAttainment(results: Iterable<Pick<AttainmentResult, 'status'>>) {
  const counts = { ATTAINED: 0, NOT_ATTAINED: 0, NO_DATA: 0, total: 0 };
  for (const r of results) {
    counts[r.status] += 1;
    counts.total += 1;
  }
  return counts;
}

/** A Prisma Decimal, a string or a number as a JS number (null when absent or not a number). */
export function decimalToNumber(v: number | string | { toString(): string } | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v.toString());
  return Number.isFinite(n) ? n : null;
}

/** The target of an Indicator or RegistrationTarget row (Decimal columns) as AttainmentTarget. */
export function targetFromRow(row: {
  targetValue?: number | string | { toString(): string } | null;
  targetMin?: number | string | { toString(): string } | null;
  targetMax?: number | string | { toString(): string } | null;
}): AttainmentTarget {
  return { value: decimalToNumber(row.targetValue), min: decimalToNumber(row.targetMin), max: decimalToNumber(row.targetMax) };
}
