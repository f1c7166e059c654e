import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Comparison } from '@/lib/generated/prisma/enums';
import {
  assessAttainment,
  attainmentColour,
  countAttainment,
  decimalToNumber,
  MAX_PROGRESS,
  targetFromRow,
  type AttainmentInput,
} from '@/lib/appraisal/attainment';
import { cleanDifference, compareNumbers } from '@/lib/appraisal/compare';

const judge = (comparison: Comparison, value: number | null, target: AttainmentInput['target'], extra: Partial<AttainmentInput> = {}) =>
  assessAttainment({ comparison, value, target, ...extra });
const status = (comparison: Comparison, value: number | null, target: AttainmentInput['target'], extra: Partial<AttainmentInput> = {}) =>
  judge(comparison, value, target, extra).status;

describe('number comparison', () => {
  it('treats float noise as equal and real differences as different', () => {
    expect(compareNumbers(0.1 + 0.2, 0.3)).toBe(0);
    expect(compareNumbers(0.3, 0.1 + 0.2)).toBe(0);
    expect(compareNumbers(10.0001, 10)).toBe(1);
    expect(compareNumbers(9.9999, 10)).toBe(-1);
    expect(compareNumbers(1e15 + 0.5, 1e15)).toBe(0); // relative at that size
    expect(cleanDifference(0.3, 0.1 + 0.2)).toBe(0);
    expect(Object.is(cleanDifference(0.1 + 0.2, 0.3), 0)).toBe(true); // never -0
  });
});

describe('AT_LEAST ("trở lên", "tối thiểu", "ít nhất": inclusive)', () => {
  const t = { value: 10 };
  it('is attained exactly at the target, above it, and not just below', () => {
    expect(judge('AT_LEAST', 10, t)).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(judge('AT_LEAST', 10.0001, t)).toMatchObject({ status: 'ATTAINED', gap: 0.0001 });
    expect(judge('AT_LEAST', 9.9999, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -0.0001 });
    expect(judge('AT_LEAST', 5, t)).toMatchObject({ status: 'NOT_ATTAINED', progress: 0.5, gap: -5 });
  });
  it('does not let float noise decide the boundary', () => {
    expect(status('AT_LEAST', 0.1 + 0.2, { value: 0.3 })).toBe('ATTAINED');
    expect(status('AT_LEAST', 100 * (21 / 53), { value: 39.6226 })).toBe('ATTAINED');
  });
  it('clamps progress to [0, MAX_PROGRESS]', () => {
    expect(judge('AT_LEAST', -3, t).progress).toBe(0);
    expect(judge('AT_LEAST', 1000, t).progress).toBe(MAX_PROGRESS);
  });
  it('is monotone in the value (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b, target) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rLo = judge('AT_LEAST', lo, { value: target });
        const rHi = judge('AT_LEAST', hi, { value: target });
        if (rLo.status === 'ATTAINED') expect(rHi.status).toBe('ATTAINED');
        expect(rHi.progress!).toBeGreaterThanOrEqual(rLo.progress!);
        expect(rHi.gap!).toBeGreaterThanOrEqual(rLo.gap!);
      }),
    );
  });
});

describe('GREATER_THAN ("trên": strict)', () => {
  it('is not attained exactly at the target, attained just above', () => {
    expect(judge('GREATER_THAN', 80, { value: 80 })).toMatchObject({ status: 'NOT_ATTAINED', progress: 1, gap: 0 });
    expect(judge('GREATER_THAN', 80.0001, { value: 80 })).toMatchObject({ status: 'ATTAINED', gap: 0.0001 });
    expect(status('GREATER_THAN', 79.9999, { value: 80 })).toBe('NOT_ATTAINED');
    expect(status('GREATER_THAN', 0.1 + 0.2, { value: 0.3 })).toBe('NOT_ATTAINED');
  });
  it('the communes meeting New Rural Area standard: 21 of 53 is above 39.62%, 20 is not', () => {
    expect(status('GREATER_THAN', (100 * 21) / 53, { value: 39.62 })).toBe('ATTAINED');
    expect(status('GREATER_THAN', (100 * 20) / 53, { value: 39.62 })).toBe('NOT_ATTAINED');
  });
  it('colours the exact boundary as close but not attained', () => {
    expect(attainmentColour(judge('GREATER_THAN', 80, { value: 80 }))).toBe('warn');
  });
});

describe('LESS_THAN ("dưới": strict, lower is better)', () => {
  const t = { value: 15 };
  it('is attained below the target only', () => {
    expect(judge('LESS_THAN', 14.9999, t)).toMatchObject({ status: 'ATTAINED', gap: 0.0001 });
    expect(judge('LESS_THAN', 15, t)).toMatchObject({ status: 'NOT_ATTAINED', progress: 1, gap: 0 });
    expect(judge('LESS_THAN', 20, t)).toMatchObject({ status: 'NOT_ATTAINED', progress: 0.75, gap: -5 });
  });
  it('gives progress above 1 when well below, capped for a zero value', () => {
    expect(judge('LESS_THAN', 10, t).progress).toBe(1.5);
    expect(judge('LESS_THAN', 0, t)).toMatchObject({ status: 'ATTAINED', progress: MAX_PROGRESS });
  });
  it('is antitone in the value (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rLo = judge('LESS_THAN', lo, t);
        const rHi = judge('LESS_THAN', hi, t);
        if (rHi.status === 'ATTAINED') expect(rLo.status).toBe('ATTAINED');
        expect(rLo.progress!).toBeGreaterThanOrEqual(rHi.progress!);
      }),
    );
  });
});

describe('EQUALS ("100%", within half a unit of the 4th decimal)', () => {
  const t = { value: 100 };
  it('holds at the target and within the tolerance, not beyond', () => {
    expect(judge('EQUALS', 100, t)).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(status('EQUALS', (100 * 7) / 7, t)).toBe('ATTAINED');
    expect(status('EQUALS', 100.00005, t)).toBe('ATTAINED');
    expect(status('EQUALS', 99.99995, t)).toBe('ATTAINED');
    expect(judge('EQUALS', 99.9999, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -0.0001 });
    expect(status('EQUALS', 100.0001, t)).toBe('NOT_ATTAINED');
  });
  it('measures progress as closeness and accepts another tolerance', () => {
    expect(judge('EQUALS', 95, t).progress).toBeCloseTo(0.95, 12);
    expect(judge('EQUALS', 105, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -5 });
    expect(status('EQUALS', 99.6, t, { equalsTolerance: 0.5 })).toBe('ATTAINED');
    expect(judge('EQUALS', 3, { value: 0 })).toMatchObject({ status: 'NOT_ATTAINED', progress: 0 });
  });
});

describe('RANGE (inclusive ends)', () => {
  const t = { min: 75, max: 80 };
  it('includes both ends and nothing outside', () => {
    expect(judge('RANGE', 75, t)).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(judge('RANGE', 80, t)).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(status('RANGE', 77.5, t)).toBe('ATTAINED');
    expect(judge('RANGE', 74.9999, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -0.0001 });
    expect(judge('RANGE', 80.0001, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -0.0001 });
  });
  it('measures progress below the min and above the max', () => {
    expect(judge('RANGE', 1200, { min: 1500, max: 1600 }).progress).toBeCloseTo(0.8, 12);
    expect(judge('RANGE', 2000, { min: 1500, max: 1600 })).toMatchObject({ progress: 0.8, gap: -400 });
  });
  it('refuses a missing or inverted range, and accepts a one-sided one', () => {
    expect(judge('RANGE', 5, {})).toMatchObject({ status: 'NO_DATA', noDataReason: 'MISSING_TARGET', progress: null, gap: null });
    expect(judge('RANGE', 5, { min: 10, max: 7 })).toMatchObject({ status: 'NO_DATA', noDataReason: 'INVALID_TARGET' });
    expect(status('RANGE', 5, { min: 5 })).toBe('ATTAINED');
    expect(status('RANGE', 5, { max: 4 })).toBe('NOT_ATTAINED');
  });
});

describe('AVERAGE_GROWTH_PER_YEAR (no bound word: reaching the average counts)', () => {
  const t = { value: 12 };
  it('is attained at and above the target average', () => {
    expect(judge('AVERAGE_GROWTH_PER_YEAR', 12, t)).toMatchObject({ status: 'ATTAINED', progress: 1 });
    expect(status('AVERAGE_GROWTH_PER_YEAR', 12.5, t)).toBe('ATTAINED');
    expect(judge('AVERAGE_GROWTH_PER_YEAR', 11.9999, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -0.0001 });
  });
  it('gives no progress for shrinking', () => {
    expect(judge('AVERAGE_GROWTH_PER_YEAR', -2, t)).toMatchObject({ status: 'NOT_ATTAINED', progress: 0, gap: -14 });
  });
});

describe('REDUCE_BY_MORE_THAN_PER_YEAR ("giảm bình quân trên": strict)', () => {
  const t = { value: 3 };
  it('needs an average reduction above the target', () => {
    expect(judge('REDUCE_BY_MORE_THAN_PER_YEAR', 3, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: 0 });
    expect(status('REDUCE_BY_MORE_THAN_PER_YEAR', 3.0001, t)).toBe('ATTAINED');
    expect(status('REDUCE_BY_MORE_THAN_PER_YEAR', 2.9999, t)).toBe('NOT_ATTAINED');
  });
  it('treats a rise (negative reduction) as far off', () => {
    expect(judge('REDUCE_BY_MORE_THAN_PER_YEAR', -1, t)).toMatchObject({ status: 'NOT_ATTAINED', progress: 0 });
    expect(attainmentColour(judge('REDUCE_BY_MORE_THAN_PER_YEAR', -1, t))).toBe('bad');
  });
});

describe('REDUCE_BY_AT_LEAST_PER_YEAR ("hằng năm giảm ít nhất": every year, inclusive)', () => {
  const t = { value: 5 };
  const series = (...values: Array<number | null>) => values.map((value, i) => ({ year: 2026 + i, value }));
  it('is attained when every year reaches the target, the worst year exactly at it', () => {
    expect(judge('REDUCE_BY_AT_LEAST_PER_YEAR', null, t, { yearly: series(6, 5, 7.2) })).toMatchObject({
      status: 'ATTAINED',
      progress: 1,
      gap: 0,
      failedYears: [],
      missingYears: [],
    });
  });
  it('fails when one year falls short, even if the average is above the target', () => {
    const r = judge('REDUCE_BY_AT_LEAST_PER_YEAR', 6.5, t, { yearly: series(9, 4.9999, 6.6) });
    expect(r).toMatchObject({ status: 'NOT_ATTAINED', failedYears: [2027], gap: -0.0001 });
    expect(r.progress).toBeCloseTo(0.99998, 10);
  });
  it('says NO_DATA when a year is missing and none failed, NOT_ATTAINED when one failed anyway', () => {
    expect(judge('REDUCE_BY_AT_LEAST_PER_YEAR', null, t, { yearly: series(6, null) })).toMatchObject({
      status: 'NO_DATA',
      noDataReason: 'MISSING_VALUE',
      missingYears: [2027],
    });
    expect(judge('REDUCE_BY_AT_LEAST_PER_YEAR', null, t, { yearly: series(2, null) })).toMatchObject({
      status: 'NOT_ATTAINED',
      failedYears: [2026],
      missingYears: [2027],
    });
    expect(status('REDUCE_BY_AT_LEAST_PER_YEAR', null, t, { yearly: series(null, null) })).toBe('NO_DATA');
  });
  it('reads a lone value as one year', () => {
    expect(status('REDUCE_BY_AT_LEAST_PER_YEAR', 5, t)).toBe('ATTAINED');
    expect(status('REDUCE_BY_AT_LEAST_PER_YEAR', 4.9999, t)).toBe('NOT_ATTAINED');
    expect(judge('REDUCE_BY_AT_LEAST_PER_YEAR', null, t)).toMatchObject({ status: 'NO_DATA', noDataReason: 'MISSING_VALUE' });
    expect(judge('REDUCE_BY_AT_LEAST_PER_YEAR', 5, {})).toMatchObject({ status: 'NO_DATA', noDataReason: 'MISSING_TARGET' });
  });
});

describe('REDUCE_BY_AT_LEAST ("giảm ít nhất" by the horizon: inclusive)', () => {
  it('is attained from the target up', () => {
    expect(status('REDUCE_BY_AT_LEAST', 40, { value: 40 })).toBe('ATTAINED');
    expect(status('REDUCE_BY_AT_LEAST', 39.9999, { value: 40 })).toBe('NOT_ATTAINED');
    expect(judge('REDUCE_BY_AT_LEAST', 30, { value: 40 })).toMatchObject({ progress: 0.75, gap: -10 });
  });
});

describe('RANK_WITHIN_TOP (rank <= N)', () => {
  const t = { value: 25 };
  it('includes rank N and excludes rank N + 1', () => {
    expect(judge('RANK_WITHIN_TOP', 25, t)).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(judge('RANK_WITHIN_TOP', 26, t)).toMatchObject({ status: 'NOT_ATTAINED', gap: -1 });
    expect(judge('RANK_WITHIN_TOP', 1, t)).toMatchObject({ status: 'ATTAINED', progress: MAX_PROGRESS, gap: 24 });
    expect(attainmentColour(judge('RANK_WITHIN_TOP', 26, t))).toBe('warn');
    expect(attainmentColour(judge('RANK_WITHIN_TOP', 34, t))).toBe('bad');
  });
  it('refuses ranks that are not positive whole numbers', () => {
    expect(judge('RANK_WITHIN_TOP', 0, t)).toMatchObject({ status: 'NO_DATA', noDataReason: 'INVALID_VALUE' });
    expect(judge('RANK_WITHIN_TOP', 2.5, t)).toMatchObject({ status: 'NO_DATA', noDataReason: 'INVALID_VALUE' });
    expect(judge('RANK_WITHIN_TOP', 3, { value: 0 })).toMatchObject({ status: 'NO_DATA', noDataReason: 'INVALID_TARGET' });
  });
});

describe('BOOLEAN_DONE (value = 1)', () => {
  it('is done at 1, not at 0, and refuses anything else', () => {
    expect(judge('BOOLEAN_DONE', 1, {})).toMatchObject({ status: 'ATTAINED', progress: 1, gap: 0 });
    expect(judge('BOOLEAN_DONE', 0, {})).toMatchObject({ status: 'NOT_ATTAINED', progress: 0, gap: -1 });
    expect(judge('BOOLEAN_DONE', 0.5, {})).toMatchObject({ status: 'NO_DATA', noDataReason: 'INVALID_VALUE' });
    expect(judge('BOOLEAN_DONE', null, {})).toMatchObject({ status: 'NO_DATA', noDataReason: 'MISSING_VALUE' });
  });
});

describe('every kind', () => {
  const kinds = Object.values(Comparison);
  const targetFor = (k: Comparison) => (k === 'RANGE' ? { min: 1, max: 2 } : { value: 1 });

  it('says NO_DATA with no value, with null progress and gap', () => {
    for (const k of kinds) {
      for (const missing of [null, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(judge(k, missing, targetFor(k)), k).toMatchObject({ comparison: k, status: 'NO_DATA', noDataReason: 'MISSING_VALUE', progress: null, gap: null });
      }
    }
  });
  it('says NO_DATA without a target, except done/not done which needs none', () => {
    for (const k of kinds.filter((k) => k !== 'BOOLEAN_DONE')) {
      expect(judge(k, 1, {}), k).toMatchObject({ status: 'NO_DATA', noDataReason: 'MISSING_TARGET' });
    }
  });
  it('keeps progress within [0, MAX_PROGRESS] and gap >= 0 whenever attained (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: -1000, max: 100000 }), fc.integer({ min: 1, max: 1000 }), (k, raw, t) => {
        const value = k === 'BOOLEAN_DONE' ? Math.abs(raw) % 2 : k === 'RANK_WITHIN_TOP' ? Math.max(1, Math.abs(raw)) : raw / 100;
        const target = k === 'RANGE' ? { min: t / 10, max: t / 10 + 5 } : { value: k === 'RANK_WITHIN_TOP' ? t : t / 10 };
        const r = judge(k, value, target);
        expect(r.status).not.toBe('NO_DATA');
        expect(r.progress!).toBeGreaterThanOrEqual(0);
        expect(r.progress!).toBeLessThanOrEqual(MAX_PROGRESS);
        if (r.status === 'ATTAINED') expect(r.gap!).toBeGreaterThanOrEqual(0);
        if (r.gap! < 0) expect(r.status).toBe('NOT_ATTAINED');
      }),
    );
  });
});

describe('colours, counts and targets from rows', () => {
  it('colours by status first, then closeness', () => {
    expect(attainmentColour({ status: 'ATTAINED', progress: 1 })).toBe('good');
    expect(attainmentColour({ status: 'NOT_ATTAINED', progress: 0.9 })).toBe('warn');
    expect(attainmentColour({ status: 'NOT_ATTAINED', progress: 0.8999 })).toBe('bad');
    expect(attainmentColour({ status: 'NOT_ATTAINED', progress: 0.8 }, 0.75)).toBe('warn');
    expect(attainmentColour({ status: 'NO_DATA', progress: null })).toBe('none');
  });
  it('counts statuses', () => {
    expect(countAttainment([{ status: 'ATTAINED' }, { status: 'NO_DATA' }, { status: 'ATTAINED' }])).toEqual({ ATTAINED: 2, NOT_ATTAINED: 0, NO_DATA: 1, total: 3 });
  });
  it('reads Decimal columns', () => {
    const decimal = (s: string) => ({ toString: () => s });
    expect(targetFromRow({ targetValue: decimal('39.6200'), targetMin: null, targetMax: undefined })).toEqual({ value: 39.62, min: null, max: null });
    expect(decimalToNumber('abc')).toBeNull();
    expect(decimalToNumber(7)).toBe(7);
  });
});
