/**
 * Credentials sign-in with throttling: after 5 failed attempts for one account from one address,
 * that address is refused for 15 minutes for that account. The refusal reads the same whether or not
 * the account exists, and a real user signing in from elsewhere is never locked out by an attacker.
 */
import type { Db } from '@/lib/db/client';
import { now } from '@/lib/clock';
import { verifyPassword } from './password';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; user: { id: number; sessionVersion: number; displayName: string } }
  | { ok: false; reason: 'INVALID' }
  | { ok: false; reason: 'THROTTLED'; retryAt: Date };

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

/** When the (account, address) pair is locked, the instant it unlocks; otherwise null. */
export async function lockedUntil(db: Db, username: string, ip: string, at: Date = now()): Promise<Date | null> {
  const since = new Date(at.getTime() - LOCK_MINUTES * 60_000);
  const recent = await db.loginAttempt.findMany({
    where: { username, ip, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    take: MAX_FAILURES,
    select: { success: true, createdAt: true },
  });
  const failuresInARow = recent.findIndex((a) => a.success);
  const count = failuresInARow === -1 ? recent.length : failuresInARow;
  if (count < MAX_FAILURES) return null;
  // Refused attempts are not recorded, so the newest failure is the one that started the lock.
  return new Date(recent[0].createdAt.getTime() + LOCK_MINUTES * 60_000);
}

export async function attemptSignIn(db: Db, rawUsername: string, password: string, ip: string): Promise<SignInResult> {
  const username = normaliseUsername(rawUsername);
  const at = now();
  const until = await lockedUntil(db, username, ip, at);
  if (until) return { ok: false, reason: 'THROTTLED', retryAt: until };

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, active: true, sessionVersion: true, displayName: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password.slice(0, 1024));
  const success = Boolean(user && user.active && valid);
  await db.loginAttempt.create({ data: { username, ip: ip.slice(0, 100), success, createdAt: at } });
  if (!success || !user) return { ok: false, reason: 'INVALID' };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: at } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, displayName: user.displayName } };
}
