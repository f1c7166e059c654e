import 'server-only';
/**
 * Council sessions (phiên họp Hội đồng Thi đua - Khen thưởng tỉnh), prepared by Home Affairs:
 * create, put the proposals that need the council on the agenda, open (the threshold and the number
 * of ALL active members are fixed then), close (each proposal approved or rejected against them).
 * The ballot itself is in ./ballot-box.ts.
 */
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { dateToDay, dayToDate, now, vnDay, type Day } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { refusalOf, targetOf } from '@/lib/commendation/proposal-flow';
import { decideProposal, requiredYes } from '@/lib/commendation/ballot';
import { formatDay } from '@/lib/i18n/format';
import { notify, usersOfUnit } from '@/lib/notifications/notify';
import { activeMemberIds, findSession, flowRefusal, formNeeds, nomineeName, refuse, roundPct } from './common';
import { rejectionReason } from './texts';

export async function createCouncilSession(actor: Actor, input: { title: string; meetingDate: Day }) {
  requirePermission(actor, 'review:act');
  const thresholdPct = roundPct(await getSetting(actor.provinceId, 'council.approvalThresholdPct'));
  return db.$transaction(async (tx) => {
    const session = await tx.councilSession.create({
      data: { provinceId: actor.provinceId, title: input.title, meetingDate: dayToDate(input.meetingDate), thresholdPct, createdById: actor.id },
    });
    await audit(tx, auditActor(actor), {
      action: 'council.create',
      entityType: 'CouncilSession',
      entityId: session.id,
      toStatus: 'DRAFT',
      after: { title: input.title, meetingDate: input.meetingDate },
      at: now(),
    });
    return session;
  });
}

/** Locks a session that must still be in `status` for the rest of the transaction, or refuses. */
async function lockSession(tx: Tx, sessionId: number, status: 'DRAFT' | 'OPEN') {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "CouncilSession" WHERE id = ${sessionId} AND status = ${status}::"CouncilSessionStatus" FOR UPDATE`;
  if (rows.length !== 1) throw refuse('STALE', status === 'DRAFT' ? 'sessionNotDraft' : 'sessionNotOpen');
}

/** Puts an appraised proposal (its disclosure window over, where the form needs one) on a draft session's agenda. */
export async function addProposalToSession(actor: Actor, sessionId: number, proposalId: number) {
  requirePermission(actor, 'review:act');
  const session = await findSession(actor, sessionId);
  if (session.status !== 'DRAFT') throw refuse('INVALID_STATE', 'sessionNotDraft');
  const proposal = await db.proposal.findFirst({ where: { id: proposalId, provinceId: actor.provinceId } });
  if (!proposal) throw new DomainError('NOT_FOUND');
  const needs = (await formNeeds(db, actor.provinceId, [proposal.formCode])).get(proposal.formCode);
  if (!needs) throw new DomainError('NOT_FOUND');
  const refusal = refusalOf('sendToCouncil', proposal.status, actor.role, {
    needs,
    today: vnDay(),
    disclosureEnd: proposal.disclosureEnd ? dateToDay(proposal.disclosureEnd) : null,
  });
  if (refusal) throw flowRefusal(refusal);
  const to = targetOf('sendToCouncil');
  await db.$transaction(async (tx) => {
    await lockSession(tx, session.id, 'DRAFT');
    const moved = await tx.proposal.updateMany({
      where: { id: proposal.id, status: proposal.status, version: proposal.version },
      data: { status: to, councilSessionId: session.id, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    await tx.councilItem.create({ data: { sessionId: session.id, proposalId: proposal.id } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.sendToCouncil',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: to,
      after: { sessionId: session.id, session: session.title },
      at: now(),
    });
  });
}

/** Takes a proposal off a draft session's agenda: it returns to where it was (appraised, or disclosed). */
export async function removeProposalFromSession(actor: Actor, sessionId: number, proposalId: number) {
  requirePermission(actor, 'review:act');
  const session = await findSession(actor, sessionId);
  if (session.status !== 'DRAFT') throw refuse('INVALID_STATE', 'sessionNotDraft');
  const proposal = await db.proposal.findFirst({ where: { id: proposalId, provinceId: actor.provinceId, councilSessionId: session.id, status: 'COUNCIL' } });
  if (!proposal) throw new DomainError('NOT_FOUND');
  const back = proposal.disclosureStart ? 'DISCLOSURE' : 'APPRAISED';
  await db.$transaction(async (tx) => {
    await lockSession(tx, session.id, 'DRAFT');
    const moved = await tx.proposal.updateMany({
      where: { id: proposal.id, status: 'COUNCIL', version: proposal.version },
      data: { status: back, councilSessionId: null, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    await tx.councilItem.deleteMany({ where: { sessionId: session.id, proposalId: proposal.id } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.removeFromCouncil',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: 'COUNCIL',
      toStatus: back,
      after: { sessionId: session.id },
      at: now(),
    });
  });
}

/**
 * Opens the ballot: the threshold in force and the number of ALL active council members are fixed
 * now, so a setting changed or a member added during the session changes nothing; members are told.
 */
export async function openCouncilSession(actor: Actor, sessionId: number) {
  requirePermission(actor, 'review:act');
  const session = await findSession(actor, sessionId);
  if (session.status !== 'DRAFT') throw refuse('INVALID_STATE', 'sessionNotDraft');
  const at = now();
  return db.$transaction(async (tx) => {
    const [members, itemCount, setting] = await Promise.all([
      activeMemberIds(tx, actor.provinceId),
      tx.councilItem.count({ where: { sessionId: session.id } }),
      getSetting(actor.provinceId, 'council.approvalThresholdPct', tx),
    ]);
    if (itemCount === 0) throw refuse('INVALID_STATE', 'emptySession');
    if (members.length === 0) throw refuse('INVALID_STATE', 'noMembers');
    const thresholdPct = roundPct(setting);
    const opened = await tx.councilSession.updateMany({
      where: { id: session.id, status: 'DRAFT' },
      data: { status: 'OPEN', thresholdPct, memberCount: members.length, openedAt: at },
    });
    if (opened.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    const required = requiredYes(members.length, thresholdPct);
    await audit(tx, auditActor(actor), {
      action: 'council.open',
      entityType: 'CouncilSession',
      entityId: session.id,
      fromStatus: 'DRAFT',
      toStatus: 'OPEN',
      after: { thresholdPct, memberCount: members.length, requiredYes: required, items: itemCount },
      at,
    });
    await notify(tx, members, {
      kind: 'COUNCIL_SESSION_OPENED',
      params: { title: session.title, meetingDate: formatDay(session.meetingDate), items: itemCount },
      link: `/council/${session.id}`,
      event: `council-open:${session.id}`,
    });
    return { memberCount: members.length, thresholdPct, requiredYes: required };
  });
}

export type ItemResult = { proposalId: number; yes: number; no: number; abstain: number; required: number; approved: boolean };

/**
 * Closes the ballot and records the result of each proposal: approved when YES >= ceil(threshold ×
 * ALL members), else rejected (the proposing unit is told, with the count). Two reviewers closing at
 * once: the status condition lets one win. Waits for ballots being cast (they hold the session row).
 */
export async function closeCouncilSession(actor: Actor, sessionId: number): Promise<ItemResult[]> {
  requirePermission(actor, 'review:act');
  const session = await findSession(actor, sessionId);
  if (session.status !== 'OPEN') throw new DomainError('STALE', 'alreadyDecided');
  const at = now();
  const results = await db.$transaction(async (tx) => {
    const closed = await tx.councilSession.updateMany({ where: { id: session.id, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: at } });
    if (closed.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    // Read after the update: it waited for every ballot in flight, so all of them are counted.
    const fresh = await tx.councilSession.findUniqueOrThrow({ where: { id: session.id } });
    const settings = { memberCount: fresh.memberCount ?? 0, thresholdPct: Number(fresh.thresholdPct) };
    const [items, voters] = await Promise.all([
      tx.councilItem.findMany({
        where: { sessionId: session.id },
        orderBy: { id: 'asc' },
        include: { proposal: { include: { person: { select: { fullName: true } }, recipientUnit: { select: { name: true } } } } },
      }),
      tx.councilVote.count({ where: { sessionId: session.id } }),
    ]);
    const needs = await formNeeds(tx, actor.provinceId, items.map((i) => i.proposal.formCode));
    const out: ItemResult[] = [];
    for (const item of items) {
      const ballots = [...Array<string>(item.yesCount).fill('YES'), ...Array<string>(item.noCount).fill('NO'), ...Array<string>(item.abstainCount).fill('ABSTAIN')];
      const result = decideProposal(item.proposalId, ballots, settings);
      const p = item.proposal;
      const transition = result.approved ? 'councilApprove' : 'councilReject';
      const to = targetOf(transition);
      const reason = result.approved ? null : rejectionReason({ yes: result.tally.yes, members: settings.memberCount, required: result.required, pct: settings.thresholdPct });
      // Every item is rewritten here, so no row version left by a voter's transaction survives the session.
      await tx.councilItem.update({ where: { id: item.id }, data: { approved: result.approved } });
      const moved = await tx.proposal.updateMany({
        where: { id: p.id, status: 'COUNCIL', councilSessionId: session.id },
        data: { status: to, version: { increment: 1 }, ...(reason ? { rejectionReason: reason } : {}) },
      });
      if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
      const row: ItemResult = { proposalId: p.id, yes: result.tally.yes, no: result.tally.no, abstain: result.tally.abstain, required: result.required, approved: result.approved };
      out.push(row);
      await audit(tx, auditActor(actor), {
        action: `proposal.${transition}`,
        entityType: 'Proposal',
        entityId: p.id,
        unitId: p.unitId,
        fromStatus: 'COUNCIL',
        toStatus: to,
        after: { sessionId: session.id, ...row, memberCount: settings.memberCount, thresholdPct: settings.thresholdPct },
        at,
      });
      await notify(tx, await usersOfUnit(tx, p.unitId), {
        kind: result.approved ? 'PROPOSAL_APPROVED' : 'PROPOSAL_REJECTED_BY_COUNCIL',
        params: {
          nominee: nomineeName(p),
          form: needs.get(p.formCode)?.name ?? p.formCode,
          year: p.year,
          yes: row.yes,
          members: settings.memberCount,
          required: row.required,
          reason: reason ?? '',
        },
        link: `/proposals/${p.id}`,
        event: `council-result:${session.id}:${p.id}`,
      });
    }
    await audit(tx, auditActor(actor), {
      action: 'council.close',
      entityType: 'CouncilSession',
      entityId: session.id,
      fromStatus: 'OPEN',
      toStatus: 'CLOSED',
      after: { memberCount: settings.memberCount, thresholdPct: settings.thresholdPct, voters, results: out },
      at,
    });
    return out;
  });
  await sweepBallotBox();
  return results;
}

/**
 * Old row versions of the ballot box (one per ballot, each stamped with the voter's transaction)
 * stay in the table's pages until vacuumed; sweep them as soon as the session is closed rather than
 * whenever autovacuum passes (docs/decisions/006-secret-ballot.md). Best effort: a failure changes
 * no result and autovacuum follows.
 */
async function sweepBallotBox() {
  try {
    await db.$executeRawUnsafe('VACUUM "CouncilItem"');
  } catch {
    // autovacuum will do it
  }
}
