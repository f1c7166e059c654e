import 'server-only';
/**
 * Reads of the council pages. Tallies are read only from CLOSED sessions, for everyone: while a
 * session is open nobody (not Home Affairs, not an administrator) has a query that shows counts,
 * and no query anywhere returns what a member chose (there is nothing to return it from).
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { dateToDay, vnDay } from '@/lib/clock';
import { refusalOf } from '@/lib/commendation/proposal-flow';
import { requiredYes } from '@/lib/commendation/ballot';
import { getSetting } from '@/lib/settings/queries';
import { formNeeds, nomineeName, roundPct } from './common';

function canManage(actor: Actor) {
  return isAllowed(actor, 'review:act');
}

function assertReader(actor: Actor) {
  if (!canManage(actor) && !isAllowed(actor, 'council:vote')) throw new DomainError('FORBIDDEN');
}

/** Sessions: Home Affairs sees all of them; members see open and closed ones, and whether they voted. */
export async function listCouncilSessions(actor: Actor) {
  assertReader(actor);
  const manage = canManage(actor);
  const sessions = await db.councilSession.findMany({
    where: { provinceId: actor.provinceId, ...(manage ? {} : { status: { in: ['OPEN', 'CLOSED'] } }) },
    orderBy: [{ meetingDate: 'desc' }, { id: 'desc' }],
    include: {
      _count: { select: { items: true, votes: true } },
      votes: { where: { userId: actor.id }, select: { id: true } },
    },
  });
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    meetingDate: s.meetingDate,
    status: s.status,
    memberCount: s.memberCount,
    thresholdPct: Number(s.thresholdPct),
    items: s._count.items,
    voters: s._count.votes,
    votedByMe: s.votes.length > 0,
  }));
}

const proposalInclude = {
  unit: { select: { name: true } },
  person: { select: { fullName: true, position: true, unit: { select: { name: true } } } },
  recipientUnit: { select: { name: true } },
  documents: { orderBy: { id: 'asc' as const }, select: { docType: true, file: { select: { id: true, name: true } } } },
} as const;

export async function getCouncilSession(actor: Actor, sessionId: number) {
  assertReader(actor);
  const manage = canManage(actor);
  const session = await db.councilSession.findFirst({
    where: { id: sessionId, provinceId: actor.provinceId, ...(manage ? {} : { status: { in: ['OPEN', 'CLOSED'] } }) },
    include: {
      items: { orderBy: { id: 'asc' }, include: { proposal: { include: proposalInclude } } },
      _count: { select: { votes: true } },
    },
  });
  if (!session) throw new DomainError('NOT_FOUND');
  const [needs, myVote, currentThreshold, members] = await Promise.all([
    formNeeds(db, actor.provinceId, session.items.map((i) => i.proposal.formCode)),
    db.councilVote.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: actor.id } }, select: { votedAt: true } }),
    getSetting(actor.provinceId, 'council.approvalThresholdPct'),
    db.user.count({ where: { provinceId: actor.provinceId, role: 'COUNCIL_MEMBER', active: true } }),
  ]);
  // Fixed at opening; before that, what opening now would fix.
  const memberCount = session.memberCount ?? members;
  const thresholdPct = session.status === 'DRAFT' ? roundPct(currentThreshold) : Number(session.thresholdPct);
  const closed = session.status === 'CLOSED';
  return {
    id: session.id,
    title: session.title,
    meetingDate: session.meetingDate,
    status: session.status,
    openedAt: session.openedAt,
    closedAt: session.closedAt,
    memberCount,
    thresholdPct,
    requiredYes: memberCount > 0 ? requiredYes(memberCount, thresholdPct) : null,
    voters: session._count.votes,
    votedAt: myVote?.votedAt ?? null,
    canManage: manage,
    canVote: isAllowed(actor, 'council:vote') && session.status === 'OPEN' && !myVote,
    items: session.items.map((item) => {
      const p = item.proposal;
      return {
        itemId: item.id,
        proposalId: p.id,
        nominee: nomineeName(p),
        position: p.person?.position ?? null,
        nomineeUnit: p.person?.unit.name ?? p.recipientUnit?.name ?? null,
        recipient: p.personId ? ('INDIVIDUAL' as const) : ('COLLECTIVE' as const),
        proposingUnit: p.unit.name,
        form: needs.get(p.formCode)?.name ?? p.formCode,
        year: p.year,
        achievements: p.achievements,
        appraisalNote: p.appraisalNote,
        documents: p.documents.map((d) => ({ fileId: d.file.id, name: d.file.name, docType: d.docType })),
        status: p.status,
        result: closed ? { yes: item.yesCount, no: item.noCount, abstain: item.abstainCount, approved: item.approved } : null,
      };
    }),
  };
}

export type CouncilSessionView = Awaited<ReturnType<typeof getCouncilSession>>;

/** Proposals Home Affairs may put on a draft session's agenda now (appraised, disclosure over where needed). */
export async function listCouncilCandidates(actor: Actor) {
  if (!canManage(actor)) throw new DomainError('FORBIDDEN');
  const proposals = await db.proposal.findMany({
    where: { provinceId: actor.provinceId, status: { in: ['APPRAISED', 'DISCLOSURE'] } },
    orderBy: { id: 'asc' },
    include: { unit: { select: { name: true } }, person: { select: { fullName: true } }, recipientUnit: { select: { name: true } } },
  });
  const needs = await formNeeds(db, actor.provinceId, proposals.map((p) => p.formCode));
  const today = vnDay();
  return proposals
    .filter((p) => {
      const need = needs.get(p.formCode);
      return need && refusalOf('sendToCouncil', p.status, actor.role, { needs: need, today, disclosureEnd: p.disclosureEnd ? dateToDay(p.disclosureEnd) : null }) === null;
    })
    .map((p) => ({ id: p.id, nominee: nomineeName(p), form: needs.get(p.formCode)!.name, year: p.year, unit: p.unit.name }));
}
