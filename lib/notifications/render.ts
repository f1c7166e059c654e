/**
 * A notification's title and text in a language, from its kind and parameters, outside any request
 * (e-mails are sent from the job queue).
 */
import { createTranslator } from 'next-intl';
import { CATALOGUES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';

type Params = Record<string, string | number>;

function periodText(locale: Locale, p: Params): string {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  if (!p.periodType) return '';
  const key = p.periodType === 'QUARTER' ? 'periods.quarter' : p.periodType === 'HALF_YEAR' ? 'periods.halfYear' : 'periods.year';
  return t(key as 'periods.quarter', { year: Number(p.year), number: Number(p.number) });
}

export function renderNotification(kind: string, params: Params, locale: Locale = 'vi'): { title: string; body: string } {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] }) as unknown as { (key: string, values?: Params): string; has(key: string): boolean };
  const values = { ...params, period: periodText(locale, params), due: typeof params.due === 'string' ? params.due.split('-').reverse().join('/') : '' };
  const key = `notifications.kinds.${kind}`;
  if (!t.has(`${key}.title`)) return { title: kind, body: '' };
  return { title: t(`${key}.title`, values), body: t(`${key}.body`, values) };
}
