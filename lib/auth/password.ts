/**
 * Password hashing: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane).
 */
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// Argon2id is the default algorithm of @node-rs/argon2; the enum is const and cannot be imported under isolatedModules.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of nothing in particular, verified when the account does not exist so that timing tells nothing. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hashPassword('not-an-account-password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** At least 8 characters with a letter and a digit; at most 128 (argon2 takes longer input, a form need not). */
export const newPasswordSchema = z
  .string()
  .min(8, { message: 'password.tooShort' })
  .max(128, { message: 'password.tooLong' })
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), { message: 'password.weak' });
