import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDays,
  disclosureEnd,
  disclosureWindow,
  isDay,
  isWeekend,
  isWithinWindow,
  isWorkingDay,
  windowEndsBefore,
} from '@/lib/commendation/working-days';

// 2026: 30/4 (Thu) and 1/5 (Fri) are public holidays; 2/9 (Wed) National Day with 1/9 (Tue) off.
const HOLIDAYS = ['2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02'];

describe('days', () => {
  it('accepts only real calendar days', () => {
    expect(isDay('2026-11-26')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26/11/2026')).toBe(false);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });
  it('knows weekends and holidays', () => {
    expect(isWeekend('2026-11-28')).toBe(true); // Saturday
    expect(isWeekend('2026-11-29')).toBe(true); // Sunday
    expect(isWeekend('2026-11-30')).toBe(false);
    expect(isWorkingDay('2026-11-26')).toBe(true);
    expect(isWorkingDay('2026-04-30', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-04-30', new Set(HOLIDAYS))).toBe(false);
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('adding working days', () => {
  it('does not count the starting day, and skips the weekend', () => {
    expect(addWorkingDays('2026-11-26', 1)).toBe('2026-11-27'); // Thu -> Fri
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Fri -> Mon
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Sat -> Mon
    expect(addWorkingDays('2026-11-26', 0)).toBe('2026-11-26');
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });
  it('skips public holidays', () => {
    expect(addWorkingDays('2026-04-29', 1, HOLIDAYS)).toBe('2026-05-04'); // Wed -> (Thu, Fri holidays, weekend) -> Mon
    expect(addWorkingDays('2026-04-29', 1)).toBe('2026-04-30');
    expect(addWorkingDays('2026-08-28', 3, HOLIDAYS)).toBe('2026-09-04'); // Fri -> Mon 31/8, Thu 3/9, Fri 4/9
  });
  it('goes backwards for negative counts', () => {
    expect(addWorkingDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(addWorkingDays('2026-05-04', -1, HOLIDAYS)).toBe('2026-04-29');
    expect(() => addWorkingDays('2026-11-30', 1.5)).toThrow(RangeError);
  });
  it('counts the working days between two days', () => {
    expect(countWorkingDays('2026-11-02', '2026-11-16')).toBe(10);
    expect(countWorkingDays('2026-04-29', '2026-05-04', HOLIDAYS)).toBe(1);
    expect(countWorkingDays('2026-11-16', '2026-11-02')).toBe(0);
  });
  it('never lands on a weekend or holiday, and is the inverse of counting (property)', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((i) => addCalendarDays('2026-01-01', i));
    const holidays = fc.uniqueArray(fc.integer({ min: 0, max: 4 * 365 }).map((i) => addCalendarDays('2026-01-01', i)), { maxLength: 40 });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), holidays, (start, n, hs) => {
        const end = addWorkingDays(start, n, hs);
        expect(isWeekend(end)).toBe(false);
        expect(hs.includes(end)).toBe(false);
        expect(end > start).toBe(true);
        expect(countWorkingDays(start, end, hs)).toBe(n);
        expect(addWorkingDays(end, -n, hs) <= start).toBe(true);
      }),
    );
  });
});

describe('public-disclosure window', () => {
  it('ends on the N-th working day after publication', () => {
    expect(disclosureWindow('2026-11-02', 10)).toEqual({ start: '2026-11-02', end: '2026-11-16', workingDays: 10 });
    expect(disclosureEnd('2026-11-26', 10)).toBe('2026-12-10');
    expect(disclosureEnd('2026-04-27', 5, HOLIDAYS)).toBe('2026-05-06');
    expect(() => disclosureWindow('2026-11-02', 0)).toThrow(RangeError);
  });
  it('includes both ends and nothing outside', () => {
    const w = disclosureWindow('2026-11-02', 10);
    expect(isWithinWindow('2026-11-01', w)).toBe(false);
    expect(isWithinWindow('2026-11-02', w)).toBe(true);
    expect(isWithinWindow('2026-11-08', w)).toBe(true); // a Sunday inside the window still takes comments
    expect(isWithinWindow('2026-11-16', w)).toBe(true);
    expect(isWithinWindow('2026-11-17', w)).toBe(false);
  });
  it('tells whether a council meeting leaves the full window before it', () => {
    const w = disclosureWindow('2026-11-02', 10);
    expect(windowEndsBefore(w, '2026-11-16')).toBe(false);
    expect(windowEndsBefore(w, '2026-11-17')).toBe(true);
  });
});
