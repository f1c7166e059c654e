import 'server-only';
/**
 * What the council's services share: the session looked up within the caller's province, the needs
 * of each form, and refusals in the caller's words (`council.errors.<key>`).
 */
import { db, type Db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError, type DomainErrorCode } from '@/lib/errors';
import type { FormNeeds } from '@/lib/commendation/proposal-flow';

type Client = Db | Tx;

/** A refusal whose message is `council.errors.<key>`. */
export function refuse(code: DomainErrorCode, key: string, params: Record<string, string | number> = {}): DomainError {
  return new DomainError(code, `council.errors.${key}`, params);
}

/** A refusal of the proposal flow (lib/commendation/proposal-flow.ts refusalOf). */
export function flowRefusal(key: string): DomainError {
  return refuse(key === 'notYourStep' ? 'FORBIDDEN' : 'INVALID_STATE', `flow.${key}`);
}

export async function findSession(actor: Actor, sessionId: number, client: Client = db) {
  const session = await client.councilSession.findFirst({ where: { id: sessionId, provinceId: actor.provinceId } });
  if (!session) throw new DomainError('NOT_FOUND');
  return session;
}

/** What each form asks of a proposal: public disclosure, a council vote. */
export async function formNeeds(client: Client, provinceId: number, codes: readonly string[]): Promise<Map<string, FormNeeds & { name: string; kind: string }>> {
  const forms = await client.commendationForm.findMany({ where: { provinceId, code: { in: [...new Set(codes)] } } });
  return new Map(forms.map((f) => [f.code, { publicDisclosure: f.needsPublicDisclosure, councilVote: f.needsCouncilVote, name: f.name, kind: f.kind }]));
}

/** The active council members of the province: every one of them counts toward the threshold. */
export async function activeMemberIds(client: Client, provinceId: number): Promise<number[]> {
  const users = await client.user.findMany({ where: { provinceId, role: 'COUNCIL_MEMBER', active: true }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The nominee of a proposal as people read it: the person's name, or the collective's. */
export function nomineeName(p: { person: { fullName: string } | null; recipientUnit: { name: string } | null }): string {
  return p.person?.fullName ?? p.recipientUnit?.name ?? '—';
}

/** Threshold settings may hold more decimals than the session's column (5,2) keeps. */
export function roundPct(value: number): number {
  return Math.round(value * 100) / 100;
}
