import { describe, expect, it } from 'vitest';
import { changePct, comparableValue, detectOutliers, type AcceptedValues, type OutlierElement, type PeriodRef } from '@/lib/reporting/outliers';

const q = (year: number, number: number): PeriodRef => ({ type: 'QUARTER', year, number });
const y = (year: number): PeriodRef => ({ type: 'YEAR', year, number: 1 });
const accepted = (period: PeriodRef, values: Record<string, string | number | null>): AcceptedValues => ({ period, values });

const HOUSEHOLDS: OutlierElement = { code: 'HOUSEHOLDS', overTime: 'STOCK', valueType: 'INTEGER' };
const DOSSIERS: OutlierElement = { code: 'DOSSIERS_TOTAL', overTime: 'FLOW', valueType: 'INTEGER' };
const BUDGET: OutlierElement = { code: 'BUDGET_REVENUE_BN_VND', overTime: 'YEAR_TO_DATE', valueType: 'NUMBER' };

const history = [
  accepted(y(2025), { HOUSEHOLDS: '1000.0000', DOSSIERS_TOTAL: 4000, BUDGET_REVENUE_BN_VND: 2000 }),
  accepted(q(2026, 1), { HOUSEHOLDS: 1010, DOSSIERS_TOTAL: 900, BUDGET_REVENUE_BN_VND: 400 }),
  accepted(q(2026, 2), { HOUSEHOLDS: 1020, DOSSIERS_TOTAL: 1100, BUDGET_REVENUE_BN_VND: 1000 }),
  accepted(q(2026, 3), { HOUSEHOLDS: 1030, DOSSIERS_TOTAL: 1000, BUDGET_REVENUE_BN_VND: 1500 }),
  accepted(q(2026, 4), { HOUSEHOLDS: 1040, DOSSIERS_TOTAL: 1000, BUDGET_REVENUE_BN_VND: 2100 }),
  accepted(y(2026), { HOUSEHOLDS: 1040, DOSSIERS_TOTAL: 4000, BUDGET_REVENUE_BN_VND: 2100 }),
  accepted(q(2027, 1), { HOUSEHOLDS: 1050, DOSSIERS_TOTAL: 950, BUDGET_REVENUE_BN_VND: 450 }),
];

describe('the comparable period', () => {
  it('a stock compares with the previous period of the same type', () => {
    expect(comparableValue(HOUSEHOLDS, q(2027, 2), history)).toEqual({ value: 1050, period: q(2027, 1) });
    expect(comparableValue(HOUSEHOLDS, q(2027, 1), history)).toEqual({ value: 1040, period: q(2026, 4) });
    expect(comparableValue(HOUSEHOLDS, y(2026), history)).toEqual({ value: 1000, period: y(2025) });
  });

  it('a stock skips a period with no accepted value and never looks forward', () => {
    const gaps = history.filter((h) => !(h.period.type === 'QUARTER' && h.period.year === 2027));
    expect(comparableValue(HOUSEHOLDS, q(2027, 3), gaps)).toEqual({ value: 1040, period: q(2026, 4) });
    expect(comparableValue(HOUSEHOLDS, q(2026, 1), history)).toBeNull();
  });

  it('a flow and a year-to-date value compare with the same period of the previous year', () => {
    expect(comparableValue(DOSSIERS, q(2027, 2), history)).toEqual({ value: 1100, period: q(2026, 2) });
    expect(comparableValue(BUDGET, q(2027, 2), history)).toEqual({ value: 1000, period: q(2026, 2) });
    expect(comparableValue(BUDGET, y(2026), history)).toEqual({ value: 2000, period: y(2025) });
    // not Q1 2027 (the previous quarter): year-to-date Q2 against Q1 would always look like growth
    expect(comparableValue(BUDGET, q(2027, 2), history)?.period).toEqual(q(2026, 2));
    // no same period last year: nothing to compare, even if older years exist
    expect(comparableValue(DOSSIERS, q(2028, 2), history)).toBeNull();
  });
});

describe('the change', () => {
  it('is relative to the size of the previous value, and unbounded from zero', () => {
    expect(changePct(100, 150)).toBe(50);
    expect(changePct(100, 50)).toBe(-50);
    expect(changePct(-2, 4)).toBe(300);
    expect(changePct(0, 0)).toBe(0);
    expect(changePct(0, 5)).toBeNull();
  });
});

describe('outliers', () => {
  const run = (period: PeriodRef, values: Record<string, number | null>, elements = [HOUSEHOLDS, DOSSIERS, BUDGET], threshold = 50) =>
    detectOutliers({ period, elements, values, history, thresholdPct: threshold });

  it('flags a change strictly beyond the threshold, not at it', () => {
    const atThreshold = run(q(2027, 2), { DOSSIERS_TOTAL: 1650 });
    expect(atThreshold.DOSSIERS_TOTAL).toEqual({ outlier: false, previous: 1100, changePct: 50, comparedWith: q(2026, 2) });
    expect(run(q(2027, 2), { DOSSIERS_TOTAL: 1651 }).DOSSIERS_TOTAL.outlier).toBe(true);
    expect(run(q(2027, 2), { DOSSIERS_TOTAL: 550 }).DOSSIERS_TOTAL.outlier).toBe(false);
    expect(run(q(2027, 2), { DOSSIERS_TOTAL: 549 }).DOSSIERS_TOTAL.outlier).toBe(true);
  });

  it('compares year-to-date with the same period last year, so steady growth is not an outlier', () => {
    // Q2 2027 year-to-date 1100 vs Q2 2026 1000 (+10%); against Q1 2027 (450) it would be +144%.
    const r = run(q(2027, 2), { BUDGET_REVENUE_BN_VND: 1100 });
    expect(r.BUDGET_REVENUE_BN_VND.outlier).toBe(false);
    expect(r.BUDGET_REVENUE_BN_VND.changePct).toBeCloseTo(10);
  });

  it("uses the element's own threshold before the setting", () => {
    const strict: OutlierElement = { ...HOUSEHOLDS, outlierThresholdPct: '5.00' };
    expect(run(q(2027, 2), { HOUSEHOLDS: 1110 }, [strict]).HOUSEHOLDS.outlier).toBe(true);
    expect(run(q(2027, 2), { HOUSEHOLDS: 1110 }, [HOUSEHOLDS]).HOUSEHOLDS.outlier).toBe(false);
    expect(run(q(2027, 2), { HOUSEHOLDS: 1110 }, [HOUSEHOLDS], 5).HOUSEHOLDS.outlier).toBe(true);
  });

  it('handles zero and absence as documented', () => {
    const zeroBefore = [accepted(q(2026, 2), { DOSSIERS_TOTAL: 0 })];
    const from = (current: number | null) =>
      detectOutliers({ period: q(2027, 2), elements: [DOSSIERS], values: { DOSSIERS_TOTAL: current }, history: zeroBefore, thresholdPct: 50 }).DOSSIERS_TOTAL;
    expect(from(0)).toEqual({ outlier: false, previous: 0, changePct: 0, comparedWith: q(2026, 2) });
    expect(from(3)).toEqual({ outlier: true, previous: 0, changePct: null, comparedWith: q(2026, 2) });
    expect(from(null)).toEqual({ outlier: false, previous: null, changePct: null, comparedWith: null });
    // nothing accepted before
    expect(run(q(2026, 1), { HOUSEHOLDS: 99999 }).HOUSEHOLDS).toEqual({ outlier: false, previous: null, changePct: null, comparedWith: null });
    // an element missing from the current values
    expect(run(q(2027, 2), {}).HOUSEHOLDS.outlier).toBe(false);
  });

  it('never flags a yes/no', () => {
    const ntm: OutlierElement = { code: 'NTM', overTime: 'STOCK', valueType: 'YES_NO' };
    const r = detectOutliers({ period: y(2027), elements: [ntm], values: { NTM: 0 }, history: [accepted(y(2026), { NTM: 1 })], thresholdPct: 50 });
    expect(r.NTM.outlier).toBe(false);
  });
});
