import 'server-only';
/**
 * Section I of a summary: every indicator of the plan by contest area, the province figure over the
 * report's span from ACCEPTED figures (lib/indicators/compute), its target and attainment
 * (lib/appraisal/attainment), and for the review years each campaign year's figure and the
 * projection to the target year (lib/dashboard/projection).
 */
import { db } from '@/lib/db';
import type { Comparison } from '@/lib/generated/prisma/enums';
import { computeIndicator, latestSpan, loadReportData, type ComputableIndicator, type ReportData } from '@/lib/indicators/compute';
import { assessAttainment, targetFromRow, type AttainmentTarget } from '@/lib/appraisal/attainment';
import { projectIndicator, type HistoryPoint } from '@/lib/dashboard/projection';
import { targetText } from '@/lib/catalogue/target-text';
import type { Span } from '@/lib/reporting/aggregate';
import type { AreaBlock, IndicatorLine } from './summary-types';
import type { ReportScope } from './scope';
import { unitWords } from './words';

/** Kinds whose value is a level: a share in % stays within 0–100 when projected. */
const LEVEL_KINDS: ReadonlySet<Comparison> = new Set(['AT_LEAST', 'GREATER_THAN', 'LESS_THAN', 'EQUALS', 'RANGE']);

/** The latest span with accepted figures between two years: a whole year once any unit has it, else its latest quarter. */
function latestSpanIn(data: ReportData, from: number, to: number): Span | null {
  return latestSpan({ ...data, reports: data.reports.filter((r) => r.period.year >= from && r.period.year <= to) });
}

type Row = ComputableIndicator & {
  name: string;
  unitLabel: string;
  comparison: Comparison;
  horizon: 'ANNUAL' | 'BY_YEAR';
  horizonYear: number | null;
  targetValue: { toString(): string } | null;
  targetMin: { toString(): string } | null;
  targetMax: { toString(): string } | null;
};

function yearlyOf(row: Row, data: ReportData, years: number[], lastSpan: Span | null) {
  return years.map((year) => {
    const span = year === lastSpan?.year ? lastSpan : latestSpanIn(data, year, year);
    if (!span) return { year, value: null, partial: false };
    return { year, value: computeIndicator(row, data, span).value, partial: span.quarter !== undefined };
  });
}

function projectionOf(row: Row, target: AttainmentTarget, history: HistoryPoint[], scope: ReportScope): IndicatorLine['projection'] {
  const targetYear = row.horizon === 'BY_YEAR' ? (row.horizonYear ?? scope.campaign.endYear) : scope.campaign.endYear;
  try {
    const p = projectIndicator({
      comparison: row.comparison,
      target,
      horizon: row.horizon,
      targetYear,
      currentYear: scope.year,
      history,
      bounds: row.unitLabel.trim() === '%' && LEVEL_KINDS.has(row.comparison) ? { min: 0, max: 100 } : undefined,
    });
    return { status: p.status, targetYear, projected: p.projected };
  } catch {
    // A target the catalogue left incomplete cannot be projected; the attainment column says NO_DATA too.
    return { status: 'INSUFFICIENT_HISTORY', targetYear, projected: null };
  }
}

export async function buildIndicatorSection(scope: ReportScope, review: boolean): Promise<{ span: Span | null; areas: AreaBlock[] }> {
  const [rows, data] = await Promise.all([
    db.indicator.findMany({
      where: { campaignId: scope.campaign.id, active: true },
      orderBy: [{ contestArea: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
      include: { contestArea: { select: { code: true, name: true } } },
    }),
    loadReportData(scope.province.id, scope.campaign.id),
  ]);
  // A review report asked for before its year has data (sơ kết prepared early in 2028) shows the latest figures so far.
  const span = scope.periodSpan ?? latestSpanIn(data, scope.firstYear, scope.year);
  const years = review ? range(scope.firstYear, scope.year) : [];

  const areas: AreaBlock[] = [];
  for (const row of rows) {
    const target = targetFromRow(row);
    const computed = span ? computeIndicator(row, data, span) : null;
    // "giảm ít nhất x% mỗi năm" holds only if every campaign year so far did
    const everyYear = row.comparison === 'REDUCE_BY_AT_LEAST_PER_YEAR' && span ? yearlyOf(row, data, range(scope.campaign.startYear, span.year), span) : null;
    const attainment = assessAttainment({
      comparison: row.comparison,
      value: computed?.value ?? null,
      target,
      ...(everyYear ? { yearly: everyYear.map(({ year, value }) => ({ year, value })) } : {}),
    });
    const yearly = review ? yearlyOf(row, data, years, span) : [];
    const history = yearly.filter((y): y is { year: number; value: number; partial: boolean } => y.value !== null);
    const line: IndicatorLine = {
      code: row.code,
      name: row.name,
      unitLabel: unitWords(row.unitLabel),
      target: targetText({ ...row, unitLabel: unitWords(row.unitLabel) }, 'vi'),
      value: computed?.value ?? null,
      incomplete: computed?.incomplete ?? false,
      attainment: attainment.status,
      yearly,
      projection: review ? projectionOf(row, target, history, scope) : null,
    };
    let area = areas.at(-1);
    if (!area || area.code !== row.contestArea.code) {
      area = { code: row.contestArea.code, name: row.contestArea.name, indicators: [] };
      areas.push(area);
    }
    area.indicators.push(line);
  }
  return { span, areas };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
