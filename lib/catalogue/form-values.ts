/**
 * What the administrator types into catalogue forms, read the Vietnamese way: numbers as 1.234,5
 * (a dot groups thousands, a comma marks decimals; "39.62" with no comma still reads as 39,62) and
 * days as dd/mm/yyyy. Pure; shared by the zod schemas and the forms' default values.
 */
import type { Day } from '@/lib/clock';

const MAX_INTEGER_DIGITS = 16; // Decimal(20, 4)
const MAX_FRACTION_DIGITS = 4;

/** A typed number as a canonical decimal string ("1234.5"), or null when it is not a number. */
export function parseDecimalText(input: string): string | null {
  const s = input.trim().replace(/\s/g, '');
  if (!/^[-+]?[\d.,]+$/.test(s)) return null;
  const negative = s.startsWith('-');
  const body = s.replace(/^[-+]/, '');
  let integer: string;
  let fraction = '';
  if (body.includes(',')) {
    const parts = body.split(',');
    if (parts.length !== 2) return null;
    [integer, fraction] = parts;
    if (integer.includes('.')) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(integer)) return null;
      integer = integer.replace(/\./g, '');
    }
  } else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(body)) {
    integer = body.replace(/\./g, ''); // 1.234 and 1.234.567: thousands
  } else {
    const parts = body.split('.');
    if (parts.length > 2) return null;
    [integer, fraction = ''] = parts;
  }
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return null;
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length > MAX_FRACTION_DIGITS) return null;
  integer = integer.replace(/^0+(?=\d)/, '');
  if (integer.length > MAX_INTEGER_DIGITS) return null;
  const text = fraction ? `${integer}.${fraction}` : integer;
  return negative && Number(text) !== 0 ? `-${text}` : text;
}

/** A decimal for an input's default value, always in the Vietnamese form the parser reads back. */
export function decimalInputValue(value: { toString(): string } | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const [integer, fraction] = value.toString().split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = integer.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = (fraction ?? '').replace(/0+$/, '');
  return `${sign}${digits}${decimals ? `,${decimals}` : ''}`;
}

/** A typed day (dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd) as 'YYYY-MM-DD', or null when it is no real day. */
export function parseDayText(input: string): Day | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) return null;
  return date.toISOString().slice(0, 10);
}
