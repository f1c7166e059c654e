import type { AnyTranslate } from '@/lib/i18n/translate';

/** "năm 2025" or "đến hết quý 3/2026": what a figure covers. */
export function spanText(t: AnyTranslate, span: { year: number; quarter?: number | null } | null): string {
  if (!span) return '';
  const quarter = span.quarter ?? 4;
  return quarter < 4 ? t('dashboard.span.upTo', { year: span.year, quarter }) : t('dashboard.span.year', { year: span.year });
}
