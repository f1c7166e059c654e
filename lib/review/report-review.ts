import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { addDays, dayToDate, now, vnDay, type Day } from '@/lib/clock';
import { allowedFrom, canMove, targetOf, type Transition } from '@/lib/workflow/transitions';
import { notify, usersOfUnit } from '@/lib/notifications/notify';

export type ReviewComment = { elementId: number | null; text: string };

async function findReport(actor: Actor, reportId: number) {
  const report = await db.report.findFirst({
    where: { id: reportId, provinceId: actor.provinceId },
    include: { unit: { select: { id: true, name: true } }, period: true },
  });
  if (!report) throw new DomainError('NOT_FOUND');
  return report;
}

function periodParams(period: { type: string; year: number; number: number }) {
  return { periodType: period.type, year: period.year, number: period.number };
}

/**
 * One reviewer decision: the status moves only if the report is still in the state (and version)
 * the reviewer saw, so two reviewers acting at once cannot both win; the loser is told why.
 */
async function decide(
  actor: Actor,
  reportId: number,
  expectedVersion: number,
  transition: Transition,
  extra: { comments?: ReviewComment[]; reason?: string },
) {
  requirePermission(actor, 'review:act');
  const report = await findReport(actor, reportId);
  if (!canMove(transition, report.status, actor.role)) throw new DomainError('INVALID_STATE', 'alreadyDecided');
  // A comment is on an element of the report's campaign, or on the whole report.
  const elementIds = [...new Set((extra.comments ?? []).flatMap((c) => (c.elementId === null ? [] : [c.elementId])))];
  if (elementIds.length) {
    const known = new Set((await db.dataElement.findMany({ where: { id: { in: elementIds }, campaignId: report.period.campaignId }, select: { id: true } })).map((e) => e.id));
    const unknown = elementIds.filter((id) => !known.has(id));
    if (unknown.length) throw new DomainError('VALIDATION', 'VALIDATION', {}, Object.fromEntries(unknown.map((id) => [`c.${id}`, ['validation.invalid']])));
  }
  const to = targetOf(transition);
  const at = now();
  await db.$transaction(async (tx) => {
    const moved = await tx.report.updateMany({
      where: { id: report.id, version: expectedVersion, status: { in: [...allowedFrom(transition)] } },
      data: { status: to, version: { increment: 1 }, reviewedAt: at, reviewedById: actor.id },
    });
    if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    const comments = extra.comments ?? [];
    if (comments.length) {
      await tx.reviewComment.createMany({
        data: comments.map((c) => ({ reportId: report.id, elementId: c.elementId, round: report.submissionCount, text: c.text, authorId: actor.id, createdAt: at })),
      });
    }
    await audit(tx, auditActor(actor), {
      action: `report.${transition}`,
      entityType: 'Report',
      entityId: report.id,
      unitId: report.unitId,
      fromStatus: report.status,
      toStatus: to,
      after: comments.length || extra.reason ? { comments, reason: extra.reason } : undefined,
    });
    const kind = transition === 'accept' ? 'REPORT_ACCEPTED' : transition === 'return' ? 'REPORT_RETURNED' : 'REPORT_REOPENED';
    await notify(tx, await usersOfUnit(tx, report.unitId), {
      kind,
      params: { ...periodParams(report.period), unit: report.unit.name, comments: comments.length, reason: extra.reason ?? '' },
      link: `/reports/${report.periodId}`,
      event: `report-${transition}:${report.id}:${report.version}`,
    });
  });
}

export function acceptReport(actor: Actor, reportId: number, version: number) {
  return decide(actor, reportId, version, 'accept', {});
}

/** Returns a report with every problem at once: comments on single elements or on the whole report. */
export function returnReport(actor: Actor, reportId: number, version: number, comments: ReviewComment[]) {
  if (comments.length === 0) throw new DomainError('VALIDATION', 'commentsRequired');
  return decide(actor, reportId, version, 'return', { comments });
}

/** Reopens accepted data for correction, with the reason (audited and shown to the unit). */
export function reopenReport(actor: Actor, reportId: number, version: number, reason: string) {
  return decide(actor, reportId, version, 'reopen', { reason, comments: [{ elementId: null, text: reason }] });
}

/** Reopens a closed period for one unit until a day (Home Affairs only), so the unit can file late. */
export async function reopenPeriodForUnit(actor: Actor, input: { periodId: number; unitId: number; until: Day; reason: string }) {
  requirePermission(actor, 'review:act');
  const [unit, period] = await Promise.all([
    db.unit.findFirst({ where: { id: input.unitId, provinceId: actor.provinceId }, select: { id: true, name: true } }),
    db.reportingPeriod.findFirst({ where: { id: input.periodId, campaign: { provinceId: actor.provinceId } } }),
  ]);
  if (!unit || !period) throw new DomainError('NOT_FOUND');
  const today = vnDay();
  if (input.until < today || input.until > addDays(today, 90)) {
    throw new DomainError('VALIDATION', 'VALIDATION', {}, { until: ['review.untilRange'] });
  }
  await db.$transaction(async (tx) => {
    const row = await tx.periodReopening.create({
      data: { periodId: period.id, unitId: unit.id, untilDate: dayToDate(input.until), reason: input.reason, byId: actor.id },
    });
    await audit(tx, auditActor(actor), {
      action: 'period.reopen-for-unit',
      entityType: 'ReportingPeriod',
      entityId: period.id,
      unitId: unit.id,
      after: { until: input.until, reason: input.reason },
    });
    await notify(tx, await usersOfUnit(tx, unit.id), {
      kind: 'PERIOD_REOPENED',
      params: { ...periodParams(period), unit: unit.name, until: input.until.split('-').reverse().join('/'), reason: input.reason },
      link: `/reports/${period.id}`,
      event: `period-reopened:${row.id}`,
    });
  });
}
