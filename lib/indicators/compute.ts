import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PeriodType, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { evaluateFormula, parseFormula, timeFunctionOf } from '@/lib/catalogue/formula';
import { buildFormulaData, type Span, type TimeElement, type UnitReport } from '@/lib/reporting/aggregate';

/**
 * Indicators computed live from reported figures: the province figure from the summed elements of
 * all units, a unit's reading from its own elements, by the indicator's formula (never typed, never
 * averaged). Only ACCEPTED reports count unless a caller asks to see submitted ones too.
 */

export type ComputableIndicator = { id: number; code: string; formula: string; baselineYear: number | null; unitReading: 'FORMULA' | 'YES_NO' | 'NONE' };

export type ReportData = { reports: UnitReport[]; elements: TimeElement[]; campaignStartYear: number };

type Row = { unitId: number; type: PeriodType; year: number; number: number; isBaseline: boolean; reportId: number; code: string; value: string };

/** The reports of a province's campaign (ACCEPTED by default), as the formula aggregation reads them. */
export async function loadReportData(
  provinceId: number,
  campaignId: number,
  options: { statuses?: WorkflowStatus[]; unitIds?: number[] } = {},
): Promise<ReportData> {
  const statuses = options.statuses ?? ['ACCEPTED'];
  const unitFilter = options.unitIds ? Prisma.sql`AND r."unitId" = ANY(${options.unitIds}::int[])` : Prisma.empty;
  const [campaign, elements, rows] = await Promise.all([
    db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { startYear: true } }),
    db.dataElement.findMany({ where: { campaignId }, select: { code: true, overTime: true } }),
    db.$queryRaw<Row[]>`
      SELECT r."unitId", p."type"::text AS "type", p."year", p."number", p."isBaseline", r.id AS "reportId", e."code", v."value"::text AS "value"
        FROM "Report" r
        JOIN "ReportingPeriod" p ON p.id = r."periodId"
        JOIN "ReportValue" v ON v."reportId" = r.id
        JOIN "DataElement" e ON e.id = v."elementId"
       WHERE r."provinceId" = ${provinceId}
         AND p."campaignId" = ${campaignId}
         AND r."status"::text = ANY(${statuses}::text[])
         AND v."value" IS NOT NULL
         ${unitFilter}`,
  ]);
  const reports = new Map<number, UnitReport & { values: Record<string, string> }>();
  for (const row of rows) {
    let report = reports.get(row.reportId);
    if (!report) {
      report = { unitId: row.unitId, period: { type: row.type, year: row.year, number: row.number, isBaseline: row.isBaseline }, values: {} };
      reports.set(row.reportId, report);
    }
    report.values[row.code] = row.value;
  }
  return { reports: [...reports.values()], elements, campaignStartYear: campaign.startYear };
}

export type IndicatorValue = {
  indicatorId: number;
  code: string;
  value: number | null;
  /** for growth and reduction indicators: the level the time function compares (a rate, an amount) */
  level: number | null;
  /** some values do not cover the whole span yet (a flow missing a quarter) */
  incomplete: boolean;
};

/** One indicator over a span, for the units given (all units of the data when none are given). */
export function computeIndicator(indicator: ComputableIndicator, data: ReportData, span: Span, unitIds?: readonly number[]): IndicatorValue {
  const tree = parseFormula(indicator.formula);
  const formulaData = buildFormulaData({
    reports: data.reports,
    elements: data.elements,
    span,
    unitIds,
    campaignStartYear: data.campaignStartYear,
    baselineYear: indicator.baselineYear,
  });
  const time = timeFunctionOf(tree);
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    value: evaluateFormula(tree, formulaData),
    level: time ? evaluateFormula(time.level, formulaData) : null,
    incomplete: formulaData.incomplete.length > 0,
  };
}

/** Every unit's reading of the indicators that have one, over a span. */
export function computeUnitReadings(indicators: readonly ComputableIndicator[], data: ReportData, span: Span, unitIds: readonly number[]) {
  const readings = new Map<number, Map<number, IndicatorValue>>();
  const byUnit = new Map<number, UnitReport[]>();
  for (const report of data.reports) {
    const list = byUnit.get(report.unitId) ?? [];
    list.push(report);
    byUnit.set(report.unitId, list);
  }
  for (const unitId of unitIds) {
    const own = { ...data, reports: byUnit.get(unitId) ?? [] };
    const values = new Map<number, IndicatorValue>();
    for (const indicator of indicators) {
      if (indicator.unitReading === 'NONE') continue;
      values.set(indicator.id, computeIndicator(indicator, own, span, [unitId]));
    }
    readings.set(unitId, values);
  }
  return readings;
}

/** The latest span with data: the year and last quarter any accepted report covers. */
export function latestSpan(data: ReportData): Span | null {
  let best: { year: number; quarter: number } | null = null;
  for (const r of data.reports) {
    if (r.period.isBaseline) continue;
    const quarter = r.period.type === 'QUARTER' ? r.period.number : r.period.type === 'HALF_YEAR' ? 2 * r.period.number : 4;
    if (!best || r.period.year > best.year || (r.period.year === best.year && quarter > best.quarter)) best = { year: r.period.year, quarter };
  }
  if (!best) return null;
  return best.quarter === 4 ? { year: best.year } : { year: best.year, quarter: best.quarter as 1 | 2 | 3 };
}
