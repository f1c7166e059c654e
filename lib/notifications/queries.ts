import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';

export const countUnread = cache(async (actor: Actor) => db.notification.count({ where: { userId: actor.id, readAt: null } }));

export async function listNotifications(actor: Actor, take = 100) {
  return db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: 'desc' }, take });
}
