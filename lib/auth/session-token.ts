import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authOptions } from './options';
import { SESSION_COOKIES } from './cookies';

/** What the sign-in put in the session token (lib/auth/options.ts, the jwt callback). */
export type SessionClaims = { uid: number; sv: number };

const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, SessionClaims & { expiresAt: number }>();

/**
 * The claims of the request's session cookie, or null. Only reads: next-auth's getServerSession
 * runs its whole session endpoint (a CSRF token, decrypting, then encrypting a new token that a
 * server component cannot even set), about a third of an autosave's time. A token already decrypted
 * is remembered until it expires (the same text always holds the same claims); whether the account
 * may still use it is checked against the database on every request by the caller.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  const now = Date.now();
  const known = remembered.get(token);
  if (known) {
    if (known.expiresAt > now) return { uid: known.uid, sv: known.sv };
    remembered.delete(token);
    return null;
  }
  const payload = await decode({ token, secret: authOptions.secret ?? process.env.AUTH_SECRET ?? '' }).catch(() => null);
  if (!payload || typeof payload.uid !== 'number' || typeof payload.sv !== 'number' || typeof payload.exp !== 'number') return null;
  if (payload.exp * 1000 <= now) return null;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(token, { uid: payload.uid, sv: payload.sv, expiresAt: payload.exp * 1000 });
  return { uid: payload.uid, sv: payload.sv };
}
