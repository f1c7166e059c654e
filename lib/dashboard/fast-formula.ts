/**
 * The formula's value from pre-summed span values, with the same evaluator as the reference
 * (lib/indicators/compute.ts computeIndicator): only the way the units' values reach it changes.
 *
 * The evaluator reads a snapshot, one map of values per unit. A bare element code outside
 * sum()/count() adds its values over the units, so for such codes one map holding the SUM over the
 * units (computed by the database) gives the same result as one map per unit. Codes read inside
 * sum()/count() are evaluated unit by unit, so for those the units' own values are given. A code
 * used both ways is given per unit only (the bare sum then adds the units' maps, as the reference
 * does). An aggregate with no element inside (count(1)) would count every unit of the data, which
 * summed values cannot say: `needsEveryUnit` tells the caller to use the reference path.
 * Pure: no I/O.
 */
import { AGGREGATES, evaluateFormula, formulaElements, parseFormula, timeFunctionOf, type FormulaNode, type Snapshot, type TimeFunction } from '@/lib/catalogue/formula';
import type { OverTime } from '@/lib/generated/prisma/enums';
import type { Span } from '@/lib/reporting/aggregate';

export type FormulaPlan = {
  tree: FormulaNode;
  time: { fn: TimeFunction; level: FormulaNode } | null;
  /** every element code the formula reads */
  codes: string[];
  /** codes read inside sum()/count(): each unit's own value is needed */
  perUnit: string[];
  /** codes only read as bare sums over the units */
  summed: string[];
  needsEveryUnit: boolean;
};

export function planFormula(formula: string): FormulaPlan {
  const tree = parseFormula(formula);
  const perUnit = new Set<string>();
  const bare = new Set<string>();
  let needsEveryUnit = false;
  const walk = (node: FormulaNode, inAggregate: boolean) => {
    if (node.kind === 'element') (inAggregate ? perUnit : bare).add(node.code);
    else if (node.kind === 'unary') walk(node.arg, inAggregate);
    else if (node.kind === 'binary') {
      walk(node.left, inAggregate);
      walk(node.right, inAggregate);
    } else if (node.kind === 'call') {
      const aggregate = (AGGREGATES as readonly string[]).includes(node.fn);
      if (aggregate && node.args.some((a) => formulaElements(a).length === 0)) needsEveryUnit = true;
      node.args.forEach((a) => walk(a, inAggregate || aggregate));
    }
  };
  walk(tree, false);
  return {
    tree,
    time: timeFunctionOf(tree),
    codes: formulaElements(tree),
    perUnit: [...perUnit],
    summed: [...bare].filter((c) => !perUnit.has(c)),
    needsEveryUnit,
  };
}

/** The sum of an element's values over the units in scope, for one span. */
export type ElementSum = { sum: number; count: number; incomplete: number };
export type UnitValue = { value: number; complete: boolean };

/** What the database gives for a span ending at `quarter` of `year`. */
export type SpanSource = {
  sum(code: string, year: number, quarter: number): ElementSum | undefined;
  units(code: string, year: number, quarter: number): ReadonlyMap<number, UnitValue> | undefined;
};

export type FastValue = { value: number | null; level: number | null; incomplete: boolean };

export type FastContext = {
  overTime: ReadonlyMap<string, OverTime>;
  campaignStartYear: number;
  /** the indicator's baseline year, else the year the scope reported its baseline, else the year before the campaign */
  baselineYear: number;
  /** one unit's reading: its values form exactly one unit of the snapshot, as in the reference */
  singleUnit?: boolean;
};

type SpanOf = (code: string) => { year: number; quarter: number };

function snapshotOf(plan: FormulaPlan, source: SpanSource, spanOf: SpanOf, singleUnit: boolean): { snapshot: Snapshot; incomplete: boolean } {
  if (singleUnit) {
    const values = new Map<string, number>();
    let incomplete = false;
    for (const code of plan.codes) {
      const { year, quarter } = spanOf(code);
      const s = source.sum(code, year, quarter);
      if (!s || s.count === 0) continue;
      values.set(code, s.sum);
      if (s.incomplete > 0) incomplete = true;
    }
    return { snapshot: [values], incomplete };
  }
  const byUnit = new Map<number, Map<string, number>>();
  let incomplete = false;
  for (const code of plan.perUnit) {
    const { year, quarter } = spanOf(code);
    for (const [unitId, v] of source.units(code, year, quarter) ?? []) {
      let values = byUnit.get(unitId);
      if (!values) byUnit.set(unitId, (values = new Map()));
      values.set(code, v.value);
      if (!v.complete) incomplete = true;
    }
  }
  const sums = new Map<string, number>();
  for (const code of plan.summed) {
    const { year, quarter } = spanOf(code);
    const s = source.sum(code, year, quarter);
    if (!s || s.count === 0) continue;
    sums.set(code, s.sum);
    if (s.incomplete > 0) incomplete = true;
  }
  const snapshot = [...byUnit.values()];
  if (sums.size > 0) snapshot.push(sums);
  return { snapshot, incomplete };
}

/** The spans (year, last quarter) a computation over `span` reads, so the caller can ask for them. */
export function spansRead(span: Span, context: Pick<FastContext, 'campaignStartYear' | 'baselineYear'>): Array<{ year: number; quarter: number }> {
  const q = span.quarter ?? 4;
  const spans = [
    { year: span.year, quarter: q },
    { year: context.baselineYear, quarter: 4 },
    { year: context.baselineYear, quarter: q },
    { year: span.year - 1, quarter: q },
  ];
  for (let year = context.campaignStartYear; year < span.year; year++) spans.push({ year, quarter: 4 });
  return spans;
}

/**
 * The indicator over a span, as computeIndicator gives it; `incomplete` looks at the formula's own
 * elements (the reference also flags unrelated elements of the same units).
 */
export function computeFast(plan: FormulaPlan, span: Span, source: SpanSource, context: FastContext): FastValue {
  const q = span.quarter ?? 4;
  const at = (year: number, quarter: number) => () => ({ year, quarter });
  const one = context.singleUnit ?? false;
  const current = snapshotOf(plan, source, at(span.year, q), one);
  const baseline = snapshotOf(plan, source, (code) => ({ year: context.baselineYear, quarter: context.overTime.get(code) === 'STOCK' ? 4 : q }), one);
  const previous = snapshotOf(plan, source, at(span.year - 1, q), one);
  const years: Array<{ year: number; snapshot: Snapshot }> = [];
  for (let year = context.campaignStartYear; year <= span.year; year++) {
    years.push({ year, snapshot: year === span.year ? current.snapshot : snapshotOf(plan, source, at(year, 4), one).snapshot });
  }
  const data = { year: span.year, current: current.snapshot, baselineYear: context.baselineYear, baseline: baseline.snapshot, previous: previous.snapshot, years };
  return {
    value: evaluateFormula(plan.tree, data),
    level: plan.time ? evaluateFormula(plan.time.level, data) : null,
    incomplete: current.incomplete,
  };
}

/**
 * A source over one unit's own values (a unit reading, with `singleUnit`): its values by
 * "code:year:quarter".
 */
export function unitSource(values: ReadonlyMap<string, UnitValue> | undefined, unitId: number): SpanSource {
  const own = (code: string, year: number, quarter: number) => values?.get(`${code}:${year}:${quarter}`);
  return {
    sum(code, year, quarter) {
      const v = own(code, year, quarter);
      return v ? { sum: v.value, count: 1, incomplete: v.complete ? 0 : 1 } : undefined;
    },
    units(code, year, quarter) {
      const v = own(code, year, quarter);
      return v ? new Map([[unitId, v]]) : undefined;
    },
  };
}
