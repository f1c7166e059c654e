import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';

/** Hands client components only the message areas they use, so pages stay light on a slow line. */
export async function ClientMessages({ areas, children }: { areas: string[]; children: React.ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked = Object.fromEntries(areas.map((a) => [a, messages[a]]));
  return (
    <NextIntlClientProvider locale={await getLocale()} messages={picked as never}>
      {children}
    </NextIntlClientProvider>
  );
}
