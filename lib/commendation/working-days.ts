/**
 * Working-day arithmetic for the public-disclosure window (công khai) and processing times.
 * Days are calendar days 'YYYY-MM-DD' (no time, no time zone: the caller takes today from
 * vnDay() in lib/clock). A working day is Monday–Friday and not in the given public holidays;
 * the holidays (including compensatory days off, nghỉ bù) come from settings.
 *
 * Counting follows Bộ luật Dân sự 2015, Điều 147: when a period is given in days, the day it
 * starts from is not counted. So "N working days from day D" ends on the N-th working day AFTER D.
 */
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type Holidays = ReadonlySet<string> | readonly string[];

/** The UTC midnight of a calendar day; throws on anything that is not a real 'YYYY-MM-DD' day. */
function toUtc(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (fromUtc(t) !== day) throw new RangeError(`Not a calendar day: ${day}`);
  return t;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

const asSet = (holidays: Holidays): ReadonlySet<string> => (holidays instanceof Set ? holidays : new Set(holidays));

/** True for a real calendar day in 'YYYY-MM-DD'. */
export function isDay(day: string): boolean {
  try {
    toUtc(day);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `n` days after (negative: before) `day`. */
export function addCalendarDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(day: string, holidays: Holidays = []): boolean {
  return !isWeekend(day) && !asSet(holidays).has(day);
}

/**
 * The n-th working day after `day` (n > 0), or before it (n < 0); `day` itself is never counted,
 * so Friday + 1 is Monday. n = 0 returns `day` unchanged, working day or not.
 */
export function addWorkingDays(day: string, n: number, holidays: Holidays = []): string {
  if (!Number.isInteger(n)) throw new RangeError(`Whole working days only: ${n}`);
  const set = asSet(holidays);
  const step = n < 0 ? -1 : 1;
  let t = toUtc(day);
  for (let left = Math.abs(n); left > 0; ) {
    t += step * MS_PER_DAY;
    if (isWorkingDay(fromUtc(t), set)) left -= 1;
  }
  return fromUtc(t);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countWorkingDays(from: string, to: string, holidays: Holidays = []): number {
  const set = asSet(holidays);
  const end = toUtc(to);
  let count = 0;
  for (let t = toUtc(from) + MS_PER_DAY; t <= end; t += MS_PER_DAY) if (isWorkingDay(fromUtc(t), set)) count += 1;
  return count;
}

export type DisclosureWindow = { start: string; end: string; workingDays: number };

/**
 * The public-disclosure window of a proposal published on `start` for `workingDays` working days:
 * it runs from `start` (comments are taken from the day of publication) through `end`, the
 * `workingDays`-th working day after `start` (Điều 147: the day of publication is not counted).
 * E.g. published Monday 02/11/2026 for 10 working days: open through Monday 16/11/2026.
 */
export function disclosureWindow(start: string, workingDays: number, holidays: Holidays = []): DisclosureWindow {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`A window lasts at least 1 working day: ${workingDays}`);
  return { start, end: addWorkingDays(start, workingDays, holidays), workingDays };
}

/** The day the window ends (last day on which comments are taken). */
export function disclosureEnd(start: string, workingDays: number, holidays: Holidays = []): string {
  return disclosureWindow(start, workingDays, holidays).end;
}

/** Whether `day` is inside the window, both ends included ('YYYY-MM-DD' compares as text). */
export function isWithinWindow(day: string, window: Pick<DisclosureWindow, 'start' | 'end'>): boolean {
  toUtc(day);
  return window.start <= day && day <= window.end;
}

/**
 * Whether a council meeting on `meetingDay` leaves the full window before it: the window must
 * end before the meeting day ("công khai ít nhất N ngày làm việc trước khi họp").
 */
export function windowEndsBefore(window: Pick<DisclosureWindow, 'end'>, meetingDay: string): boolean {
  toUtc(meetingDay);
  return window.end < meetingDay;
}
