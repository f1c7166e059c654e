import type { Locale } from '@/lib/i18n/config';

type Named = { code: string; name: string; nameEn: string | null };

/** A code's name in the reader's language (the code itself if the catalogue no longer has it). */
export function codeLabel(codes: readonly Named[], code: string, locale: Locale): string {
  const found = codes.find((c) => c.code === code);
  if (!found) return code;
  return locale === 'en' && found.nameEn ? found.nameEn : found.name;
}

export const formLabel = (line: { code: string; formName: string | null; formNameEn: string | null }, locale: Locale) =>
  (locale === 'en' ? line.formNameEn : null) ?? line.formName ?? line.code;
