import { describe, expect, it } from 'vitest';
import { computeFast, planFormula, spansRead, type SpanSource } from '@/lib/dashboard/fast-formula';

describe('formula plans', () => {
  it('splits the codes read as sums over units from those read unit by unit', () => {
    expect(planFormula('100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL')).toMatchObject({ summed: ['DOSSIERS_ONLINE', 'DOSSIERS_TOTAL'], perUnit: [], needsEveryUnit: false });
    expect(planFormula('100 * sum(min(A, B)) / count(min(A, B))')).toMatchObject({ summed: [], perUnit: ['A', 'B'] });
    // A code read both ways is given per unit; a bare sum then adds the units' own maps.
    expect(planFormula('A + sum(A > 1) + B')).toMatchObject({ summed: ['B'], perUnit: ['A'] });
    expect(planFormula('count(1) + A').needsEveryUnit).toBe(true);
    expect(planFormula('drop_yoy(X)').time?.fn).toBe('drop_yoy');
  });

  it('names the spans a computation reads: current, baseline, previous year and whole campaign years', () => {
    expect(spansRead({ year: 2028, quarter: 2 }, { campaignStartYear: 2026, baselineYear: 2025 })).toEqual([
      { year: 2028, quarter: 2 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 2 },
      { year: 2027, quarter: 2 },
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 4 },
    ]);
  });

  it('evaluates from database sums and per-unit values as the reference evaluator does', () => {
    const sums: Record<string, { sum: number; count: number; incomplete: number }> = {
      'ONLINE:2027:4': { sum: 130, count: 2, incomplete: 0 },
      'TOTAL:2027:4': { sum: 300, count: 2, incomplete: 1 },
    };
    const units: Record<string, Map<number, { value: number; complete: boolean }>> = {
      'YES:2027:4': new Map([[1, { value: 1, complete: true }], [2, { value: 0, complete: true }], [3, { value: 1, complete: true }]]),
    };
    const source: SpanSource = { sum: (c, y, q) => sums[`${c}:${y}:${q}`], units: (c, y, q) => units[`${c}:${y}:${q}`] };
    const context = { overTime: new Map(), campaignStartYear: 2026, baselineYear: 2025 };
    expect(computeFast(planFormula('100 * ONLINE / TOTAL'), { year: 2027 }, source, context)).toMatchObject({ incomplete: true });
    expect(computeFast(planFormula('100 * ONLINE / TOTAL'), { year: 2027 }, source, context).value).toBeCloseTo(43.333, 3);
    expect(computeFast(planFormula('100 * sum(YES) / count(YES)'), { year: 2027 }, source, context).value).toBeCloseTo(66.667, 3);
    expect(computeFast(planFormula('100 * ONLINE / TOTAL'), { year: 2026 }, source, context).value).toBeNull();
  });
});
