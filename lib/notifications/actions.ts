'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { now } from '@/lib/clock';

/** Marks the reader's own notifications read (one, or all); touches nobody else's. */
export async function markNotificationsRead(formData: FormData): Promise<void> {
  const actor = await getActor();
  // A session that ended meanwhile: back to the sign-in page rather than an error page.
  if (!actor) redirect('/login');
  // Anything but a form (a hand-made request) changes nothing.
  if (!(formData instanceof FormData)) return;
  // An id as the page writes it; anything else (1e308, 2^53, text) means "all", as an absent one does.
  const raw = formData.get('id');
  const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(id > 0 ? { id } : {}) },
    data: { readAt: now() },
  });
  revalidatePath('/notifications');
}
