import 'server-only';
/**
 * Comments of the public (no account) on proposals under disclosure: refused when the honeypot is
 * filled or the form comes back too fast, limited per address and hour (the address kept as a keyed
 * hash), taken only while the proposal's window is open. Home Affairs reads them ('disclosure:read').
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { dayToDate, now, vnDay } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { checkFormToken, hashAddress, issueFormToken, withinHourlyLimit } from './anti-spam';
import { findReadableProposal } from './lookup';

const DEV_SECRET = 'development-only-secret-for-public-comments';

/** The server's secret (the one next-auth signs sessions with); a fixed one outside production. */
function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is not set');
  return DEV_SECRET;
}

/** A fresh token for the comment form of a proposal, signed with the server's secret. */
export function commentFormToken(proposalId: number): string {
  return issueFormToken(secret(), proposalId, now().getTime());
}

export type PublicCommentInput = {
  proposalId: number;
  authorName: string | null;
  contact: string | null;
  text: string;
  token?: string;
  website?: string;
};

/** The where-clause of a proposal open to the public today. */
export function openForPublic(today = vnDay()) {
  return { status: 'DISCLOSURE' as const, disclosureStart: { lte: dayToDate(today) }, disclosureEnd: { gte: dayToDate(today) } };
}

export async function postPublicComment(input: PublicCommentInput, address: string): Promise<{ id: number }> {
  // A robot fills every field it finds; a person never sees this one.
  if (input.website && input.website.trim() !== '') throw new DomainError('VALIDATION', 'commendation.public.spam');
  const check = checkFormToken(secret(), input.token, input.proposalId, now().getTime());
  if (check === 'tooFast') throw new DomainError('VALIDATION', 'commendation.public.tooFast');
  if (check !== 'ok') throw new DomainError('VALIDATION', 'commendation.public.formExpired');

  const proposal = await db.proposal.findFirst({ where: { id: input.proposalId, ...openForPublic() }, select: { id: true, provinceId: true, unitId: true } });
  if (!proposal) throw new DomainError('NOT_FOUND', 'commendation.public.closed');
  const perHour = await getSetting(proposal.provinceId, 'public.commentsPerHour');
  const ipHash = hashAddress(secret(), address);
  const at = now();
  return db.$transaction(async (tx) => {
    // One address at a time: two posts at once cannot both slip under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`public-comment:${ipHash}`}))`;
    const posted = await tx.publicComment.count({ where: { ipHash, createdAt: { gt: new Date(at.getTime() - 3_600_000) } } });
    if (!withinHourlyLimit(posted, perHour)) throw new DomainError('RATE_LIMITED', 'commendation.public.rateLimited', { perHour });
    const comment = await tx.publicComment.create({
      data: { proposalId: proposal.id, authorName: input.authorName, contact: input.contact, text: input.text, ipHash, createdAt: at },
    });
    await audit(tx, null, {
      action: 'proposal.public-comment',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      provinceId: proposal.provinceId,
      after: { commentId: comment.id, length: input.text.length },
    });
    return { id: comment.id };
  });
}

/** The public's comments on a proposal, for Home Affairs. */
export async function getPublicComments(actor: Actor, proposalId: number) {
  requirePermission(actor, 'disclosure:read');
  const proposal = await findReadableProposal(actor, proposalId);
  return db.publicComment.findMany({
    where: { proposalId: proposal.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, authorName: true, contact: true, text: true, createdAt: true },
  });
}
