import 'server-only';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { audit } from '@/lib/audit';
import { now } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';

/**
 * Changes the actor's own password. The session version moves on in the same transaction, so every
 * session of the account (this one included) ends at once.
 */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string, ip: string | null) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, sessionVersion: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError('VALIDATION', 'VALIDATION', {}, { currentPassword: ['auth.wrongCurrentPassword'] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion: user.sessionVersion },
      data: { passwordHash, sessionVersion: { increment: 1 }, passwordChangedAt: now() },
    });
    if (updated.count !== 1) throw new DomainError('CONFLICT');
    await audit(tx, { id: actor.id, name: actor.name, provinceId: actor.provinceId }, { action: 'user.change-password', entityType: 'User', entityId: actor.id, ip });
  });
}
