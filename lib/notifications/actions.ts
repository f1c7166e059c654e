'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requireActor } from '@/lib/auth/session';
import { now } from '@/lib/clock';

/** Marks the reader's own notifications read (one, or all); touches nobody else's. */
export async function markNotificationsRead(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = Number(formData.get('id'));
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(Number.isInteger(id) && id > 0 ? { id } : {}) },
    data: { readAt: now() },
  });
  revalidatePath('/notifications');
}
