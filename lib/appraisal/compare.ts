/**
 * Number comparison that is safe for indicator values. Values are stored as Decimal(20, 4) but
 * reach the rules as JS numbers, often after a formula (100 × 21 ÷ 53, 0.1 + 0.2); comparing them
 * with `>=` would let binary-fraction noise decide a boundary. Two numbers are equal here when
 * they differ by at most EPSILON relative to their size (absolute below 1), far below the 4th
 * decimal the data carries and far above the noise of a few float operations.
 */
export const EPSILON = 1e-9;

/** -1, 0 or 1 as `a` is below, equal to (within EPSILON) or above `b`. */
export function compareNumbers(a: number, b: number): -1 | 0 | 1 {
  const diff = a - b;
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(diff) <= EPSILON * scale) return 0;
  return diff < 0 ? -1 : 1;
}

/** A difference without float noise, and never -0: rounded to 10 decimals. */
export function cleanDifference(a: number, b: number): number {
  return Number((a - b).toFixed(10)) + 0;
}

/** A finite number, or null for null/undefined/NaN/±Infinity. */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
