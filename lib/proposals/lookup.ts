import 'server-only';
/**
 * Looking a proposal up for the caller, and refusing a step in the caller's words: every service of
 * the proposal module starts here.
 */
import { db, type Db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import { refusalOf, type FlowContext, type ProposalTransition } from '@/lib/commendation/proposal-flow';

type Client = Db | Tx;

/**
 * A proposal the actor may read: its own unit's (any state) for unit roles; for Home Affairs and
 * leaders every unit's, once it has left the unit (a draft is the unit's own business).
 */
export async function findReadableProposal(actor: Actor, proposalId: number, client: Client = db) {
  const proposal = await client.proposal.findFirst({ where: { id: proposalId, provinceId: actor.provinceId } });
  if (!proposal || !isAllowed(actor, 'unit:read', { unitId: proposal.unitId, provinceId: proposal.provinceId })) throw new DomainError('NOT_FOUND');
  if (proposal.status === 'DRAFT' && !actor.ownUnitIds.includes(proposal.unitId)) throw new DomainError('NOT_FOUND');
  return proposal;
}

/** Unit roles see the drafts of their own units; others only what has been submitted. */
export function visibleStatusFilter(actor: Actor): { status?: { not: ProposalStatus } } {
  return actor.role === 'UNIT_OFFICER' || actor.role === 'UNIT_HEAD' ? {} : { status: { not: 'DRAFT' } };
}

/** Throws the flow's refusal as a DomainError whose message is `commendation.flow.<key>`. */
export function assertStep(transition: ProposalTransition, from: ProposalStatus, actor: Actor, context: FlowContext): void {
  const refusal = refusalOf(transition, from, actor.role, context);
  if (refusal === null) return;
  throw new DomainError(refusal === 'notYourStep' ? 'FORBIDDEN' : 'INVALID_STATE', `commendation.flow.${refusal}`);
}

/** A unit and every unit below it. */
export async function unitTree(unitId: number, client: Client = db): Promise<number[]> {
  const rows = await client.$queryRaw<Array<{ id: number }>>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Unit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/** The catalogue row of a form of the province. */
export function formOf(client: Client, provinceId: number, code: string) {
  return client.commendationForm.findUnique({ where: { provinceId_code: { provinceId, code } } });
}
