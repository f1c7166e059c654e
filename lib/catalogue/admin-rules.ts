/**
 * Pure checks of the catalogue editor: part-of cycles, period day order, period numbering, and the
 * before/after of an audit row. No I/O; tested in tests/unit.
 */
import type { Day } from '@/lib/clock';
import type { PeriodType } from '@/lib/reporting/periods';

/**
 * Would making `elementId` a part of `totalId` close a loop? Follows the total's own "part of" chain
 * (`totals`: element id -> its total's id) and looks for the element on it.
 */
export function createsPartOfCycle(totals: ReadonlyMap<number, number | null>, elementId: number, totalId: number): boolean {
  const seen = new Set<number>();
  for (let at: number | null | undefined = totalId; at !== null && at !== undefined; at = totals.get(at)) {
    if (at === elementId) return true;
    if (seen.has(at)) return false; // an older loop that does not pass through the element
    seen.add(at);
  }
  return false;
}

/** A period's days must run end < due < expiry; the errors are catalogue keys by field. */
export function periodDayErrors(endDate: Day, dueDate: Day, expiryDate: Day): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (dueDate <= endDate) errors.dueDate = ['catalogue.validation.dueAfterEnd'];
  if (expiryDate <= dueDate) errors.expiryDate = ['catalogue.validation.expiryAfterDue'];
  return errors;
}

export function periodNumberValid(type: PeriodType, number: number): boolean {
  const max = type === 'QUARTER' ? 4 : type === 'HALF_YEAR' ? 2 : 1;
  return Number.isInteger(number) && number >= 1 && number <= max;
}

const normal = (value: unknown) => JSON.stringify(value ?? null);
const IGNORED = new Set(['updatedAt', 'createdAt']);

/** The audit's before and after: only the fields that changed (a creation records the whole row). */
export function auditChange<T extends Record<string, unknown>>(before: T | null, after: T): { before?: Partial<T>; after: Partial<T> } {
  if (before === null) return { after };
  const was: Partial<T> = {};
  const is: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T & string>) {
    if (IGNORED.has(key) || normal(before[key]) === normal(after[key])) continue;
    was[key] = before[key];
    is[key] = after[key];
  }
  return { before: was, after: is };
}
