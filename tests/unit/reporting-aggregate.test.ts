import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateFormula, parseFormula } from '@/lib/catalogue/formula';
import { buildFormulaData, spanSnapshot, unitSpanValue, type ReportPeriod, type TimeElement, type UnitReport } from '@/lib/reporting/aggregate';
import { INDICATOR_FORMULAS } from '@/prisma/seed/formulas';
import type { OverTime } from '@/lib/generated/prisma/enums';

// The elements as the seed defines them (over_time from the reporting reading).
const reading = JSON.parse(readFileSync(path.join(process.cwd(), 'prisma/seed/data/indicator-reporting.json'), 'utf8')) as {
  indicators: Array<{ elements: Array<{ code: string; over_time: string }> }>;
};
const ELEMENTS: TimeElement[] = [
  ...new Map(reading.indicators.flatMap((i) => i.elements).map((e) => [e.code, { code: e.code, overTime: e.over_time.toUpperCase() as OverTime }])).values(),
];
const el = (code: string) => ELEMENTS.find((e) => e.code === code)!;

const Q = (year: number, number: number): ReportPeriod => ({ type: 'QUARTER', year, number });
const H = (year: number, number: number): ReportPeriod => ({ type: 'HALF_YEAR', year, number });
const Y = (year: number): ReportPeriod => ({ type: 'YEAR', year, number: 1 });
const BASE = (year: number): ReportPeriod => ({ type: 'YEAR', year, number: 1, isBaseline: true });
const report = (unitId: number, period: ReportPeriod, values: Record<string, number | string | null>): UnitReport => ({ unitId, period, values });

const indicator = (code: string) => parseFormula(INDICATOR_FORMULAS[code].formula);

describe('one unit over a span', () => {
  const reports = [
    report(1, Q(2026, 1), { HOUSEHOLDS: 1000, DOSSIERS_TOTAL: 100, BUDGET_REVENUE_BN_VND: 300 }),
    report(1, Q(2026, 2), { HOUSEHOLDS: 1010, DOSSIERS_TOTAL: 120, BUDGET_REVENUE_BN_VND: '700.5000' }),
    report(1, Q(2026, 3), { HOUSEHOLDS: 1020, DOSSIERS_TOTAL: 130, BUDGET_REVENUE_BN_VND: null }),
    report(1, Q(2026, 4), { HOUSEHOLDS: 1030, DOSSIERS_TOTAL: 150, BUDGET_REVENUE_BN_VND: 1600 }),
  ];

  it('a stock is the latest level in the span', () => {
    expect(unitSpanValue(reports, el('HOUSEHOLDS'), { year: 2026, quarter: 2 })).toEqual({ value: 1010, complete: true });
    expect(unitSpanValue(reports, el('HOUSEHOLDS'), { year: 2026 })).toEqual({ value: 1030, complete: true });
    expect(unitSpanValue(reports.slice(0, 2), el('HOUSEHOLDS'), { year: 2026, quarter: 3 })).toEqual({ value: 1010, complete: false });
    expect(unitSpanValue(reports, el('HOUSEHOLDS'), { year: 2027 })).toBeNull();
  });

  it('a flow adds up the quarters, and says when one is missing', () => {
    expect(unitSpanValue(reports, el('DOSSIERS_TOTAL'), { year: 2026, quarter: 1 })).toEqual({ value: 100, complete: true });
    expect(unitSpanValue(reports, el('DOSSIERS_TOTAL'), { year: 2026, quarter: 3 })).toEqual({ value: 350, complete: true });
    expect(unitSpanValue(reports, el('DOSSIERS_TOTAL'), { year: 2026 })).toEqual({ value: 500, complete: true });
    const noQ3 = reports.filter((r) => r.period.number !== 3);
    expect(unitSpanValue(noQ3, el('DOSSIERS_TOTAL'), { year: 2026 })).toEqual({ value: 370, complete: false });
  });

  it("a flow over the whole year takes the year's report when there is one", () => {
    const withYear = [...reports, report(1, Y(2026), { DOSSIERS_TOTAL: 505 })];
    expect(unitSpanValue(withYear, el('DOSSIERS_TOTAL'), { year: 2026 })).toEqual({ value: 505, complete: true });
    // the year report does not belong to a partial span
    expect(unitSpanValue(withYear, el('DOSSIERS_TOTAL'), { year: 2026, quarter: 3 })).toEqual({ value: 350, complete: true });
  });

  it('a flow takes a half-year report over its quarters', () => {
    const halves = [report(1, H(2026, 1), { DOSSIERS_TOTAL: 230 }), report(1, Q(2026, 1), { DOSSIERS_TOTAL: 100 }), report(1, Q(2026, 3), { DOSSIERS_TOTAL: 130 })];
    expect(unitSpanValue(halves, el('DOSSIERS_TOTAL'), { year: 2026, quarter: 3 })).toEqual({ value: 360, complete: true });
    expect(unitSpanValue(halves, el('DOSSIERS_TOTAL'), { year: 2026 })).toEqual({ value: 360, complete: false });
  });

  it('a year-to-date value is the latest in the span (the year report for the whole year)', () => {
    expect(unitSpanValue(reports, el('BUDGET_REVENUE_BN_VND'), { year: 2026, quarter: 2 })).toEqual({ value: 700.5, complete: true });
    // Q3 has no value: the latest is Q2, and it does not reach the span's end
    expect(unitSpanValue(reports, el('BUDGET_REVENUE_BN_VND'), { year: 2026, quarter: 3 })).toEqual({ value: 700.5, complete: false });
    expect(unitSpanValue(reports, el('BUDGET_REVENUE_BN_VND'), { year: 2026 })).toEqual({ value: 1600, complete: true });
    const withYear = [...reports, report(1, Y(2026), { BUDGET_REVENUE_BN_VND: 1650 })];
    expect(unitSpanValue(withYear, el('BUDGET_REVENUE_BN_VND'), { year: 2026 })).toEqual({ value: 1650, complete: true });
  });

  it('lists units in the order asked, with an empty map for a unit without reports', () => {
    const s = spanSnapshot([...reports, report(2, Q(2026, 1), { HOUSEHOLDS: 500 })], [el('HOUSEHOLDS')], { year: 2026, quarter: 1 }, [3, 2, 1]);
    expect(s.snapshot.map((u) => Object.fromEntries(u))).toEqual([{}, { HOUSEHOLDS: 500 }, { HOUSEHOLDS: 1000 }]);
  });
});

describe('formula data and the seeded formulas, end to end', () => {
  // Two communes and a department, baseline 2025, years 2026 and 2027.
  const communes = [
    report(1, BASE(2025), { POOR_HOUSEHOLDS: 300, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 0, SATELLITE_SCHOOL_SITES: 10 }),
    report(2, BASE(2025), { POOR_HOUSEHOLDS: 100, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 1, SATELLITE_SCHOOL_SITES: 10 }),
    report(1, Y(2026), { POOR_HOUSEHOLDS: 240, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 0, SATELLITE_SCHOOL_SITES: 8 }),
    report(2, Y(2026), { POOR_HOUSEHOLDS: 80, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 1, SATELLITE_SCHOOL_SITES: 6 }),
    report(1, Y(2027), { POOR_HOUSEHOLDS: 180, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 1, SATELLITE_SCHOOL_SITES: 5 }),
    report(2, Y(2027), { POOR_HOUSEHOLDS: 60, HOUSEHOLDS: 1000, NTM_STANDARD_MET: 1, SATELLITE_SCHOOL_SITES: 5 }),
    // quarters of online dossiers: communes 1, 2 and department 10
    report(1, Q(2027, 1), { DOSSIERS_ONLINE: 40, DOSSIERS_TOTAL: 100 }),
    report(1, Q(2027, 2), { DOSSIERS_ONLINE: 60, DOSSIERS_TOTAL: 100 }),
    report(2, Q(2027, 1), { DOSSIERS_ONLINE: 10, DOSSIERS_TOTAL: 50 }),
    report(2, Q(2027, 2), { DOSSIERS_ONLINE: 20, DOSSIERS_TOTAL: 50 }),
    report(10, Q(2027, 1), { DOSSIERS_ONLINE: 270, DOSSIERS_TOTAL: 300 }),
    report(10, Q(2027, 2), { DOSSIERS_ONLINE: 0, DOSSIERS_TOTAL: 0 }),
  ];
  const province = (code: string, span: { year: number; quarter?: 1 | 2 | 3 | 4 }, reports = communes, unitIds?: number[]) =>
    evaluateFormula(indicator(code), buildFormulaData({ reports, elements: ELEMENTS, span, campaignStartYear: 2026, unitIds }));

  it('poverty rate reduction: average yearly fall in points of the summed rate from the baseline', () => {
    // 2025: 400/2000 = 20%; 2027: 240/2000 = 12%; (20 - 12) / 2 years = 4 points a year
    expect(province('CS-MULTIDIM-POVERTY-REDUCTION', { year: 2027 })).toBeCloseTo(4);
    // commune 1 reading: 30% -> 18% in 2 years = 6 points a year
    expect(province('CS-MULTIDIM-POVERTY-REDUCTION', { year: 2027 }, communes, [1])).toBeCloseTo(6);
    expect(province('CS-MULTIDIM-POVERTY-REDUCTION', { year: 2026 })).toBeCloseTo(4);
  });

  it('a stock mid-year is measured against the baseline level', () => {
    const data = buildFormulaData({ reports: communes, elements: ELEMENTS, span: { year: 2027, quarter: 2 }, campaignStartYear: 2026 });
    expect(Object.fromEntries(data.baseline![0])).toMatchObject({ POOR_HOUSEHOLDS: 300, HOUSEHOLDS: 1000 });
    expect(data.baselineYear).toBe(2025);
  });

  it('online dossier rate: summed across communes and departments, never an average of rates', () => {
    // (40 + 60 + 10 + 20 + 270 + 0) / (100 + 100 + 50 + 50 + 300 + 0) = 400 / 600
    expect(province('DAR-ONLINE-PUBLIC-SERVICE-USAGE', { year: 2027, quarter: 2 })).toBeCloseTo((100 * 400) / 600);
    expect(province('DAR-ONLINE-PUBLIC-SERVICE-USAGE', { year: 2027, quarter: 1 })).toBeCloseTo((100 * 320) / 450);
    // one commune's reading: 100 / 200
    expect(province('DAR-ONLINE-PUBLIC-SERVICE-USAGE', { year: 2027, quarter: 2 }, communes, [1])).toBeCloseTo(50);
    // the department's own Q2 has no dossiers: its reading over the half year still counts Q1
    expect(province('DAR-ONLINE-PUBLIC-SERVICE-USAGE', { year: 2027, quarter: 2 }, communes, [10])).toBeCloseTo(90);
  });

  it('share of communes meeting the new-rural standard', () => {
    expect(province('CS-NTM-COMMUNES', { year: 2026 })).toBe(50);
    expect(province('CS-NTM-COMMUNES', { year: 2027 })).toBe(100);
    expect(province('CS-NTM-COMMUNES', { year: 2026 }, communes, [1])).toBe(0);
  });

  it('satellite school sites: reduction against the baseline', () => {
    // 20 -> 10
    expect(province('CS-SATELLITE-SCHOOL-SITES-REDUCTION', { year: 2027 })).toBeCloseTo(50);
  });

  const police = [
    report(50, Q(2026, 1), { TRAFFIC_ACCIDENTS: 40, TRAFFIC_DEATHS: 10, TRAFFIC_INJURIES: 50, SOCIAL_ORDER_CRIMES: 30 }),
    report(50, Q(2026, 2), { TRAFFIC_ACCIDENTS: 60, TRAFFIC_DEATHS: 10, TRAFFIC_INJURIES: 50, SOCIAL_ORDER_CRIMES: 30 }),
    report(50, Q(2027, 1), { TRAFFIC_ACCIDENTS: 36, TRAFFIC_DEATHS: 8, TRAFFIC_INJURIES: 45, SOCIAL_ORDER_CRIMES: 27 }),
    report(50, Q(2027, 2), { TRAFFIC_ACCIDENTS: 54, TRAFFIC_DEATHS: 11, TRAFFIC_INJURIES: 44, SOCIAL_ORDER_CRIMES: 30 }),
  ];

  it('traffic: the smallest of the three year-on-year reductions, over the same span of last year', () => {
    // H1 2026 -> H1 2027: accidents 100 -> 90 (10%), deaths 20 -> 19 (5%), injuries 100 -> 89 (11%)
    expect(province('DS-TRAFFIC-ACCIDENT-REDUCTION', { year: 2027, quarter: 2 }, police)).toBeCloseTo(5);
    // Q1 only: 10%, 20%, 10%
    expect(province('DS-TRAFFIC-ACCIDENT-REDUCTION', { year: 2027, quarter: 1 }, police)).toBeCloseTo(10);
    expect(province('DS-SOCIAL-ORDER-CRIME-REDUCTION', { year: 2027, quarter: 2 }, police)).toBeCloseTo(5);
    // no year before: nothing
    expect(province('DS-TRAFFIC-ACCIDENT-REDUCTION', { year: 2026, quarter: 2 }, police)).toBeNull();
  });

  const finance = [
    report(60, BASE(2025), { BUDGET_REVENUE_BN_VND: 2000, INVESTMENT_BN_VND: 10000 }),
    report(60, Q(2026, 1), { BUDGET_REVENUE_BN_VND: 500 }),
    report(60, Q(2026, 2), { BUDGET_REVENUE_BN_VND: 1100 }),
    report(60, Q(2026, 3), { BUDGET_REVENUE_BN_VND: 1700 }),
    report(60, Q(2026, 4), { BUDGET_REVENUE_BN_VND: 2200 }),
    report(60, Q(2027, 1), { BUDGET_REVENUE_BN_VND: 600 }),
    report(60, Q(2027, 2), { BUDGET_REVENUE_BN_VND: 1300 }),
    report(60, Q(2027, 3), { BUDGET_REVENUE_BN_VND: 1900 }),
    report(60, Q(2027, 4), { BUDGET_REVENUE_BN_VND: 2420 }),
  ];

  it("budget growth from year-to-date quarters: Q4's figure is the year when no year report exists", () => {
    // 2000 -> 2420 over 2 years: 10% a year
    expect(province('ECO-BUDGET-REVENUE-GROWTH', { year: 2027 }, finance)).toBeCloseTo(10);
    expect(province('ECO-BUDGET-REVENUE-GROWTH', { year: 2026 }, finance)).toBeCloseTo(10);
    // a year report, when there is one, is the year's figure
    expect(province('ECO-BUDGET-REVENUE-GROWTH', { year: 2026 }, [...finance, report(60, Y(2026), { BUDGET_REVENUE_BN_VND: 2420 })])).toBeCloseTo(21);
  });

  it('a year-to-date half year is not measured against a whole baseline year', () => {
    expect(province('ECO-BUDGET-REVENUE-GROWTH', { year: 2027, quarter: 2 }, finance)).toBeNull();
    // but a baseline year reported by quarters gives the same span
    const withBaseQuarters = [...finance, report(60, Q(2025, 2), { BUDGET_REVENUE_BN_VND: 1000 })];
    expect(province('ECO-BUDGET-REVENUE-GROWTH', { year: 2027, quarter: 2 }, withBaseQuarters)).toBeCloseTo(100 * (Math.sqrt(1.3) - 1));
  });

  it('GRDP growth: compounded mean of the yearly rates of the campaign years so far', () => {
    const stats = [report(70, Y(2026), { GRDP_GROWTH_PCT: 8 }), report(70, Y(2027), { GRDP_GROWTH_PCT: '9.5000' })];
    const data = buildFormulaData({ reports: stats, elements: ELEMENTS, span: { year: 2027 }, campaignStartYear: 2026 });
    expect(data.years?.map((y) => y.year)).toEqual([2026, 2027]);
    expect(evaluateFormula(indicator('ECO-GRDP-GROWTH'), data)).toBeCloseTo(100 * (Math.sqrt(1.08 * 1.095) - 1), 6);
  });

  it('says which current values do not cover the span', () => {
    const data = buildFormulaData({ reports: finance.slice(0, 8), elements: [el('BUDGET_REVENUE_BN_VND')], span: { year: 2027 }, campaignStartYear: 2026 });
    expect(data.incomplete).toEqual([{ unitId: 60, code: 'BUDGET_REVENUE_BN_VND' }]);
    expect(data.current.map((u) => u.get('BUDGET_REVENUE_BN_VND'))).toEqual([1900]);
  });

  it('takes the baseline year from the indicator when given, else from the baseline report', () => {
    const data = buildFormulaData({ reports: communes, elements: ELEMENTS, span: { year: 2027 }, campaignStartYear: 2026, baselineYear: 2026 });
    expect(data.baselineYear).toBe(2026);
    expect(evaluateFormula(indicator('CS-MULTIDIM-POVERTY-REDUCTION'), data)).toBeCloseTo(4);
    const none = buildFormulaData({ reports: communes.filter((r) => !r.period.isBaseline), elements: ELEMENTS, span: { year: 2027 }, campaignStartYear: 2026 });
    expect(none.baselineYear).toBe(2025);
    expect(evaluateFormula(indicator('CS-MULTIDIM-POVERTY-REDUCTION'), none)).toBeNull();
  });
});
