import 'server-only';
/**
 * The province overview: every indicator of the plan by contest area, its latest accepted value
 * against its target, its yearly history and where the trend leads by the target year. Computed on
 * each request from accepted figures (lib/dashboard/indicator-figures.ts); with `withSubmitted`,
 * the figures with the submitted-but-not-accepted reports are given beside them, never mixed in.
 */
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import type { Comparison } from '@/lib/generated/prisma/enums';
import { getActiveCampaign } from '@/lib/catalogue/queries';
import { timeFunctionOf, parseFormula } from '@/lib/catalogue/formula';
import { projectIndicator, type Projection } from './projection';
import { provinceHistories, type HistoryPoint } from './indicator-figures';
import { overviewCatalogue } from './catalogue';

const LEVEL_KINDS: ReadonlySet<Comparison> = new Set(['AT_LEAST', 'GREATER_THAN', 'LESS_THAN', 'EQUALS', 'RANGE']);
const num = (v: string | null) => (v === null ? null : Number(v));

/** A share (a level in %) cannot leave 0–100 whatever the trend says; rates and amounts can. */
function boundsOf(indicator: { comparison: Comparison; unitLabel: string; formula: string }) {
  if (!LEVEL_KINDS.has(indicator.comparison) || !indicator.unitLabel.trim().startsWith('%')) return undefined;
  try {
    return timeFunctionOf(parseFormula(indicator.formula)) ? undefined : { min: 0, max: 100 };
  } catch {
    return undefined;
  }
}

export type OverviewPoint = Pick<HistoryPoint, 'year' | 'quarter' | 'partial' | 'incomplete'> & { value: number };

const valued = (points: readonly HistoryPoint[] | undefined): OverviewPoint[] =>
  (points ?? []).filter((p): p is HistoryPoint & { value: number } => p.value !== null).map(({ year, quarter, partial, incomplete, value }) => ({ year, quarter, partial, incomplete, value }));

export async function getOverview(actor: Actor, options: { withSubmitted?: boolean } = {}) {
  requirePermission(actor, 'dashboard:overview');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const scope = { provinceId: actor.provinceId, campaign };
  const { indicators, elements, periods, pendingPeriods, borderUnknown, pendingReports } = await overviewCatalogue(actor.provinceId, campaign.id);
  const [accepted, submitted] = await Promise.all([
    provinceHistories(scope, indicators, elements, periods),
    options.withSubmitted ? provinceHistories({ ...scope, withSubmitted: true }, indicators, elements, pendingPeriods) : Promise.resolve(null),
  ]);
  const currentYear = Number(vnDay().slice(0, 4));
  const borderElementIds = new Set(elements.filter((e) => e.reporterGroups.includes('BORDER_COMMUNES')).map((e) => e.id));

  const rows = indicators.map((indicator) => {
    const history = valued(accepted.histories.get(indicator.id));
    const targetYear = indicator.horizon === 'BY_YEAR' ? (indicator.horizonYear ?? campaign.endYear) : campaign.endYear;
    let projection: Projection | null = null;
    try {
      projection = projectIndicator({
        comparison: indicator.comparison,
        target: { value: num(indicator.targetValue), min: num(indicator.targetMin), max: num(indicator.targetMax) },
        horizon: indicator.horizon,
        targetYear,
        currentYear,
        history: history.map((p) => ({ year: p.year, value: p.value, partial: p.partial })),
        bounds: boundsOf(indicator),
      });
    } catch {
      // A target the catalogue left without its number: nothing to project against.
      projection = null;
    }
    const pendingHistory = submitted ? valued(submitted.histories.get(indicator.id)) : null;
    return {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      unitLabel: indicator.unitLabel,
      comparison: indicator.comparison,
      targetValue: indicator.targetValue,
      targetMin: indicator.targetMin,
      targetMax: indicator.targetMax,
      horizon: indicator.horizon,
      targetYear,
      area: indicator.area,
      history,
      latest: history.at(-1) ?? null,
      projection,
      borderCommunes: indicator.elementIds.some((id) => borderElementIds.has(id)),
      pending: pendingHistory ? (pendingHistory.at(-1) ?? null) : undefined,
    };
  });
  const areas = [...new Map(rows.map((r) => [r.area.id, r.area])).values()]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((area) => ({ ...area, indicators: rows.filter((r) => r.area.id === area.id) }));
  return {
    campaign: { id: campaign.id, name: campaign.name, startYear: campaign.startYear, endYear: campaign.endYear },
    latest: accepted.latest,
    currentYear,
    areas,
    borderUnknown,
    pending: options.withSubmitted ? { reports: pendingReports, latest: submitted?.latest ?? null } : null,
    /** submitted reports awaiting review, said beside the toggle */
    awaiting: pendingReports,
  };
}

export type Overview = NonNullable<Awaited<ReturnType<typeof getOverview>>>;
export type OverviewIndicator = Overview['areas'][number]['indicators'][number];
