/**
 * Numbers as formatNumber (lib/i18n/format.ts) writes them, 1.234,5 or 1,234.5, with the
 * Intl.NumberFormat kept per locale and precision: the overview formats a few hundred numbers per
 * request, and building a formatter costs more than using one.
 */
import type { Locale } from '@/lib/i18n/config';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatFigure(value: number | string | { toString(): string } | null | undefined, locale: Locale = 'vi', maxDigits = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value.toString());
  if (!Number.isFinite(n)) return '—';
  const key = `${locale}:${maxDigits}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: maxDigits })));
  return format.format(n);
}
