import 'server-only';
/**
 * Home Affairs' side (thẩm định): receive the dossier, ask once for every missing item, appraise
 * with notes, reject with reasons, open the public disclosure. Each step moves only from the state
 * (and version) the reviewer saw, so two reviewers acting at once cannot both win.
 */
import { db, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { addDays, dateToDay, dayToDate, now, vnDay } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { fromStates, targetOf, type ProposalTransition } from '@/lib/commendation/proposal-flow';
import { notify, usersOfUnit } from '@/lib/notifications/notify';
import { assertStep, findReadableProposal, formOf } from './lookup';
import { disclosureWindowFrom, needsOf } from './rules';
import { proposalLabels } from './proposal-service';

type Proposal = Awaited<ReturnType<typeof findReadableProposal>>;

async function reviewerProposal(actor: Actor, proposalId: number, transition: ProposalTransition, today = vnDay()) {
  requirePermission(actor, 'review:act');
  const proposal = await findReadableProposal(actor, proposalId);
  const form = await formOf(db, proposal.provinceId, proposal.formCode);
  const needs = needsOf(form);
  assertStep(transition, proposal.status, actor, { needs, today, disclosureEnd: proposal.disclosureEnd ? dateToDay(proposal.disclosureEnd) : null });
  return { proposal, needs };
}

/** The conditional move of a step: from the states the flow allows and the version the reviewer saw. */
async function move(tx: Tx, proposal: Proposal, version: number, transition: ProposalTransition, data: Prisma.ProposalUpdateManyMutationInput = {}) {
  const moved = await tx.proposal.updateMany({
    where: { id: proposal.id, version, status: { in: [...fromStates(transition)] } },
    data: { ...data, status: targetOf(transition), version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
}

/** Acknowledges the dossier (tiếp nhận): no change of state, once per submission, seen by the unit. */
export async function receiveProposal(actor: Actor, input: { proposalId: number; version: number }) {
  requirePermission(actor, 'review:act');
  const proposal = await findReadableProposal(actor, input.proposalId);
  if (proposal.status !== 'SUBMITTED') throw new DomainError('INVALID_STATE', 'commendation.flow.wrongState');
  if (proposal.version !== input.version) throw new DomainError('STALE', 'alreadyDecided');
  await db.$transaction(async (tx) => {
    // Locks the row, so two reviewers receiving at once write one acknowledgement.
    await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${proposal.id} FOR UPDATE`;
    const already = await tx.proposalComment.count({ where: { proposalId: proposal.id, kind: 'RECEIVED', createdAt: { gte: proposal.submittedAt ?? new Date(0) } } });
    if (already) throw new DomainError('INVALID_STATE', 'commendation.errors.alreadyReceived');
    await tx.proposalComment.create({ data: { proposalId: proposal.id, authorId: actor.id, kind: 'RECEIVED', text: '', createdAt: now() } });
    await audit(tx, auditActor(actor), { action: 'proposal.receive', entityType: 'Proposal', entityId: proposal.id, unitId: proposal.unitId, after: { submission: proposal.submissionCount } });
  });
}

/**
 * Asks for every missing item at once: document types and free-text items in one request; the
 * proposal goes back to the unit (NEEDS_INFO) until the head submits it again.
 */
export async function requestMissingItems(actor: Actor, input: { proposalId: number; version: number; docTypes: string[]; notes: string[] }) {
  const count = input.docTypes.length + input.notes.length;
  if (count === 0) throw new DomainError('VALIDATION', 'commendation.errors.itemsRequired', {}, { other: ['commendation.errors.itemsRequired'] });
  const { proposal } = await reviewerProposal(actor, input.proposalId, 'requestInfo');
  const at = now();
  await db.$transaction(async (tx) => {
    await move(tx, proposal, input.version, 'requestInfo');
    await tx.proposalComment.createMany({
      data: [
        ...input.docTypes.map((docType) => ({ proposalId: proposal.id, authorId: actor.id, kind: 'NEEDS_INFO_DOC', text: docType, createdAt: at })),
        ...input.notes.map((text) => ({ proposalId: proposal.id, authorId: actor.id, kind: 'NEEDS_INFO', text, createdAt: at })),
      ],
    });
    await audit(tx, auditActor(actor), {
      action: 'proposal.request-info',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: 'NEEDS_INFO',
      after: { docTypes: input.docTypes, notes: input.notes },
    });
    await notify(tx, await usersOfUnit(tx, proposal.unitId), {
      kind: 'PROPOSAL_NEEDS_INFO',
      params: { ...(await proposalLabels(tx, proposal)), count },
      link: `/proposals/${proposal.id}`,
      event: `proposal-needs-info:${proposal.id}:${proposal.version}`,
    });
  });
}

/** Appraises the dossier (thẩm định) with the reviewer's notes: ready for disclosure, council or decision. */
export async function appraiseProposal(actor: Actor, input: { proposalId: number; version: number; note: string }) {
  const { proposal } = await reviewerProposal(actor, input.proposalId, 'appraise');
  const at = now();
  await db.$transaction(async (tx) => {
    await move(tx, proposal, input.version, 'appraise', { appraisalNote: input.note, appraisedAt: at, appraisedById: actor.id });
    await tx.proposalComment.create({ data: { proposalId: proposal.id, authorId: actor.id, kind: 'APPRAISAL', text: input.note, createdAt: at } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.appraise',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: 'APPRAISED',
      after: { note: input.note, eligible: proposal.eligible },
    });
    await notify(tx, await usersOfUnit(tx, proposal.unitId), {
      kind: 'PROPOSAL_APPRAISED',
      params: await proposalLabels(tx, proposal),
      link: `/proposals/${proposal.id}`,
      event: `proposal-appraised:${proposal.id}:${proposal.version}`,
    });
  });
}

/** Rejects the proposal with the reasons; the unit is told. */
export async function rejectProposal(actor: Actor, input: { proposalId: number; version: number; reason: string }) {
  const { proposal } = await reviewerProposal(actor, input.proposalId, 'reject');
  const at = now();
  await db.$transaction(async (tx) => {
    await move(tx, proposal, input.version, 'reject', { rejectionReason: input.reason });
    await tx.proposalComment.create({ data: { proposalId: proposal.id, authorId: actor.id, kind: 'REJECTION', text: input.reason, createdAt: at } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.reject',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: 'REJECTED',
      after: { reason: input.reason },
    });
    await notify(tx, await usersOfUnit(tx, proposal.unitId), {
      kind: 'PROPOSAL_REJECTED',
      params: { ...(await proposalLabels(tx, proposal)), reason: input.reason },
      link: `/proposals/${proposal.id}`,
      event: `proposal-rejected:${proposal.id}:${proposal.version}`,
    });
  });
}

/** The province's public holidays from `from` on (enough for any window the settings allow). */
async function holidaysFrom(provinceId: number, from: string): Promise<string[]> {
  const rows = await db.holiday.findMany({ where: { provinceId, day: { gte: dayToDate(from), lte: dayToDate(addDays(from, 200)) } }, select: { day: true } });
  return rows.map((r) => dateToDay(r.day));
}

/**
 * Puts an appraised proposal whose form requires it on the public page: from the next working day,
 * for the configured number of working days (weekends and public holidays skipped).
 */
export async function openDisclosure(actor: Actor, input: { proposalId: number; version: number }) {
  const today = vnDay();
  const { proposal } = await reviewerProposal(actor, input.proposalId, 'openDisclosure', today);
  const [workingDays, holidays] = await Promise.all([getSetting(actor.provinceId, 'commendation.disclosureWorkingDays'), holidaysFrom(actor.provinceId, today)]);
  const window = disclosureWindowFrom(today, workingDays, holidays);
  await db.$transaction(async (tx) => {
    await move(tx, proposal, input.version, 'openDisclosure', { disclosureStart: dayToDate(window.start), disclosureEnd: dayToDate(window.end) });
    await audit(tx, auditActor(actor), {
      action: 'proposal.open-disclosure',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: 'DISCLOSURE',
      after: { start: window.start, end: window.end, workingDays },
    });
  });
  return window;
}
