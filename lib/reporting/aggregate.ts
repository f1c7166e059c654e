/**
 * From accepted reports to what the formula language reads (lib/catalogue/formula.ts `FormulaData`).
 *
 * A SPAN is a year up to a quarter (Q1 = January–March, … Q4 = the whole year). Within a span each
 * element gives one value per unit, by how it behaves over time (DESIGN.md, "Time"):
 *   STOCK        -> the value of the latest period in the span (a level);
 *   YEAR_TO_DATE -> the value of the latest period in the span (it already sums since 1 January);
 *   FLOW         -> what the periods add up to: the YEAR report when the span is the whole year and
 *                   one exists, else half-year reports, else quarters, for the quarters still uncovered.
 * When two periods end together the longer one wins (the year over Q4, H1 over Q2): it is the figure
 * the unit consolidated. A value is `complete` when it covers the span to its end (a flow: every
 * quarter of the span; a stock or year-to-date value: a period ending at the span's end), so a
 * reader can say "data up to Q2" rather than show a half-year sum as a year.
 *
 * The baseline (the year before the campaign, reported once as a YEAR period marked isBaseline):
 *   STOCK        -> the baseline year's level (its whole-year value), whatever the span;
 *   FLOW, YTD    -> the same span of the baseline year; for a partial span that exists only when the
 *                   baseline year has quarter reports, so growth over a half year is not measured
 *                   against a whole baseline year (the time function gives nothing rather than a guess).
 * `previous` is the same span of the year before (for drop_yoy); `years` is each campaign year from
 * the first to the span's year (whole years, the span itself for its own year), for mean_rate.
 *
 * Only ACCEPTED reports go in (the caller filters). For a live reading beside a draft, add the draft
 * as one more report of its unit.
 */
import type { FormulaData, Snapshot } from '@/lib/catalogue/formula';
import type { OverTime, PeriodType } from '@/lib/generated/prisma/enums';
import { toNumber, type Decimalish } from './values';

export type ReportPeriod = { type: PeriodType; year: number; number: number; isBaseline?: boolean };
/** An accepted report: its unit, its period and its values by element code. */
export type UnitReport = { unitId: number; period: ReportPeriod; values: Readonly<Record<string, Decimalish>> };
export type TimeElement = { code: string; overTime: OverTime };
/** A year up to a quarter; no quarter means the whole year. */
export type Span = { year: number; quarter?: 1 | 2 | 3 | 4 };

export type SpanValue = { value: number; complete: boolean };

const lastQuarter = (p: ReportPeriod) => (p.type === 'QUARTER' ? p.number : p.type === 'HALF_YEAR' ? 2 * p.number : 4);
const firstQuarter = (p: ReportPeriod) => (p.type === 'QUARTER' ? p.number : p.type === 'HALF_YEAR' ? 2 * p.number - 1 : 1);
const quartersOf = (p: ReportPeriod) => lastQuarter(p) - firstQuarter(p) + 1;
const spanEnd = (span: Span) => span.quarter ?? 4;

/** One unit's value of one element over a span, from that unit's reports; null when none counts. */
export function unitSpanValue(reports: readonly UnitReport[], element: TimeElement, span: Span): SpanValue | null {
  const end = spanEnd(span);
  const inSpan = reports
    .filter((r) => r.period.year === span.year && lastQuarter(r.period) <= end)
    .map((r) => ({ period: r.period, value: toNumber(r.values[element.code]) }))
    .filter((r): r is { period: ReportPeriod; value: number } => r.value !== null);
  if (inSpan.length === 0) return null;

  if (element.overTime !== 'FLOW') {
    inSpan.sort((a, b) => lastQuarter(b.period) - lastQuarter(a.period) || quartersOf(b.period) - quartersOf(a.period));
    return { value: inSpan[0].value, complete: lastQuarter(inSpan[0].period) === end };
  }

  // Longest periods first, each used only where none of its quarters is covered yet.
  inSpan.sort((a, b) => quartersOf(b.period) - quartersOf(a.period) || firstQuarter(a.period) - firstQuarter(b.period));
  const covered = new Set<number>();
  let total = 0;
  for (const r of inSpan) {
    const quarters = Array.from({ length: quartersOf(r.period) }, (_, i) => firstQuarter(r.period) + i);
    if (quarters.some((q) => covered.has(q))) continue;
    quarters.forEach((q) => covered.add(q));
    total += r.value;
  }
  return { value: total, complete: covered.size === end };
}

type SpanOf = (element: TimeElement) => Span;

function snapshotOf(byUnit: ReadonlyMap<number, UnitReport[]>, unitIds: readonly number[], elements: readonly TimeElement[], spanOf: SpanOf) {
  const snapshot: Map<string, number>[] = [];
  const incomplete: Array<{ unitId: number; code: string }> = [];
  for (const unitId of unitIds) {
    const reports = byUnit.get(unitId) ?? [];
    const values = new Map<string, number>();
    for (const element of elements) {
      const v = unitSpanValue(reports, element, spanOf(element));
      if (!v) continue;
      values.set(element.code, v.value);
      if (!v.complete) incomplete.push({ unitId, code: element.code });
    }
    snapshot.push(values);
  }
  return { snapshot: snapshot as Snapshot, incomplete };
}

function groupByUnit(reports: readonly UnitReport[]): Map<number, UnitReport[]> {
  const byUnit = new Map<number, UnitReport[]>();
  for (const r of reports) {
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  return byUnit;
}

const unitsOf = (byUnit: ReadonlyMap<number, unknown>, unitIds?: readonly number[]) => unitIds ?? [...byUnit.keys()].sort((a, b) => a - b);

/**
 * The units' values over a span (one map per unit, in `unitIds` order, or by unit id), and which
 * values do not cover the whole span.
 */
export function spanSnapshot(
  reports: readonly UnitReport[],
  elements: readonly TimeElement[],
  span: Span,
  unitIds?: readonly number[],
): { snapshot: Snapshot; incomplete: Array<{ unitId: number; code: string }> } {
  const byUnit = groupByUnit(reports);
  return snapshotOf(byUnit, unitsOf(byUnit, unitIds), elements, () => span);
}

export type FormulaDataInput = {
  /** the ACCEPTED reports of the units in scope, from the baseline year to the span's year */
  reports: readonly UnitReport[];
  /** the elements the formulas read, with how each behaves over time */
  elements: readonly TimeElement[];
  span: Span;
  /** the units whose values count: all the province's for its figure, one for a unit's reading */
  unitIds?: readonly number[];
  campaignStartYear: number;
  /** the indicator's baseline year; by default the year of an isBaseline report, else the year before the campaign */
  baselineYear?: number | null;
};

export type SpanFormulaData = FormulaData & {
  /** current values that do not cover the whole span (a flow missing a quarter, a level not up to date) */
  incomplete: Array<{ unitId: number; code: string }>;
};

export function buildFormulaData(input: FormulaDataInput): SpanFormulaData {
  const { span, elements, campaignStartYear } = input;
  const unitIdSet = input.unitIds ? new Set(input.unitIds) : null;
  const byUnit = groupByUnit(unitIdSet ? input.reports.filter((r) => unitIdSet.has(r.unitId)) : input.reports);
  const units = unitsOf(byUnit, input.unitIds);
  const at = (year: number, quarter?: Span['quarter']): Span => (quarter ? { year, quarter } : { year });

  const current = snapshotOf(byUnit, units, elements, () => span);
  const baselineYear =
    input.baselineYear ?? input.reports.find((r) => r.period.isBaseline)?.period.year ?? campaignStartYear - 1;
  const baseline = snapshotOf(byUnit, units, elements, (e) => (e.overTime === 'STOCK' ? at(baselineYear) : at(baselineYear, span.quarter)));
  const previous = snapshotOf(byUnit, units, elements, () => at(span.year - 1, span.quarter));
  const years: Array<{ year: number; snapshot: Snapshot }> = [];
  for (let year = campaignStartYear; year <= span.year; year++) {
    years.push({ year, snapshot: year === span.year ? current.snapshot : snapshotOf(byUnit, units, elements, () => at(year)).snapshot });
  }
  return {
    year: span.year,
    current: current.snapshot,
    baselineYear,
    baseline: baseline.snapshot,
    previous: previous.snapshot,
    years,
    incomplete: current.incomplete,
  };
}
