/**
 * Dates as dd/mm/yyyy in Viet Nam time, numbers as 1.234,5 (Vietnamese) or 1,234.5 (English).
 */
import { TIME_ZONE } from '@/lib/clock';
import type { Locale } from './config';

// Kept per locale and precision: a dashboard formats hundreds of numbers a request, and building
// a formatter costs far more than using one.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number | string | { toString(): string } | null | undefined, locale: Locale = 'vi', maxDigits = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value.toString());
  if (!Number.isFinite(n)) return '—';
  const key = `${locale}:${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: maxDigits })));
  return format.format(n);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE });

/** dd/mm/yyyy of an instant, in Viet Nam time. */
export function formatDate(value: Date | null | undefined): string {
  return value ? dateFormat.format(value) : '—';
}

/** dd/mm/yyyy of a calendar day (a @db.Date column or 'YYYY-MM-DD'): no time zone shift. */
export function formatDay(value: Date | string | null | undefined): string {
  if (!value) return '—';
  const iso = typeof value === 'string' ? value : value.toISOString();
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatTime(value: Date): string {
  return timeFormat.format(value);
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? `${formatTime(value)} ${formatDate(value)}` : '—';
}
