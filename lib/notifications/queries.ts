import 'server-only';
import { cache } from 'react';
import { db, prepared } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session';

/** The bell's count, on every page: a prepared statement. */
export const countUnread = cache(async (actor: Actor) => {
  const [row] = await prepared<{ unread: number }>(Prisma.sql`SELECT count(*)::int AS unread FROM "Notification" WHERE "userId" = ${actor.id} AND "readAt" IS NULL`);
  return row.unread;
});

export async function listNotifications(actor: Actor, take = 100) {
  return db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: 'desc' }, take });
}
