import 'server-only';
/** Reads of the decision pages (Home Affairs). */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { refusalOf } from '@/lib/commendation/proposal-flow';
import { formNeeds, nomineeName } from '@/lib/council/common';
import { awardeesOfDecision } from './awardees';

export async function listDecisions(actor: Actor) {
  requirePermission(actor, 'review:act');
  const decisions = await db.decision.findMany({
    where: { provinceId: actor.provinceId },
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    include: { _count: { select: { entries: true } } },
  });
  return decisions.map((d) => ({ id: d.id, number: d.number, date: d.date, title: d.title, signer: d.signer, awardees: d._count.entries, fileId: d.fileId }));
}

export async function getDecision(actor: Actor, decisionId: number) {
  requirePermission(actor, 'review:act');
  const decision = await db.decision.findFirst({ where: { id: decisionId, provinceId: actor.provinceId } });
  if (!decision) throw new DomainError('NOT_FOUND');
  const [awardees, proposals] = await Promise.all([
    awardeesOfDecision(db, decision),
    db.proposal.findMany({ where: { decisionId: decision.id }, orderBy: { id: 'asc' }, select: { id: true, unit: { select: { name: true } } } }),
  ]);
  return { ...decision, awardees, proposingUnits: [...new Set(proposals.map((p) => p.unit.name))] };
}

/** Proposals ready for a decision: approved by the council, or appraised when the form needs no council. */
export async function listDecisionCandidates(actor: Actor) {
  requirePermission(actor, 'review:act');
  const proposals = await db.proposal.findMany({
    where: { provinceId: actor.provinceId, status: { in: ['APPROVED', 'APPRAISED'] } },
    orderBy: { id: 'asc' },
    include: { unit: { select: { name: true } }, person: { select: { fullName: true } }, recipientUnit: { select: { name: true } } },
  });
  const needs = await formNeeds(db, actor.provinceId, proposals.map((p) => p.formCode));
  return proposals
    .filter((p) => {
      const need = needs.get(p.formCode);
      return need && refusalOf('decide', p.status, actor.role, { needs: need }) === null;
    })
    .map((p) => ({ id: p.id, nominee: nomineeName(p), form: needs.get(p.formCode)!.name, year: p.year, unit: p.unit.name, status: p.status }));
}
