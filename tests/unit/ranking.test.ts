import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assertValidSheet,
  proposeLeaders,
  rankMembers,
  scoreMember,
  type MemberInput,
  type ScoringSheet,
} from '@/lib/appraisal/ranking';
import type { AttainmentStatus } from '@/lib/appraisal/attainment';

const sheet: ScoringSheet = {
  areas: [
    {
      code: 'economy',
      weight: 2,
      criteria: [
        { code: 'ECO-IND', source: 'ATTAINMENT', maxScore: 10, indicatorCodes: ['A', 'B', 'C', 'D'] },
        { code: 'ECO-LEAD', source: 'SCORED', maxScore: 10 },
      ],
    },
    {
      code: 'party_building',
      weight: 1,
      criteria: [
        { code: 'PB-IND', source: 'ATTAINMENT', maxScore: 10, indicatorCodes: ['P'] },
        { code: 'PB-MOVE', source: 'SCORED', maxScore: 20 },
      ],
    },
  ],
};

const att = (statuses: Record<string, AttainmentStatus>) =>
  Object.fromEntries(Object.entries(statuses).map(([k, status]) => [k, { status }]));

const member = (unitId: number, name: string, statuses: Record<string, AttainmentStatus>, scores: MemberInput['scores']): MemberInput => ({
  unitId,
  name,
  attainment: att(statuses),
  scores,
});

describe('scoring one member', () => {
  it('computes attainment criteria as the share attained, weights the areas and totals', () => {
    const s = scoreMember(sheet, member(1, 'Xã A', { A: 'ATTAINED', B: 'ATTAINED', C: 'NOT_ATTAINED', D: 'NO_DATA', P: 'ATTAINED' }, { 'ECO-LEAD': 8, 'PB-MOVE': 15 }));
    expect(s.criteria.map((c) => [c.code, c.score])).toEqual([
      ['ECO-IND', 5],
      ['ECO-LEAD', 8],
      ['PB-IND', 10],
      ['PB-MOVE', 15],
    ]);
    expect(s.areas).toEqual([
      { code: 'economy', weight: 2, score: 13, maxScore: 20, ratio: 0.65 },
      { code: 'party_building', weight: 1, score: 25, maxScore: 30, ratio: 25 / 30 },
    ]);
    expect(s.total).toBe(2 * 13 + 25);
    expect(s.maxTotal).toBe(2 * 20 + 30);
    expect(s.share).toBeCloseTo(51 / 70, 12);
    expect(s.attainedCount).toBe(3);
    expect(s.complete).toBe(true);
  });

  it('leaves out indicators and criteria that do not apply', () => {
    const s = scoreMember(sheet, member(2, 'Sở B', { A: 'ATTAINED' }, { 'ECO-LEAD': 10, 'PB-MOVE': 20 }));
    expect(s.criteria.find((c) => c.code === 'ECO-IND')!.score).toBe(10); // 1 of the 1 that applies
    expect(s.criteria.find((c) => c.code === 'PB-IND')!.score).toBeNull();
    expect(s.maxTotal).toBe(2 * 20 + 20);
    expect(s.share).toBe(1);
  });

  it('counts a missing group score as 0 and marks the sheet incomplete', () => {
    const s = scoreMember(sheet, member(3, 'Xã C', { A: 'ATTAINED', P: 'ATTAINED' }, { 'ECO-LEAD': 10 }));
    expect(s.criteria.find((c) => c.code === 'PB-MOVE')).toMatchObject({ score: 0, scored: false });
    expect(s.complete).toBe(false);
  });

  it('refuses a score outside 0..max and a malformed sheet', () => {
    expect(() => scoreMember(sheet, member(4, 'X', {}, { 'ECO-LEAD': 10.5 }))).toThrow(RangeError);
    expect(() => scoreMember(sheet, member(4, 'X', {}, { 'ECO-LEAD': -1 }))).toThrow(RangeError);
    expect(() => scoreMember(sheet, member(4, 'X', {}, { 'ECO-LEAD': Number.NaN }))).toThrow(RangeError);
    expect(() => assertValidSheet({ areas: [{ code: 'a', weight: 1, criteria: [{ code: 'x', source: 'SCORED', maxScore: 1 }, { code: 'x', source: 'SCORED', maxScore: 1 }] }] })).toThrow(/twice/);
    expect(() => assertValidSheet({ areas: [{ code: 'a', weight: -1, criteria: [] }] })).toThrow(/weight/);
    expect(() => assertValidSheet({ areas: [{ code: 'a', weight: 1, criteria: [{ code: 'x', source: 'SCORED', maxScore: 0 }] }] })).toThrow(/maxScore/);
    expect(() => assertValidSheet({ areas: [{ code: 'a', weight: 1, criteria: [{ code: 'x', source: 'ATTAINMENT', maxScore: 5, indicatorCodes: [] }] }] })).toThrow(/indicator/);
  });
});

describe('ranking within a group', () => {
  const full = { 'ECO-LEAD': 10, 'PB-MOVE': 20 };
  const allAttained = { A: 'ATTAINED', B: 'ATTAINED', C: 'ATTAINED', D: 'ATTAINED', P: 'ATTAINED' } as const;

  it('orders by share, best first', () => {
    const ranked = rankMembers(sheet, [
      member(1, 'Xã Thấp', allAttained, { 'ECO-LEAD': 2, 'PB-MOVE': 5 }),
      member(2, 'Xã Cao', allAttained, full),
      member(3, 'Xã Giữa', allAttained, { 'ECO-LEAD': 8, 'PB-MOVE': 15 }),
    ]);
    expect(ranked.map((m) => [m.name, m.rank])).toEqual([
      ['Xã Cao', 1],
      ['Xã Giữa', 2],
      ['Xã Thấp', 3],
    ]);
  });

  it('breaks an equal share by the first area of the sheet', () => {
    // Both 60/70: X is stronger in economy (first area), Y in party building.
    const x = member(1, 'Xã Y', { A: 'ATTAINED', B: 'ATTAINED', C: 'ATTAINED', D: 'ATTAINED', P: 'NOT_ATTAINED' }, { 'ECO-LEAD': 10, 'PB-MOVE': 20 });
    const y = member(2, 'Xã X', { A: 'ATTAINED', B: 'ATTAINED', C: 'NOT_ATTAINED', D: 'NOT_ATTAINED', P: 'ATTAINED' }, { 'ECO-LEAD': 10, 'PB-MOVE': 20 });
    const ranked = rankMembers(sheet, [y, x]);
    expect(ranked[0].share).toBeCloseTo(ranked[1].share!, 12);
    expect(ranked.map((m) => [m.unitId, m.rank])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('then by the number of indicators attained, and shares the rank on a full tie in Vietnamese order', () => {
    const bigger: ScoringSheet = { areas: [{ code: 'a', weight: 1, criteria: [{ code: 'S', source: 'SCORED', maxScore: 10 }] }] };
    const ranked = rankMembers(bigger, [
      member(1, 'Xã Đức Long', { Z: 'ATTAINED' }, { S: 9 }),
      member(2, 'Xã Đàm Thủy', { Z: 'ATTAINED' }, { S: 9 }),
      member(3, 'Xã Cần Yên', { Z: 'ATTAINED', Y: 'ATTAINED' }, { S: 9 }),
      member(4, 'Xã Bảo Lạc', {}, { S: 3 }),
    ]);
    expect(ranked.map((m) => [m.name, m.rank])).toEqual([
      ['Xã Cần Yên', 1],
      ['Xã Đàm Thủy', 2],
      ['Xã Đức Long', 2],
      ['Xã Bảo Lạc', 4],
    ]);
  });

  it('does not let float noise split a tie', () => {
    const s: ScoringSheet = { areas: [{ code: 'a', weight: 1, criteria: [{ code: 'S1', source: 'SCORED', maxScore: 1 }, { code: 'S2', source: 'SCORED', maxScore: 1 }] }] };
    const ranked = rankMembers(s, [member(1, 'B', {}, { S1: 0.1, S2: 0.2 }), member(2, 'A', {}, { S1: 0.3, S2: 0 })]);
    expect(ranked.map((m) => m.rank)).toEqual([1, 1]);
  });

  it('ranks are consistent with the order (property)', () => {
    const s: ScoringSheet = { areas: [{ code: 'a', weight: 1, criteria: [{ code: 'S', source: 'SCORED', maxScore: 100 }] }] };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), (points) => {
        const ranked = rankMembers(s, points.map((p, i) => member(i + 1, `U${i}`, {}, { S: p })));
        ranked.forEach((m, i) => {
          expect(m.rank).toBe(1 + ranked.filter((o) => o.total > m.total).length);
          if (i > 0) expect(ranked[i - 1].total).toBeGreaterThanOrEqual(m.total);
        });
      }),
    );
  });
});

describe('proposing the leading unit(s) for the Emulation Flag', () => {
  const s: ScoringSheet = { areas: [{ code: 'a', weight: 1, criteria: [{ code: 'S', source: 'SCORED', maxScore: 100 }] }] };
  const rank = (points: Array<number | null>) => rankMembers(s, points.map((p, i) => member(i + 1, `Xã ${String.fromCharCode(65 + i)}`, {}, { S: p })));

  it('proposes the first by default', () => {
    const p = proposeLeaders(rank([85, 95, 90]));
    expect(p.reason).toBeNull();
    expect(p.leaders.map((m) => m.unitId)).toEqual([2]);
  });

  it('proposes the top N when configured, and both members of a tie', () => {
    expect(proposeLeaders(rank([85, 95, 90]), { top: 2 }).leaders.map((m) => m.unitId)).toEqual([2, 3]);
    expect(proposeLeaders(rank([95, 95, 90])).leaders.map((m) => m.unitId)).toEqual([1, 2]);
  });

  it('needs the minimum share, inclusive, and never moves a lower rank up', () => {
    expect(proposeLeaders(rank([80, 70])).leaders.map((m) => m.unitId)).toEqual([1]); // exactly 80% of the max
    expect(proposeLeaders(rank([79.99, 70]))).toEqual({ leaders: [], reason: 'BELOW_MIN_SHARE' });
    expect(proposeLeaders(rank([95, 85]), { minShare: 0.96 })).toEqual({ leaders: [], reason: 'BELOW_MIN_SHARE' });
    expect(proposeLeaders(rank([95, 60]), { top: 2 }).leaders.map((m) => m.unitId)).toEqual([1]);
  });

  it('waits for complete scoring and for members', () => {
    expect(proposeLeaders(rank([95, null]))).toEqual({ leaders: [], reason: 'SCORING_INCOMPLETE' });
    expect(proposeLeaders([])).toEqual({ leaders: [], reason: 'NO_MEMBERS' });
    expect(() => proposeLeaders(rank([95]), { top: 0 })).toThrow(RangeError);
  });
});
