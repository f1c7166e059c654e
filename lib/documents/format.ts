/**
 * How official documents write dates and numbers (Nghị định 30/2020/NĐ-CP, appendix I): the place
 * and date line, dd/mm/yyyy days, and numbers with "." for thousands and "," for decimals.
 */

/** A calendar day as 'YYYY-MM-DD' (the same shape as `Day` in lib/clock). */
export type Day = string;

export function parseDay(day: Day): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  const valid = parts && new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).toISOString().slice(0, 10) === day;
  if (!parts || !valid) throw new Error(`documents: not a day 'YYYY-MM-DD': ${day}`);
  return parts;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "Cao Bằng, ngày 05 tháng 12 năm 2026". The decree writes a leading zero for days 1–9 and for
 * months 1 and 2 only ("tháng 02", but "tháng 3"), so that the date cannot be altered by hand.
 */
export function dateLine(place: string, day: Day): string {
  const d = parseDay(day);
  const month = d.month <= 2 ? two(d.month) : String(d.month);
  return `${place}, ngày ${two(d.day)} tháng ${month} năm ${d.year}`;
}

/** dd/mm/yyyy, as dates are cited inside the text ("Tờ trình số 12/TTr-SNV ngày 03/12/2026"). */
export function dayText(day: Day): string {
  const d = parseDay(day);
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}

const formats = new Map<string, Intl.NumberFormat>();

/** 1.234,5: Vietnamese separators; `digits` fixes the decimals, otherwise up to 2 are shown. */
export function vnNumber(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const key = String(digits ?? 'auto');
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', digits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f.format(value);
}

/** Counts in the text of a decision are written with two digits: "03 tập thể và 12 cá nhân". */
export function countText(n: number): string {
  return n < 10 ? two(n) : String(n);
}

/** I, II, III … for the sections of a report. */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
