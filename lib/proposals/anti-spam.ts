/**
 * The public comment form's spam checks, without an external captcha: a hidden field that people
 * leave empty (honeypot), and a signed timestamp issued with the form, so that a form posted faster
 * than a person can read and type, or replayed days later, is refused. Addresses are kept only as a
 * keyed hash (for the hourly limit), never in clear. Pure apart from node:crypto.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A person needs a few seconds to read a proposal and write ten characters. */
export const MIN_FILL_SECONDS = 3;
/** A form left open longer is issued again (the page reloads it). */
export const MAX_FORM_AGE_SECONDS = 24 * 60 * 60;
export const COMMENT_MIN = 10;
export const COMMENT_MAX = 2000;
/** The honeypot's name: plausible for a robot, hidden from people and screen readers. */
export const HONEYPOT_FIELD = 'website';

const mac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/** The token the form carries: when it was issued, for which proposal, signed. */
export function issueFormToken(secret: string, proposalId: number, issuedAtMs: number): string {
  const payload = `${proposalId}.${issuedAtMs}`;
  return `${payload}.${mac(secret, `public-comment:${payload}`)}`;
}

export type TokenCheck = 'ok' | 'invalid' | 'tooFast' | 'expired';

export function checkFormToken(secret: string, token: unknown, proposalId: number, nowMs: number): TokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const m = /^(\d{1,9})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m || Number(m[1]) !== proposalId) return 'invalid';
  const expected = Buffer.from(mac(secret, `public-comment:${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = (nowMs - Number(m[2])) / 1000;
  if (age < MIN_FILL_SECONDS) return 'tooFast';
  if (age > MAX_FORM_AGE_SECONDS) return 'expired';
  return 'ok';
}

/** The address as the database keeps it: a keyed hash, useless without the server's secret. */
export function hashAddress(secret: string, address: string): string {
  return mac(secret, `address:${address}`);
}

/** Whether one more comment from an address that posted `postedLastHour` stays within the limit. */
export function withinHourlyLimit(postedLastHour: number, perHour: number): boolean {
  return postedLastHour < perHour;
}
