/**
 * Where an indicator is heading: its yearly history projected to the target year, and the call
 * (on track / at risk / off track), or "not enough history" when the method cannot say. Pure.
 *
 * The method, stated once here and, in words, in dashboard.projection.method.* for the tooltip:
 * 1. Only complete years count. The open year, flagged `partial`, is returned for the chart but is
 *    neither fitted nor judged: a year-to-date reading of a flow (new Party members, revenue growth)
 *    is not comparable with a whole year.
 * 2. A least-squares straight line through the complete years (at least MIN_POINTS of them) gives the
 *    yearly trend; its value in the target year is the projection, held inside the value's natural
 *    bounds (a share 0–100 when the caller says so, a rank from 1, progress 0–1).
 * 3. What the value is, per kind: the level itself (AT_LEAST, GREATER_THAN, LESS_THAN, EQUALS, RANGE);
 *    already the average rate from the baseline to that year (AVERAGE_GROWTH_PER_YEAR,
 *    REDUCE_BY_MORE_THAN_PER_YEAR: growth_avg / drop_pp_avg / mean_rate formulas), so the trend is the
 *    trend of the term average; that year's fall (REDUCE_BY_AT_LEAST_PER_YEAR, drop_yoy); the fall so
 *    far against the baseline (REDUCE_BY_AT_LEAST, drop_pct). Lower is better for LESS_THAN and
 *    RANK_WITHIN_TOP (1 is the best rank); higher is better for the rest. BOOLEAN_DONE reads 1 = done,
 *    a fraction = progress.
 * 4. "Attains" uses the kind's own bound: strict for "trên"/"dưới" (GREATER_THAN, LESS_THAN,
 *    REDUCE_BY_MORE_THAN_PER_YEAR), inclusive otherwise; RANGE includes both ends; EQUALS (100%) is
 *    reached by a trend that gets to the value, even if the straight line runs past it.
 * 5. The call, with L the latest complete year and P the projection:
 *    - the target year is over (a complete value for it exists): L attains → on track, else off track;
 *    - by-year target: P attains → on track; L attains but P does not → at risk (the trend leads out);
 *    - annual target (each year / the term average): L and P attain → on track; only one does → at risk;
 *    - neither attains: at risk when P covers at least AT_RISK_COVERAGE of the distance still to go
 *      from L to the target (or a RANGE trend jumps over the range), off track otherwise.
 *    - BOOLEAN_DONE: done (any reading, even this year's) → on track; not done after the target year →
 *      off track; progress fractions → the trend as above; only "not yet" readings → not enough
 *      history, since a yes/no that has not flipped has no trend to extend.
 */
import type { Comparison, Horizon } from '@/lib/generated/prisma/enums';

export const MIN_POINTS = 2;
/** Share of the remaining distance to the target the trend must cover to be "at risk" rather than "off track". */
export const AT_RISK_COVERAGE = 0.75;

export type ProjectionStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'INSUFFICIENT_HISTORY';
export type YearValue = { year: number; value: number };
export type HistoryPoint = YearValue & { partial?: boolean };
export type ProjectedPoint = YearValue & { projected: boolean };

export type ProjectionInput = {
  comparison: Comparison;
  target: { value?: number | null; min?: number | null; max?: number | null };
  horizon: Horizon;
  /** BY_YEAR: the year the target is due; ANNUAL: the last year the annual target runs (the campaign's end). */
  targetYear: number;
  currentYear: number;
  /** Accepted yearly values; a year given twice keeps the last one. */
  history: ReadonlyArray<HistoryPoint>;
  /** The value's natural bounds, e.g. { min: 0, max: 100 } for a share. */
  bounds?: { min?: number; max?: number };
};

export type ProjectionMessage = { key: `dashboard.projection.${string}`; params: Record<string, number> };

export type Projection = {
  status: ProjectionStatus;
  targetYear: number;
  /** the latest complete year */
  latest: YearValue | null;
  /** the open year's reading: shown, not used */
  partial: YearValue | null;
  /** the trend's value in the target year */
  projected: number | null;
  /** change per year along the trend */
  slope: number | null;
  /** the trend line from the first fitted year to the target year; `projected` marks years after `latest` */
  points: ProjectedPoint[];
  pointsUsed: number;
  pointsNeeded: number;
  method: ProjectionMessage;
  reason: ProjectionMessage;
  /** what the value means for this kind (an average rate, lower is better, progress) */
  notes: ProjectionMessage[];
};

const LOWER_IS_BETTER: ReadonlySet<Comparison> = new Set(['LESS_THAN', 'RANK_WITHIN_TOP']);
const AVERAGE_RATE: ReadonlySet<Comparison> = new Set(['AVERAGE_GROWTH_PER_YEAR', 'REDUCE_BY_MORE_THAN_PER_YEAR']);

/** Float noise off (0.1 + 0.2), so "exactly on target" compares exactly against strict bounds. */
const clean = (v: number) => Number(v.toPrecision(12));
const msg = (key: string, params: Record<string, number> = {}): ProjectionMessage => ({ key: `dashboard.projection.${key}`, params });

type Goal = {
  attains: (v: number) => boolean;
  /** whether a projection starting from `from` gets there (EQUALS: passing 100% on the way counts) */
  reaches: (from: number, v: number) => boolean;
  /** the bound to move towards from `from`, and which way is better (+1 up, -1 down) */
  towards: (from: number) => { bound: number; direction: 1 | -1 };
  /** for RANGE: whether v jumped past the far end coming from `from` */
  overshoots: (from: number, v: number) => boolean;
};

function required(value: number | null | undefined, what: string, comparison: Comparison): number {
  if (value === null || value === undefined || !Number.isFinite(value)) throw new Error(`projection: ${comparison} needs target ${what}`);
  return value;
}

function goalOf(comparison: Comparison, target: ProjectionInput['target']): Goal {
  const never = () => false;
  if (comparison === 'RANGE') {
    const min = required(target.min, 'min', comparison);
    const max = required(target.max, 'max', comparison);
    return {
      attains: (v) => v >= min && v <= max,
      reaches: (_from, v) => v >= min && v <= max,
      towards: (from) => (from > max ? { bound: max, direction: -1 } : { bound: min, direction: 1 }),
      overshoots: (from, v) => (from < min && v > max) || (from > max && v < min),
    };
  }
  if (comparison === 'BOOLEAN_DONE') {
    const done = (v: number) => v >= 1;
    return { attains: done, reaches: (_from, v) => done(v), towards: () => ({ bound: 1, direction: 1 }), overshoots: never };
  }
  const t = required(target.value, 'value', comparison);
  if (comparison === 'EQUALS') {
    return {
      attains: (v) => v === t,
      reaches: (from, v) => (from === t ? v === t : from < t ? v >= t : v <= t),
      towards: (from) => ({ bound: t, direction: from > t ? -1 : 1 }),
      overshoots: never,
    };
  }
  const strict = comparison === 'GREATER_THAN' || comparison === 'LESS_THAN' || comparison === 'REDUCE_BY_MORE_THAN_PER_YEAR';
  const direction = LOWER_IS_BETTER.has(comparison) ? -1 : 1;
  const attains = (v: number) => {
    const margin = direction * (v - t);
    return strict ? margin > 0 : margin >= 0;
  };
  return { attains, reaches: (_from, v) => attains(v), towards: () => ({ bound: t, direction }), overshoots: never };
}

/** Ordinary least squares over (year, value): value = intercept + slope * year. */
export function linearTrend(points: ReadonlyArray<YearValue>): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanX) * (p.value - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

function boundsOf(input: ProjectionInput): { min: number; max: number } {
  const min = input.bounds?.min ?? (input.comparison === 'RANK_WITHIN_TOP' ? 1 : input.comparison === 'BOOLEAN_DONE' ? 0 : -Infinity);
  const max = input.bounds?.max ?? (input.comparison === 'BOOLEAN_DONE' ? 1 : Infinity);
  return { min, max };
}

function notesOf(comparison: Comparison): ProjectionMessage[] {
  const notes: ProjectionMessage[] = [];
  if (AVERAGE_RATE.has(comparison)) notes.push(msg('note.averageRate'));
  if (comparison === 'REDUCE_BY_AT_LEAST_PER_YEAR') notes.push(msg('note.yearOnYear'));
  if (comparison === 'REDUCE_BY_AT_LEAST') notes.push(msg('note.sinceBaseline'));
  if (LOWER_IS_BETTER.has(comparison)) notes.push(msg('note.lowerIsBetter'));
  if (comparison === 'BOOLEAN_DONE') notes.push(msg('note.progress'));
  return notes;
}

export function projectIndicator(input: ProjectionInput): Projection {
  const { comparison, targetYear, currentYear } = input;
  const byYear = new Map<number, HistoryPoint>();
  for (const p of input.history) if (Number.isFinite(p.value) && p.year <= currentYear) byYear.set(p.year, p);
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const complete = sorted.filter((p) => !p.partial).map(({ year, value }) => ({ year, value: clean(value) }));
  const open = sorted.filter((p) => p.partial).at(-1);
  const latest = complete.at(-1) ?? null;
  const goal = goalOf(comparison, input.target);

  const base = {
    targetYear,
    latest,
    partial: open ? { year: open.year, value: clean(open.value) } : null,
    projected: null,
    slope: null,
    points: [],
    pointsUsed: complete.length,
    pointsNeeded: MIN_POINTS,
    notes: notesOf(comparison),
  };
  const result = (status: ProjectionStatus, method: ProjectionMessage, reason: ProjectionMessage, extra: Partial<Projection> = {}): Projection => ({
    ...base,
    status,
    method,
    reason,
    ...extra,
  });

  if (comparison === 'BOOLEAN_DONE') {
    const done = sorted.find((p) => goal.attains(p.value));
    if (done) return result('ON_TRACK', msg('method.done'), msg('reason.done', { year: done.year }));
    if (currentYear > targetYear) return result('OFF_TRACK', msg('method.done'), msg('reason.notDoneByHorizon', { targetYear }));
    if (!complete.some((p) => p.value > 0)) {
      return result('INSUFFICIENT_HISTORY', msg('method.done'), msg('reason.noProgressMeasure'));
    }
  }

  // The target year is over and its value is in: judge it, nothing to project.
  const final = complete.find((p) => p.year === targetYear) ?? (latest && latest.year > targetYear ? latest : undefined);
  if (final) {
    const params = { year: final.year, value: final.value };
    return goal.attains(final.value)
      ? result('ON_TRACK', msg('method.final', { year: final.year }), msg('reason.attainedAtHorizon', params))
      : result('OFF_TRACK', msg('method.final', { year: final.year }), msg('reason.missedAtHorizon', params));
  }

  if (!latest || complete.length < MIN_POINTS) {
    return result(
      'INSUFFICIENT_HISTORY',
      msg('method.insufficient', { have: complete.length, need: MIN_POINTS }),
      msg('reason.insufficientHistory', { have: complete.length, need: MIN_POINTS }),
    );
  }

  const { slope, intercept } = linearTrend(complete);
  const { min, max } = boundsOf(input);
  const at = (year: number) => clean(Math.min(max, Math.max(min, intercept + slope * year)));
  const points: ProjectedPoint[] = [];
  for (let year = complete[0].year; year <= targetYear; year++) points.push({ year, value: at(year), projected: year > latest.year });
  const projected = at(targetYear);
  const annual = input.horizon === 'ANNUAL';
  const method = msg(annual ? 'method.annual' : 'method.linear', {
    points: complete.length,
    from: complete[0].year,
    to: latest.year,
    targetYear,
    coverage: AT_RISK_COVERAGE * 100,
  });
  const extra = { projected, slope: clean(slope), points };
  const values = { latest: latest.value, projected, targetYear };

  const latestAttains = goal.attains(latest.value);
  const projectedAttains = goal.reaches(latest.value, projected);
  if (latestAttains && projectedAttains) return result('ON_TRACK', method, msg('reason.keepsTarget', values), extra);
  if (latestAttains) return result('AT_RISK', method, msg('reason.trendLeavesTarget', values), extra);
  if (projectedAttains) {
    return annual
      ? result('AT_RISK', method, msg('reason.annualMissedTrendRecovers', values), extra)
      : result('ON_TRACK', method, msg('reason.projectedAttains', values), extra);
  }
  if (goal.overshoots(latest.value, projected)) return result('AT_RISK', method, msg('reason.overshootsRange', values), extra);
  const { bound, direction } = goal.towards(latest.value);
  const toGo = direction * (bound - latest.value);
  const coverage = toGo > 0 ? (direction * (projected - latest.value)) / toGo : 0;
  const covered = { ...values, coverage: Math.round(Math.max(0, coverage) * 100) };
  return coverage >= AT_RISK_COVERAGE
    ? result('AT_RISK', method, msg('reason.closeToTarget', covered), extra)
    : result('OFF_TRACK', method, msg('reason.projectedFallsShort', covered), extra);
}
