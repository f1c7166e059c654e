/**
 * The one clock of the app. Business time is Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 * Tests set it with setClock(); a server started with APP_CLOCK=<ISO instant> begins at that
 * instant and runs forward in real time (used by the end-to-end suite and the demo).
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

let source: () => number = fromEnvironment();

function fromEnvironment(): () => number {
  const start = process.env.APP_CLOCK ? Date.parse(process.env.APP_CLOCK) : NaN;
  if (Number.isNaN(start)) return Date.now;
  const offset = start - Date.now();
  return () => Date.now() + offset;
}

export function now(): Date {
  return new Date(source());
}

/** Freeze the clock at an instant (a Date or ISO string), or give it a function; null restores real time. */
export function setClock(at: Date | string | (() => Date) | null): void {
  if (at === null) source = Date.now;
  else if (typeof at === 'function') source = () => at().getTime();
  else {
    const ms = new Date(at).getTime();
    source = () => ms;
  }
}

/** A calendar day as 'YYYY-MM-DD'. */
export type Day = string;

/** The calendar day in Viet Nam at an instant (today by default). */
export function vnDay(at: Date = now()): Day {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A calendar day as the Date that @db.Date columns hold (midnight UTC). */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The calendar day a @db.Date column holds. */
export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / DAY_MS);
}

/** The instant a Vietnamese calendar day ends (23:59:59.999 in Viet Nam). */
export function endOfVnDay(day: Day): Date {
  return new Date(dayToDate(day).getTime() + DAY_MS - VN_OFFSET_MS - 1);
}
