'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { LOCALE_COOKIE, toLocale } from './config';

/** Switches the interface language (Vietnamese / English) for this browser. */
export async function setLocale(formData: FormData): Promise<void> {
  // Anything but a form (a hand-made request) changes nothing.
  if (!(formData instanceof FormData)) return;
  const locale = toLocale(String(formData.get('locale')));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365, httpOnly: true });
  revalidatePath('/', 'layout');
}
