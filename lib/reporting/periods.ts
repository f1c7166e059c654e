/**
 * Reporting periods and their windows (DESIGN.md, "Periods"): a period opens the day after it ends,
 * is due on a set day of the following month, and closes for good after the expiry, unless Home
 * Affairs reopens it for one unit. Pure functions over calendar days ('YYYY-MM-DD').
 */
import { addDays, type Day } from '@/lib/clock';

export type PeriodType = 'QUARTER' | 'HALF_YEAR' | 'YEAR';

export type PeriodSpec = {
  type: PeriodType;
  year: number;
  number: number;
  startDate: Day;
  endDate: Day;
  dueDate: Day;
  expiryDate: Day;
  isBaseline: boolean;
};

export type PeriodRules = { dueDay: number; expiryDays: number };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): Day {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The due day of a period ending on `endDate`: day `dueDay` of the next month (clamped to its length). */
export function dueDateAfter(endDate: Day, dueDay: number): Day {
  const [y, m] = endDate.split('-').map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = Number(lastDayOfMonth(year, month).slice(8));
  return `${year}-${pad(month)}-${pad(Math.min(Math.max(dueDay, 1), last))}`;
}

export function periodSpec(type: PeriodType, year: number, number: number, rules: PeriodRules, isBaseline = false): PeriodSpec {
  const months = type === 'QUARTER' ? 3 : type === 'HALF_YEAR' ? 6 : 12;
  const firstMonth = (number - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const startDate = `${year}-${pad(firstMonth)}-01`;
  const endDate = lastDayOfMonth(year, lastMonth);
  const dueDate = dueDateAfter(endDate, rules.dueDay);
  return { type, year, number, startDate, endDate, dueDate, expiryDate: addDays(dueDate, rules.expiryDays), isBaseline };
}

/** The campaign's periods: the baseline year, then each year's quarters and the year itself. */
export function campaignPeriods(startYear: number, endYear: number, baselineYear: number | null, rules: PeriodRules): PeriodSpec[] {
  const periods: PeriodSpec[] = [];
  if (baselineYear !== null) periods.push(periodSpec('YEAR', baselineYear, 1, rules, true));
  for (let year = startYear; year <= endYear; year++) {
    for (let q = 1; q <= 4; q++) periods.push(periodSpec('QUARTER', year, q, rules));
    periods.push(periodSpec('YEAR', year, 1, rules));
  }
  return periods;
}

export type PeriodWindow =
  /** the period has not ended yet */
  | 'NOT_OPEN'
  /** open, before or on the due day */
  | 'OPEN'
  /** past the due day: accepted but marked late */
  | 'LATE'
  /** past the expiry: closed unless reopened for the unit */
  | 'CLOSED';

export type PeriodDates = { endDate: Day; dueDate: Day; expiryDate: Day };

/** Where a period stands on a day; `reopenedUntil` is the last day of a reopening for the unit, if any. */
export function periodWindow(period: PeriodDates, today: Day, reopenedUntil: Day | null = null): PeriodWindow {
  if (today <= period.endDate) return 'NOT_OPEN';
  if (today <= period.dueDate) return 'OPEN';
  if (today <= period.expiryDate) return 'LATE';
  if (reopenedUntil !== null && today <= reopenedUntil) return 'LATE';
  return 'CLOSED';
}

export function periodLabelKey(type: PeriodType): 'quarter' | 'halfYear' | 'year' {
  return type === 'QUARTER' ? 'quarter' : type === 'HALF_YEAR' ? 'halfYear' : 'year';
}
