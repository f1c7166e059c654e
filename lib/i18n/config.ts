/** Vietnamese first; English available. The reader's choice lives in a cookie. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'locale';

export function toLocale(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'vi';
}
