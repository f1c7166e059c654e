import 'server-only';
/**
 * The secret ballot (bỏ phiếu kín). One transaction per member and session:
 *   (a) CouncilVote(sessionId, userId, votedAt): that the member voted, and when; its unique key
 *       refuses a second ballot;
 *   (b) the counters of each agenda item incremented: the ballot box keeps counts only.
 * Nothing links a choice to the member: no row holds both, the audit row says only that the member
 * voted, the statements' text is the same whatever the choice (choices travel as parameters), and
 * nothing here logs. What a database observer can and cannot learn: docs/decisions/006-secret-ballot.md.
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { now } from '@/lib/clock';
import type { BallotChoice } from '@/lib/commendation/ballot';
import { findSession, refuse } from './common';

export type Ballot = Array<{ itemId: number; choice: BallotChoice }>;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** The ballot must answer every item of the session's agenda, once each. */
function checkBallot(itemIds: number[], ballot: Ballot) {
  const agenda = new Set(itemIds);
  const seen = new Set<number>();
  for (const { itemId } of ballot) {
    if (!agenda.has(itemId) || seen.has(itemId)) throw new DomainError('VALIDATION', 'VALIDATION');
    seen.add(itemId);
  }
  const missing = itemIds.filter((id) => !seen.has(id));
  if (missing.length) {
    throw new DomainError('VALIDATION', 'council.errors.ballotIncomplete', {}, Object.fromEntries(missing.map((id) => [`choice.${id}`, ['council.errors.chooseOne']])));
  }
}

export async function castBallot(actor: Actor, sessionId: number, ballot: Ballot): Promise<void> {
  requirePermission(actor, 'council:vote');
  const session = await findSession(actor, sessionId);
  if (session.status !== 'OPEN') throw refuse('INVALID_STATE', 'sessionNotOpen');
  const items = await db.councilItem.findMany({ where: { sessionId: session.id }, select: { id: true }, orderBy: { id: 'asc' } });
  checkBallot(
    items.map((i) => i.id),
    ballot,
  );
  if (await db.councilVote.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: actor.id } }, select: { id: true } })) {
    throw refuse('CONFLICT', 'alreadyVoted');
  }
  const byItem = new Map(ballot.map((b) => [b.itemId, b.choice]));
  const at = now();
  try {
    await db.$transaction(async (tx) => {
      // Holds the session open until this ballot is in: closing waits for it, and a ballot that
      // comes after the close finds no open session.
      const open = await tx.$queryRaw<Array<{ memberCount: number | null }>>`
        SELECT "memberCount" FROM "CouncilSession" WHERE id = ${session.id} AND status = 'OPEN'::"CouncilSessionStatus" FOR SHARE`;
      if (open.length !== 1) throw refuse('INVALID_STATE', 'sessionNotOpen');
      await tx.councilVote.create({ data: { sessionId: session.id, userId: actor.id, votedAt: at } });
      const cast = await tx.councilVote.count({ where: { sessionId: session.id } });
      if (cast > (open[0].memberCount ?? 0)) throw refuse('INVALID_STATE', 'ballotBoxFull');
      // In the order of the items (the same lock order for every voter) and with one statement
      // text for every choice: only the parameters differ.
      for (const item of items) {
        const choice = byItem.get(item.id);
        await tx.$executeRaw`
          UPDATE "CouncilItem"
             SET "yesCount" = "yesCount" + ${choice === 'YES' ? 1 : 0},
                 "noCount" = "noCount" + ${choice === 'NO' ? 1 : 0},
                 "abstainCount" = "abstainCount" + ${choice === 'ABSTAIN' ? 1 : 0}
           WHERE id = ${item.id} AND "sessionId" = ${session.id}`;
      }
      await audit(tx, auditActor(actor), { action: 'council.vote', entityType: 'CouncilSession', entityId: session.id, at });
    });
  } catch (error) {
    // Two ballots of one member at once: the unique key lets one in.
    if (isUniqueViolation(error)) throw refuse('CONFLICT', 'alreadyVoted');
    throw error;
  }
}
