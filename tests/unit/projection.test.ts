import { describe, expect, it } from 'vitest';
import { AT_RISK_COVERAGE, linearTrend, projectIndicator, type ProjectionInput } from '@/lib/dashboard/projection';
import type { Comparison } from '@/lib/generated/prisma/enums';
import viMessages from '@/lib/i18n/messages/vi/dashboard.json';
import enMessages from '@/lib/i18n/messages/en/dashboard.json';

const years = (start: number, values: number[]) => values.map((value, i) => ({ year: start + i, value }));

function project(comparison: Comparison, target: ProjectionInput['target'], values: number[], extra: Partial<ProjectionInput> = {}) {
  return projectIndicator({
    comparison,
    target,
    horizon: 'BY_YEAR',
    targetYear: 2030,
    currentYear: 2028,
    history: years(2025, values),
    ...extra,
  });
}

describe('linearTrend', () => {
  it('fits a least-squares line', () => {
    const { slope, intercept } = linearTrend(years(2025, [1, 3, 2, 4]));
    expect(slope).toBeCloseTo(0.8, 10);
    expect(intercept + slope * 2025).toBeCloseTo(1.3, 10);
  });
});

describe('projectIndicator: history', () => {
  it('says there is not enough history with fewer than two complete years, without guessing', () => {
    const p = project('AT_LEAST', { value: 20 }, [12]);
    expect(p.status).toBe('INSUFFICIENT_HISTORY');
    expect(p.projected).toBeNull();
    expect(p.points).toEqual([]);
    expect(p.pointsUsed).toBe(1);
    expect(p.pointsNeeded).toBe(2);
    expect(p.method).toEqual({ key: 'dashboard.projection.method.insufficient', params: { have: 1, need: 2 } });
    expect(p.latest).toEqual({ year: 2025, value: 12 });
  });

  it('with no history at all', () => {
    const p = project('AT_LEAST', { value: 20 }, []);
    expect(p.status).toBe('INSUFFICIENT_HISTORY');
    expect(p.latest).toBeNull();
  });

  it('shows the open year but neither fits nor judges it', () => {
    const p = projectIndicator({
      comparison: 'AT_LEAST',
      target: { value: 20 },
      horizon: 'BY_YEAR',
      targetYear: 2030,
      currentYear: 2026,
      history: [
        { year: 2025, value: 10 },
        { year: 2026, value: 40, partial: true },
      ],
    });
    expect(p.status).toBe('INSUFFICIENT_HISTORY');
    expect(p.partial).toEqual({ year: 2026, value: 40 });
    expect(p.latest).toEqual({ year: 2025, value: 10 });
  });

  it('keeps the last of a year given twice and ignores years after the current one', () => {
    const p = project('AT_LEAST', { value: 20 }, [], {
      history: [
        { year: 2025, value: 99 },
        { year: 2025, value: 10 },
        { year: 2026, value: 12 },
        { year: 2031, value: 500 },
      ],
    });
    expect(p.latest).toEqual({ year: 2026, value: 12 });
    expect(p.projected).toBe(20);
  });

  it('returns the trend line from the first fitted year to the target year, flagging the projected years', () => {
    const p = project('AT_LEAST', { value: 20 }, [10, 12, 14]);
    expect(p.points).toEqual([
      { year: 2025, value: 10, projected: false },
      { year: 2026, value: 12, projected: false },
      { year: 2027, value: 14, projected: false },
      { year: 2028, value: 16, projected: true },
      { year: 2029, value: 18, projected: true },
      { year: 2030, value: 20, projected: true },
    ]);
    expect(p.slope).toBe(2);
    expect(p.method).toEqual({
      key: 'dashboard.projection.method.linear',
      params: { points: 3, from: 2025, to: 2027, targetYear: 2030, coverage: AT_RISK_COVERAGE * 100 },
    });
  });
});

describe('projectIndicator: by-year levels (higher is better)', () => {
  it('AT_LEAST: a projection exactly on the target is on track ("trở lên" is inclusive)', () => {
    const p = project('AT_LEAST', { value: 20 }, [10, 12, 14]);
    expect(p.projected).toBe(20);
    expect(p.status).toBe('ON_TRACK');
    expect(p.reason.key).toBe('dashboard.projection.reason.projectedAttains');
  });

  it('GREATER_THAN: exactly on the target is not above it ("trên" is strict)', () => {
    const p = project('GREATER_THAN', { value: 20 }, [10, 12, 14]);
    expect(p.projected).toBe(20);
    expect(p.status).not.toBe('ON_TRACK');
    expect(project('GREATER_THAN', { value: 20 }, [10, 12.1, 14.2]).status).toBe('ON_TRACK');
  });

  it('at risk when the projection covers at least 75% of the remaining gap, off track below', () => {
    // latest 14, target 22: gap 8; projection 20 covers 6/8 = 75%
    const atRisk = project('AT_LEAST', { value: 22 }, [10, 12, 14]);
    expect(atRisk.status).toBe('AT_RISK');
    expect(atRisk.reason).toEqual({
      key: 'dashboard.projection.reason.closeToTarget',
      params: { latest: 14, projected: 20, targetYear: 2030, coverage: 75 },
    });
    // gap 8.1: 6/8.1 = 74%
    const off = project('AT_LEAST', { value: 22.1 }, [10, 12, 14]);
    expect(off.status).toBe('OFF_TRACK');
    expect(off.reason.key).toBe('dashboard.projection.reason.projectedFallsShort');
    expect(off.reason.params.coverage).toBe(74);
  });

  it('off track when the trend goes the wrong way', () => {
    const p = project('AT_LEAST', { value: 20 }, [14, 12, 10]);
    expect(p.status).toBe('OFF_TRACK');
    expect(p.reason.params.coverage).toBe(0);
  });

  it('at risk when the target is met now but the trend leads out of it', () => {
    const p = project('AT_LEAST', { value: 50 }, [60, 57, 54]);
    expect(p.status).toBe('AT_RISK');
    expect(p.reason.key).toBe('dashboard.projection.reason.trendLeavesTarget');
  });

  it('holds a share inside the bounds the caller gives', () => {
    const p = project('AT_LEAST', { value: 50 }, [60, 80, 100], { bounds: { min: 0, max: 100 } });
    expect(p.projected).toBe(100);
    expect(p.points.every((pt) => pt.value <= 100)).toBe(true);
  });

  it('EQUALS 100%: reaching the value is on track even when the straight line runs past it', () => {
    expect(project('EQUALS', { value: 100 }, [70, 80, 90]).status).toBe('ON_TRACK');
    expect(project('EQUALS', { value: 100 }, [70, 80, 90], { bounds: { min: 0, max: 100 } }).projected).toBe(100);
    expect(project('EQUALS', { value: 100 }, [100, 100, 100]).status).toBe('ON_TRACK');
    expect(project('EQUALS', { value: 100 }, [40, 45, 50]).status).toBe('OFF_TRACK');
  });

  it('REDUCE_BY_AT_LEAST: the fall so far against the baseline, higher is better', () => {
    const p = project('REDUCE_BY_AT_LEAST', { value: 40 }, [0, 8, 16]);
    expect(p.projected).toBe(40);
    expect(p.status).toBe('ON_TRACK');
    expect(p.notes.map((n) => n.key)).toEqual(['dashboard.projection.note.sinceBaseline']);
  });
});

describe('projectIndicator: lower is better', () => {
  it('LESS_THAN: a falling share under the bound is on track, exactly on it is not ("dưới" is strict)', () => {
    expect(project('LESS_THAN', { value: 15 }, [21, 19, 17]).status).toBe('ON_TRACK');
    const exact = project('LESS_THAN', { value: 15 }, [20, 19, 18]);
    expect(exact.projected).toBe(15);
    expect(exact.status).toBe('AT_RISK');
    expect(project('LESS_THAN', { value: 15 }, [19, 19.5, 20]).status).toBe('OFF_TRACK');
  });

  it('RANK_WITHIN_TOP: climbing from 31st to within the top 25 is on track; exactly 25th counts', () => {
    const p = project('RANK_WITHIN_TOP', { value: 25 }, [35, 33, 31]);
    expect(p.projected).toBe(25);
    expect(p.status).toBe('ON_TRACK');
    expect(p.notes.map((n) => n.key)).toEqual(['dashboard.projection.note.lowerIsBetter']);
  });

  it('RANK_WITHIN_TOP: a rank never projects above 1st', () => {
    const p = project('RANK_WITHIN_TOP', { value: 25 }, [20, 10, 5]);
    expect(p.projected).toBe(1);
    expect(p.status).toBe('ON_TRACK');
  });

  it('RANK_WITHIN_TOP: a falling rank is at risk while inside, off track when far outside', () => {
    expect(project('RANK_WITHIN_TOP', { value: 25 }, [20, 22, 24]).status).toBe('AT_RISK');
    expect(project('RANK_WITHIN_TOP', { value: 25 }, [28, 29, 30]).status).toBe('OFF_TRACK');
  });
});

describe('projectIndicator: RANGE', () => {
  it('on track when the projection lands inside (ends included)', () => {
    expect(project('RANGE', { min: 75, max: 80 }, [60, 63, 66]).projected).toBe(75);
    expect(project('RANGE', { min: 75, max: 80 }, [60, 63, 66]).status).toBe('ON_TRACK');
    expect(project('RANGE', { min: 75, max: 80 }, [65, 68, 71]).projected).toBe(80);
    expect(project('RANGE', { min: 75, max: 80 }, [65, 68, 71]).status).toBe('ON_TRACK');
  });

  it('at risk when the trend jumps over the range', () => {
    const p = project('RANGE', { min: 75, max: 80 }, [60, 66, 72]);
    expect(p.projected).toBe(90);
    expect(p.status).toBe('AT_RISK');
    expect(p.reason.key).toBe('dashboard.projection.reason.overshootsRange');
  });

  it('from above the range, the gap is to the upper end', () => {
    expect(project('RANGE', { min: 7, max: 10 }, [14, 13, 12]).status).toBe('ON_TRACK');
    expect(project('RANGE', { min: 7, max: 10 }, [14, 14, 14]).status).toBe('OFF_TRACK');
  });
});

describe('projectIndicator: annual targets', () => {
  const annual = (comparison: Comparison, target: ProjectionInput['target'], values: number[]) =>
    project(comparison, target, values, { horizon: 'ANNUAL' });

  it('judges the latest year and the trend: both meet → on track', () => {
    const p = annual('AVERAGE_GROWTH_PER_YEAR', { value: 12 }, [12.5, 12.6, 12.7]);
    expect(p.status).toBe('ON_TRACK');
    expect(p.method.key).toBe('dashboard.projection.method.annual');
    expect(p.notes.map((n) => n.key)).toEqual(['dashboard.projection.note.averageRate']);
  });

  it('a latest year exactly on an inclusive target counts as met', () => {
    expect(annual('REDUCE_BY_AT_LEAST_PER_YEAR', { value: 5 }, [5, 5, 5]).status).toBe('ON_TRACK');
  });

  it('a missed latest year is at most at risk, even when the trend recovers (unlike a by-year target)', () => {
    const values = [8, 8.5, 9];
    expect(annual('AT_LEAST', { value: 10 }, values).status).toBe('AT_RISK');
    expect(annual('AT_LEAST', { value: 10 }, values).reason.key).toBe('dashboard.projection.reason.annualMissedTrendRecovers');
    expect(project('AT_LEAST', { value: 10 }, values).status).toBe('ON_TRACK');
  });

  it('REDUCE_BY_MORE_THAN_PER_YEAR is strict: an average fall of exactly 3 points is not "trên 3"', () => {
    expect(annual('REDUCE_BY_MORE_THAN_PER_YEAR', { value: 3 }, [3, 3, 3]).status).toBe('OFF_TRACK');
    expect(annual('REDUCE_BY_MORE_THAN_PER_YEAR', { value: 3 }, [3.2, 3.3, 3.4]).status).toBe('ON_TRACK');
  });

  it('meets the target now but the trend leaves it → at risk', () => {
    expect(annual('RANGE', { min: 1500, max: 1600 }, [1600, 1570, 1540]).status).toBe('AT_RISK');
  });

  it('once the term is over, judges the last year without projecting', () => {
    const over = projectIndicator({
      comparison: 'GREATER_THAN',
      target: { value: 80 },
      horizon: 'ANNUAL',
      targetYear: 2030,
      currentYear: 2031,
      history: years(2026, [70, 75, 78, 79, 81]),
    });
    expect(over.status).toBe('ON_TRACK');
    expect(over.method).toEqual({ key: 'dashboard.projection.method.final', params: { year: 2030 } });
    expect(over.projected).toBeNull();
  });
});

describe('projectIndicator: the target year is over', () => {
  it('judges the target year value itself, even with one point', () => {
    const base = { comparison: 'AT_LEAST' as const, target: { value: 20 }, horizon: 'BY_YEAR' as const, targetYear: 2028, currentYear: 2029 };
    expect(projectIndicator({ ...base, history: [{ year: 2028, value: 20 }] }).status).toBe('ON_TRACK');
    const missed = projectIndicator({ ...base, history: [{ year: 2028, value: 19.9 }] });
    expect(missed.status).toBe('OFF_TRACK');
    expect(missed.reason).toEqual({ key: 'dashboard.projection.reason.missedAtHorizon', params: { year: 2028, value: 19.9 } });
  });
});

describe('projectIndicator: BOOLEAN_DONE', () => {
  const done = (values: Array<{ year: number; value: number; partial?: boolean }>, currentYear = 2028) =>
    projectIndicator({ comparison: 'BOOLEAN_DONE', target: {}, horizon: 'BY_YEAR', targetYear: 2030, currentYear, history: values });

  it('done is on track, even when it is this year\'s reading', () => {
    const p = done([
      { year: 2027, value: 0 },
      { year: 2028, value: 1, partial: true },
    ]);
    expect(p.status).toBe('ON_TRACK');
    expect(p.reason).toEqual({ key: 'dashboard.projection.reason.done', params: { year: 2028 } });
  });

  it('a plain "not yet" has no trend: not enough history, never a guess', () => {
    const p = done(years(2025, [0, 0, 0]));
    expect(p.status).toBe('INSUFFICIENT_HISTORY');
    expect(p.reason.key).toBe('dashboard.projection.reason.noProgressMeasure');
  });

  it('not done after the target year is off track', () => {
    expect(done(years(2026, [0, 0, 0, 0, 0]), 2031).status).toBe('OFF_TRACK');
  });

  it('progress figures are projected like a level', () => {
    expect(done(years(2025, [0, 0.2, 0.4]), 2028).status).toBe('ON_TRACK');
    expect(done(years(2025, [0, 0.05, 0.1]), 2028).status).toBe('OFF_TRACK');
    expect(done(years(2025, [0, 0.2, 0.4]), 2028).projected).toBe(1);
  });
});

describe('projectIndicator: messages', () => {
  it('every key it can return is in both catalogues', () => {
    const keys = new Set<string>();
    const cases: ProjectionInput[] = [];
    const kinds: Comparison[] = ['AT_LEAST', 'GREATER_THAN', 'LESS_THAN', 'EQUALS', 'RANGE', 'AVERAGE_GROWTH_PER_YEAR', 'REDUCE_BY_MORE_THAN_PER_YEAR', 'REDUCE_BY_AT_LEAST_PER_YEAR', 'REDUCE_BY_AT_LEAST', 'RANK_WITHIN_TOP', 'BOOLEAN_DONE'];
    const series = [[], [5], [0, 0, 0], [10, 12, 14], [14, 12, 10], [60, 66, 72], [1, 1, 1], [0, 0.2, 0.4], [20, 22, 24], [8, 8.5, 9]];
    for (const comparison of kinds)
      for (const values of series)
        for (const horizon of ['ANNUAL', 'BY_YEAR'] as const)
          for (const currentYear of [2028, 2031])
            cases.push({ comparison, target: { value: 10, min: 7, max: 10 }, horizon, targetYear: 2030, currentYear, history: years(currentYear === 2031 ? 2028 : 2025, values) });
    for (const c of cases) {
      const p = projectIndicator(c);
      [p.method, p.reason, ...p.notes].forEach((m) => keys.add(m.key));
      keys.add(`dashboard.projection.status.${p.status}`);
    }
    const lookup = (catalogue: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], catalogue);
    for (const key of keys) {
      expect(typeof lookup(viMessages, key), key).toBe('string');
      expect(typeof lookup(enMessages, key), key).toBe('string');
    }
    expect(keys.size).toBeGreaterThan(20);
  });

  it('throws on a target the kind needs but the catalogue lacks', () => {
    expect(() => project('AT_LEAST', {}, [1, 2])).toThrow(/needs target value/);
    expect(() => project('RANGE', { min: 1 }, [1, 2])).toThrow(/needs target max/);
  });
});
