import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { now } from '@/lib/clock';
import { allowedFrom, canMove, targetOf, type Transition } from '@/lib/workflow/transitions';
import { notify, usersOfUnit } from '@/lib/notifications/notify';
import { findRegistration } from './registration-service';

/** A reviewer's comment: on one indicator, or on the whole registration (indicatorId null). */
export type RegistrationComment = { indicatorId: number | null; text: string };

export const MAX_COMMENT = 2000;

/**
 * One Home Affairs decision on a registration: the status moves only if it is still in the state
 * and version the reviewer saw, so of two reviewers acting at once exactly one wins.
 */
async function decide(actor: Actor, registrationId: number, expectedVersion: number, transition: Transition, extra: { comments?: RegistrationComment[]; reason?: string }) {
  requirePermission(actor, 'review:act');
  const registration = await findRegistration(actor, registrationId);
  if (!canMove(transition, registration.status, actor.role)) throw new DomainError('INVALID_STATE', 'alreadyDecided');
  const comments = extra.comments ?? [];
  const indicatorIds = [...new Set(comments.flatMap((c) => (c.indicatorId === null ? [] : [c.indicatorId])))];
  if (indicatorIds.length) {
    const known = new Set((await db.indicator.findMany({ where: { id: { in: indicatorIds }, campaignId: registration.campaignId }, select: { id: true } })).map((i) => i.id));
    const unknown = indicatorIds.filter((id) => !known.has(id));
    if (unknown.length) throw new DomainError('VALIDATION', 'VALIDATION', {}, Object.fromEntries(unknown.map((id) => [`c.${id}`, ['validation.invalid']])));
  }
  const to = targetOf(transition);
  const at = now();
  await db.$transaction(async (tx) => {
    const moved = await tx.registration.updateMany({
      where: { id: registration.id, version: expectedVersion, status: { in: [...allowedFrom(transition)] } },
      data: { status: to, version: { increment: 1 }, reviewedAt: at, reviewedById: actor.id },
    });
    if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    if (comments.length) {
      await tx.reviewComment.createMany({
        data: comments.map((c) => ({ registrationId: registration.id, indicatorId: c.indicatorId, round: registration.submissionCount, text: c.text, authorId: actor.id, createdAt: at })),
      });
    }
    await audit(tx, auditActor(actor), {
      action: `registration.${transition}`,
      entityType: 'Registration',
      entityId: registration.id,
      unitId: registration.unitId,
      fromStatus: registration.status,
      toStatus: to,
      after: { year: registration.year, ...(comments.length ? { comments } : {}), ...(extra.reason ? { reason: extra.reason } : {}) },
    });
    await notify(tx, await usersOfUnit(tx, registration.unitId), {
      kind: transition === 'accept' ? 'REGISTRATION_ACCEPTED' : transition === 'reopen' ? 'REGISTRATION_REOPENED' : 'REGISTRATION_RETURNED',
      params: { year: registration.year, unit: registration.unit.name, comments: comments.length, reason: extra.reason ?? '' },
      link: `/registration/${registration.year}`,
      event: `registration-${transition}:${registration.id}:${registration.version}`,
    });
  });
}

export async function acceptRegistration(actor: Actor, registrationId: number, version: number) {
  return decide(actor, registrationId, version, 'accept', {});
}

/** Returns a registration with every problem at once: comments on single indicators or on the whole. */
export async function returnRegistration(actor: Actor, registrationId: number, version: number, comments: RegistrationComment[]) {
  const cleaned = comments.map((c) => ({ indicatorId: c.indicatorId, text: c.text.trim() })).filter((c) => c.text !== '');
  if (cleaned.length === 0) throw new DomainError('VALIDATION', 'commentsRequired');
  if (cleaned.some((c) => c.text.length > MAX_COMMENT)) throw new DomainError('VALIDATION', 'VALIDATION');
  return decide(actor, registrationId, version, 'return', { comments: cleaned });
}

/** Reopens an accepted registration for correction, with the reason (audited and shown to the unit). */
export async function reopenRegistration(actor: Actor, registrationId: number, version: number, reason: string) {
  const text = reason.trim();
  if (text === '') throw new DomainError('VALIDATION', 'VALIDATION', {}, { reason: ['validation.required'] });
  if (text.length > MAX_COMMENT) throw new DomainError('VALIDATION', 'VALIDATION', {}, { reason: [{ messageKey: 'validation.tooLong', params: { max: MAX_COMMENT } }] });
  return decide(actor, registrationId, version, 'reopen', { reason: text, comments: [{ indicatorId: null, text }] });
}
