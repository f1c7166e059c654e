/**
 * Initial and reset passwords: random, long, and easy to read aloud or copy from a screen
 * (no 0/O, 1/l/I). They always satisfy the password policy of lib/auth/password.ts.
 */
import { randomInt } from 'node:crypto';

const LOWER = 'abcdefghjkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '@#$%&*+=?';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];

/** 16 characters (about 98 bits) with at least one lower, upper, digit and symbol, in random order. */
export function generatePassword(length = 16): string {
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates with a cryptographic source, so the required classes sit anywhere.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
