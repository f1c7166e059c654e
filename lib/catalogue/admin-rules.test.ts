import { describe, expect, it } from 'vitest';
import { auditChange, createsPartOfCycle, periodDayErrors, periodNumberValid } from './admin-rules';

describe('createsPartOfCycle', () => {
  // 2 is part of 1, 3 part of 2; 5 and 6 already loop on each other
  const totals = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 2],
    [4, null],
    [5, 6],
    [6, 5],
  ]);

  it('finds a loop through the element', () => {
    expect(createsPartOfCycle(totals, 1, 3)).toBe(true);
    expect(createsPartOfCycle(totals, 2, 3)).toBe(true);
    expect(createsPartOfCycle(totals, 4, 4)).toBe(true);
  });

  it('accepts chains that do not come back, and stops on an old loop elsewhere', () => {
    expect(createsPartOfCycle(totals, 4, 3)).toBe(false);
    expect(createsPartOfCycle(totals, 3, 1)).toBe(false);
    expect(createsPartOfCycle(totals, 4, 5)).toBe(false);
  });
});

describe('periodDayErrors', () => {
  it('wants end < due < expiry', () => {
    expect(periodDayErrors('2026-09-30', '2026-10-10', '2026-12-09')).toEqual({});
    expect(periodDayErrors('2026-09-30', '2026-09-30', '2026-12-09')).toEqual({ dueDate: ['catalogue.validation.dueAfterEnd'] });
    expect(periodDayErrors('2026-09-30', '2026-10-10', '2026-10-10')).toEqual({ expiryDate: ['catalogue.validation.expiryAfterDue'] });
  });
});

describe('periodNumberValid', () => {
  it('numbers quarters 1–4, half-years 1–2 and the year 1', () => {
    expect([1, 4, 5].map((n) => periodNumberValid('QUARTER', n))).toEqual([true, true, false]);
    expect([1, 2, 3].map((n) => periodNumberValid('HALF_YEAR', n))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => periodNumberValid('YEAR', n))).toEqual([false, true, false]);
  });
});

describe('auditChange', () => {
  it('keeps only the changed fields, ignoring timestamps; a creation keeps the whole row', () => {
    const before: Record<string, unknown> = { a: 1, b: 'x', c: null, updatedAt: new Date(1) };
    const after: Record<string, unknown> = { a: 1, b: 'y', c: 'z', updatedAt: new Date(2) };
    expect(auditChange(before, after)).toEqual({ before: { b: 'x', c: null }, after: { b: 'y', c: 'z' } });
    expect(auditChange(null, after)).toEqual({ after });
  });
});
