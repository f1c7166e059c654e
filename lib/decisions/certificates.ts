import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dateToDay } from '@/lib/clock';
import { awardeesOfDecision } from './awardees';
import { certificateWorkbook } from './document';

/** The certificate list of a decision as an .xlsx, made from its registry lines when asked for. */
export async function certificateListFor(actor: Actor, decisionId: number): Promise<{ name: string; bytes: Buffer }> {
  requirePermission(actor, 'review:act');
  const decision = await db.decision.findFirst({ where: { id: decisionId, provinceId: actor.provinceId } });
  if (!decision) throw new DomainError('NOT_FOUND');
  const awardees = await awardeesOfDecision(db, decision);
  const bytes = await certificateWorkbook({ number: decision.number, date: dateToDay(decision.date), issuer: decision.issuer }, awardees);
  return { name: `Danh sách in bằng ${decision.number.replace(/\//g, '-')}.xlsx`, bytes };
}
