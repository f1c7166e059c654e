import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { now } from '@/lib/clock';
import { allowedFrom, canMove, EDITABLE_STATUSES, isEditableStatus } from '@/lib/workflow/transitions';
import { notify, reviewersOf } from '@/lib/notifications/notify';
import { registrationContext, type RegistrationContext } from './context';
import { registrationLock } from './lock';
import { checkIndividuals, readTarget, validateRegistration, type IndividualInput, type TargetValues } from './rules';
import { isCollectiveTitle } from './titles';
import { diffRegistrations } from './diff';
import { changedParts, registrationSnapshot } from './snapshot';
import type { RegistrationDraftInput } from './schema';

export const MAX_REGISTRATION_NOTE = 2000;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
const validation = (fieldErrors: Record<string, FieldErrorKey[]>) => new DomainError('VALIDATION', 'VALIDATION', {}, fieldErrors);

/** Refuses a first filing outside the window (1 October of the year before to 31 March), saying why. */
function assertWindow(ctx: RegistrationContext, status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | null, actor: Actor) {
  const lock = registrationLock({ status, window: ctx.window, role: actor.role });
  if (lock.reason === 'WINDOW_CLOSED') throw new DomainError('PERIOD_CLOSED');
  if (lock.reason === 'WINDOW_NOT_OPEN') throw new DomainError('PERIOD_NOT_OPEN');
}

/** The registration's current content as a snapshot (targets by indicator code, individuals with names). */
async function currentSnapshot(client: Tx | typeof db, registration: { id: number; collectiveTitleCode: string | null; note: string | null }) {
  const [targets, individuals] = await Promise.all([
    client.registrationTarget.findMany({ where: { registrationId: registration.id }, include: { indicator: { select: { code: true } } } }),
    client.individualRegistration.findMany({ where: { registrationId: registration.id }, include: { person: { select: { fullName: true } } } }),
  ]);
  return registrationSnapshot(
    registration,
    targets.map((t) => ({ indicatorCode: t.indicator.code, targetValue: t.targetValue, targetMin: t.targetMin, targetMax: t.targetMax, note: t.note })),
    individuals.map((i) => ({ personId: i.personId, fullName: i.person.fullName, position: i.position, titleCode: i.titleCode })),
  );
}

/** The typed input read and checked as far as a draft needs: unreadable numbers, foreign persons or codes are refused. */
function readDraft(ctx: RegistrationContext, input: RegistrationDraftInput) {
  const errors: Record<string, FieldErrorKey[]> = {};
  const byCode = new Map(ctx.indicators.map((i) => [i.code, i]));
  const targets: Array<{ indicatorId: number; values: TargetValues }> = [];
  for (const [code, typed] of Object.entries(input.targets)) {
    const indicator = byCode.get(code);
    if (!indicator) {
      errors[`t.${code}`] = ['registration.validation.unknownIndicator'];
      continue;
    }
    const read = readTarget(indicator.kind, typed, input.locale ?? 'vi');
    if (read.errors.length) errors[`t.${code}`] = read.errors;
    targets.push({ indicatorId: indicator.id, values: read.values });
  }
  const collectiveTitleCode = input.collectiveTitleCode || null;
  if (collectiveTitleCode && !isCollectiveTitle(collectiveTitleCode)) errors.collectiveTitle = ['registration.validation.collectiveTitle'];
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > MAX_REGISTRATION_NOTE) errors.note = [{ messageKey: 'validation.tooLong', params: { max: MAX_REGISTRATION_NOTE } }];
  const individuals: IndividualInput[] = input.individuals.map((i) => ({ personId: i.personId, position: i.position?.trim() ? i.position.trim() : null, titleCode: i.titleCode }));
  Object.assign(errors, checkIndividuals(individuals, new Set(ctx.persons.map((p) => p.id))));
  if (Object.keys(errors).length) throw validation(errors);
  return { targets, collectiveTitleCode, note, individuals };
}

/**
 * Saves the unit's registration for a year as a draft (officer or head of the unit). The version
 * check refuses to overwrite another editor's newer save; the audit row keeps what changed, before
 * and after.
 */
export async function saveRegistrationDraft(actor: Actor, input: RegistrationDraftInput) {
  requirePermission(actor, 'unit:edit', { unitId: input.unitId, provinceId: actor.provinceId });
  const ctx = await registrationContext(actor.provinceId, input.unitId, input.year);
  const draft = readDraft(ctx, input);
  const content = { collectiveTitleCode: draft.collectiveTitleCode, note: draft.note, updatedById: actor.id };

  try {
    return await db.$transaction(async (tx) => {
      let registration = await tx.registration.findUnique({ where: { unitId_campaignId_year: { unitId: ctx.unit.id, campaignId: ctx.campaign.id, year: ctx.year } } });
      const created = !registration;
      const before = registration ? await currentSnapshot(tx, registration) : null;
      if (!registration) {
        if (input.version !== 0) throw new DomainError('STALE');
        assertWindow(ctx, null, actor);
        registration = await tx.registration.create({
          data: { provinceId: actor.provinceId, unitId: ctx.unit.id, campaignId: ctx.campaign.id, year: ctx.year, ...content },
        });
      } else {
        if (!isEditableStatus(registration.status)) throw new DomainError('INVALID_STATE', 'notEditable');
        assertWindow(ctx, registration.status, actor);
        const moved = await tx.registration.updateMany({
          where: { id: registration.id, version: input.version, status: { in: [...EDITABLE_STATUSES] } },
          data: { ...content, version: { increment: 1 } },
        });
        if (moved.count !== 1) throw new DomainError('STALE');
      }
      const registrationId = registration.id;
      for (const target of draft.targets) {
        const empty = Object.values(target.values).every((v) => v === null);
        if (empty) await tx.registrationTarget.deleteMany({ where: { registrationId, indicatorId: target.indicatorId } });
        else {
          await tx.registrationTarget.upsert({
            where: { registrationId_indicatorId: { registrationId, indicatorId: target.indicatorId } },
            create: { registrationId, indicatorId: target.indicatorId, ...target.values },
            update: target.values,
          });
        }
      }
      // The list of individuals is the form's whole list: persons left out are no longer registered.
      await tx.individualRegistration.deleteMany({ where: { registrationId, personId: { notIn: draft.individuals.map((i) => i.personId) } } });
      for (const person of draft.individuals) {
        await tx.individualRegistration.upsert({
          where: { registrationId_personId: { registrationId, personId: person.personId } },
          create: { registrationId, ...person },
          update: { position: person.position, titleCode: person.titleCode },
        });
      }
      const fresh = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
      const after = await currentSnapshot(tx, fresh);
      const diff = diffRegistrations(before, after);
      if (diff.changed || created) {
        await audit(tx, auditActor(actor), {
          action: 'registration.save',
          entityType: 'Registration',
          entityId: registrationId,
          unitId: ctx.unit.id,
          before: before ? changedParts(before, diff) : undefined,
          after: { year: ctx.year, ...changedParts(after, diff) },
        });
      }
      return { registrationId, version: fresh.version, savedAt: fresh.updatedAt };
    });
  } catch (error) {
    // Two first saves at once: the unique (unit, campaign, year) lets one create it; the other reloads.
    if (isUniqueViolation(error)) throw new DomainError('STALE');
    throw error;
  }
}

/** The registration of the actor's province, or NOT_FOUND (never a hint that another province's exists). */
export async function findRegistration(actor: Actor, registrationId: number) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, provinceId: actor.provinceId },
    include: { unit: { select: { id: true, name: true } } },
  });
  if (!registration) throw new DomainError('NOT_FOUND');
  return registration;
}

/** The unit head sends the registration: everything is checked now, every problem keyed by its field. */
export async function submitRegistration(actor: Actor, input: { registrationId: number; version: number }) {
  const registration = await findRegistration(actor, input.registrationId);
  requirePermission(actor, 'unit:submit', { unitId: registration.unitId, provinceId: actor.provinceId });
  if (!canMove('submit', registration.status, actor.role)) throw new DomainError('INVALID_STATE', 'notEditable');
  const ctx = await registrationContext(actor.provinceId, registration.unitId, registration.year);
  assertWindow(ctx, registration.status, actor);

  const snapshot = await currentSnapshot(db, registration);
  const check = validateRegistration(
    ctx.indicators,
    {
      collectiveTitleCode: registration.collectiveTitleCode,
      targets: new Map(Object.entries(snapshot.targets).map(([code, t]) => [code, { targetValue: t?.value, targetMin: t?.min, targetMax: t?.max }])),
      individuals: snapshot.individuals,
    },
    new Set(ctx.persons.map((p) => p.id)),
  );
  if (!check.ok) throw validation(check.fieldErrors);
  // Only the applicable indicators go to Home Affairs (an indicator may have stopped applying).
  const applicable = new Set(ctx.indicators.map((i) => i.code));
  const sent = { ...snapshot, targets: Object.fromEntries(Object.entries(snapshot.targets).filter(([code]) => applicable.has(code))) };

  const at = now();
  const number = registration.submissionCount + 1;
  await db.$transaction(async (tx) => {
    const moved = await tx.registration.updateMany({
      where: { id: registration.id, version: input.version, status: { in: [...allowedFrom('submit')] } },
      data: { status: 'SUBMITTED', version: { increment: 1 }, submissionCount: { increment: 1 }, submittedAt: at, submittedById: actor.id },
    });
    if (moved.count !== 1) throw new DomainError('STALE');
    await tx.submissionVersion.create({
      data: { registrationId: registration.id, number, submittedById: actor.id, submittedAt: at, snapshot: sent as unknown as Prisma.InputJsonValue },
    });
    await audit(tx, auditActor(actor), {
      action: 'registration.submit',
      entityType: 'Registration',
      entityId: registration.id,
      unitId: registration.unitId,
      fromStatus: registration.status,
      toStatus: 'SUBMITTED',
      after: { year: registration.year, submission: number },
    });
    await notify(tx, await reviewersOf(tx, actor.provinceId), {
      kind: 'REGISTRATION_SUBMITTED',
      params: { year: registration.year, unit: registration.unit.name },
      link: `/review/registrations/${registration.id}`,
      event: `registration-submitted:${registration.id}:${number}`,
    });
  });
  return { submission: number };
}
