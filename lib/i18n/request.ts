import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale } from './config';
import { CATALOGUES } from './messages';
import { TIME_ZONE } from '@/lib/clock';

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: CATALOGUES[locale], timeZone: TIME_ZONE };
});
