import 'server-only';
/**
 * Indicators computed live for the dashboards, fast: the province figure of every indicator for each
 * year of the campaign (its history), and units' readings over a span. The same figures as
 * lib/indicators/compute.ts (the reference, kept as it is; tests/db/dashboard-equivalence.test.ts
 * compares them), but the spans are summed in the database from the derived table the triggers keep
 * (docs/decisions/010-live-dashboards.md), so a request reads a few hundred rows, not every value.
 */
import type { OverTime } from '@/lib/generated/prisma/enums';
import type { Span } from '@/lib/reporting/aggregate';
import type { YearValue } from '@/lib/appraisal/attainment';
import { computeIndicator, latestSpan, loadReportData, type ComputableIndicator } from '@/lib/indicators/compute';
import { computeFast, planFormula, spansRead, unitSource, type FastValue, type FormulaPlan } from './fast-formula';
import { periodsWithData, readSpans, type PeriodWithData } from './span-store';

export type FigureElement = { id: number; code: string; overTime: OverTime };
export type FigureScope = {
  provinceId: number;
  campaign: { id: number; startYear: number };
  /** read submitted-but-not-accepted reports too (the dashboards' toggle) */
  withSubmitted?: boolean;
};

export type HistoryPoint = FastValue & {
  year: number;
  /** the span's last quarter (4: the whole year) */
  quarter: number;
  /** the year is still open: shown, not projected */
  partial: boolean;
};

/** The latest span of the periods with data (latestSpan of lib/indicators/compute, over periods). */
export function latestSpanOf(periods: readonly PeriodWithData[], startYear: number): Span | null {
  return latestSpan({ reports: periods.map((period) => ({ unitId: 0, period, values: {} })), elements: [], campaignStartYear: startYear });
}

/** The year the time functions compare with when the indicator names none: the baseline period's, which is always the year before the campaign. */
const baselineYearOf = (indicator: Pick<ComputableIndicator, 'baselineYear'>, startYear: number) => indicator.baselineYear ?? startYear - 1;

function plansOf(indicators: readonly ComputableIndicator[]) {
  return new Map(indicators.map((i) => [i.id, planFormula(i.formula)]));
}

function needs(plans: Iterable<FormulaPlan>, elements: readonly FigureElement[]) {
  const codes = new Set<string>();
  const perUnit = new Set<string>();
  for (const plan of plans) {
    plan.codes.forEach((c) => codes.add(c));
    plan.perUnit.forEach((c) => perUnit.add(c));
  }
  const idOf = new Map(elements.map((e) => [e.code, e.id]));
  const ids = (set: Set<string>) => [...set].map((c) => idOf.get(c)).filter((id): id is number => id !== undefined);
  return { elementIds: ids(codes), perUnitIds: ids(perUnit) };
}

/** Every (year, quarter) span the computations over `spans` read, once each. */
function spanList(spans: readonly Span[], indicators: readonly ComputableIndicator[], startYear: number) {
  const pairs = new Map<string, { year: number; quarter: number }>();
  const baselines = new Set(indicators.map((i) => baselineYearOf(i, startYear)));
  for (const span of spans) {
    for (const baselineYear of baselines) {
      for (const s of spansRead(span, { campaignStartYear: startYear, baselineYear })) pairs.set(`${s.year}:${s.quarter}`, s);
    }
  }
  return [...pairs.values()];
}

const flowIdsOf = (elements: readonly FigureElement[]) => elements.filter((e) => e.overTime === 'FLOW').map((e) => e.id);

/**
 * The province figure of each indicator over each span: the spans are summed in the database in one
 * query, the formulas evaluated here.
 */
export async function provinceFigures(
  scope: FigureScope,
  indicators: readonly ComputableIndicator[],
  elements: readonly FigureElement[],
  spans: readonly Span[],
): Promise<Map<number, FastValue[]>> {
  const { campaign } = scope;
  const plans = plansOf(indicators);
  const figures = new Map<number, FastValue[]>();
  if (spans.length === 0) return figures;
  const fast = indicators.filter((i) => !plans.get(i.id)!.needsEveryUnit);
  const { elementIds, perUnitIds } = needs(fast.map((i) => plans.get(i.id)!), elements);
  const source = await readSpans(
    {
      provinceId: scope.provinceId,
      campaignId: campaign.id,
      elementIds,
      flowIds: flowIdsOf(elements),
      perUnit: perUnitIds,
      spans: spanList(spans, indicators, campaign.startYear),
      withSubmitted: scope.withSubmitted,
    },
    new Map(elements.map((e) => [e.id, e.code])),
  );
  const overTime = new Map(elements.map((e) => [e.code, e.overTime]));
  for (const indicator of fast) {
    const context = { overTime, campaignStartYear: campaign.startYear, baselineYear: baselineYearOf(indicator, campaign.startYear) };
    figures.set(indicator.id, spans.map((span) => computeFast(plans.get(indicator.id)!, span, source, context)));
  }
  const slow = indicators.filter((i) => plans.get(i.id)!.needsEveryUnit);
  if (slow.length > 0) {
    // count(1)-style formulas count every unit of the data: the reference path says how many.
    const data = await loadReportData(scope.provinceId, campaign.id, { statuses: scope.withSubmitted ? ['ACCEPTED', 'SUBMITTED'] : ['ACCEPTED'] });
    for (const indicator of slow) figures.set(indicator.id, spans.map((span) => computeIndicator(indicator, data, span)));
  }
  return figures;
}

/** The spans of a history: each year from the baseline (or the campaign's start) to the latest data, the open year up to its latest quarter. */
export function historySpans(periods: readonly PeriodWithData[], startYear: number): { latest: Span | null; spans: Span[] } {
  const latest = latestSpanOf(periods, startYear);
  const baseline = periods.find((p) => p.isBaseline);
  const spans: Span[] = [];
  if (baseline || latest) {
    const first = baseline ? baseline.year : startYear;
    const last = latest?.year ?? baseline!.year;
    for (let year = first; year <= last; year++) spans.push(latest && year === latest.year ? latest : { year });
  }
  return { latest, spans };
}

/** Each indicator's province figure for every year from the baseline to the latest data (the open year partial). */
export async function provinceHistories(
  scope: FigureScope,
  indicators: readonly ComputableIndicator[],
  elements: readonly FigureElement[],
  /** the periods with data, when the caller already read them (periodsWithData) */
  known?: readonly PeriodWithData[],
) {
  const periods = known ?? (await periodsWithData({ provinceId: scope.provinceId, campaignId: scope.campaign.id, withSubmitted: scope.withSubmitted }));
  const { latest, spans } = historySpans(periods, scope.campaign.startYear);
  const figures = await provinceFigures(scope, indicators, elements, spans);
  const histories = new Map<number, HistoryPoint[]>();
  for (const [id, values] of figures) {
    histories.set(
      id,
      values.map((value, i) => ({ ...value, year: spans[i].year, quarter: spans[i].quarter ?? 4, partial: (spans[i].quarter ?? 4) < 4 })),
    );
  }
  return { latest, histories };
}

export type UnitReading = FastValue & { yearly?: YearValue[] };

/**
 * The readings of the units over a span (the indicators with a unit reading), and for indicators
 * judged year by year (`yearly`), each campaign year's reading up to the span's year.
 */
export async function unitReadings(
  scope: FigureScope,
  indicators: readonly (ComputableIndicator & { yearly?: boolean })[],
  elements: readonly FigureElement[],
  unitIds: readonly number[],
  span: Span,
): Promise<Map<number, Map<number, UnitReading>>> {
  const { campaign } = scope;
  const readable = indicators.filter((i) => i.unitReading !== 'NONE');
  const plans = plansOf(readable);
  const spans: Span[] = [span];
  if (readable.some((i) => i.yearly)) for (let year = campaign.startYear; year < span.year; year++) spans.push({ year });
  const { elementIds } = needs(plans.values(), elements);
  const source = await readSpans(
    {
      provinceId: scope.provinceId,
      campaignId: campaign.id,
      elementIds,
      flowIds: flowIdsOf(elements),
      perUnit: 'all',
      spans: spanList(spans, readable, campaign.startYear),
      unitIds: unitIds.length <= 50 ? unitIds : undefined,
      withSubmitted: scope.withSubmitted,
    },
    new Map(elements.map((e) => [e.id, e.code])),
  );
  const overTime = new Map(elements.map((e) => [e.code, e.overTime]));
  const readings = new Map<number, Map<number, UnitReading>>();
  const index = source.unitIndex();
  for (const unitId of unitIds) {
    const own = unitSource(index.get(unitId), unitId);
    const values = new Map<number, UnitReading>();
    for (const indicator of readable) {
      const plan = plans.get(indicator.id)!;
      const context = { overTime, campaignStartYear: campaign.startYear, baselineYear: baselineYearOf(indicator, campaign.startYear), singleUnit: true };
      const reading: UnitReading = computeFast(plan, span, own, context);
      if (indicator.yearly) {
        reading.yearly = [];
        for (let year = campaign.startYear; year <= span.year; year++) {
          reading.yearly.push({ year, value: computeFast(plan, year === span.year ? span : { year }, own, context).value });
        }
      }
      values.set(indicator.id, reading);
    }
    readings.set(unitId, values);
  }
  return readings;
}
