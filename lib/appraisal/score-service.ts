import 'server-only';
/**
 * Scores a block or cluster gives its members on SCORED criteria, entered by Home Affairs on the
 * group's behalf ('review:act'): blank for "not scored yet", else 0..maximum with at most two
 * decimals. One transaction per member's sheet, the sheet row locked so that a sheet edit and a
 * score entry never cross; the audit keeps the scores before and after.
 */
import { db } from '@/lib/db';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { audit } from '@/lib/audit';
import { requirePermission, type Actor } from '@/lib/auth/session';
import { getGroupRankingFor } from './ranking-queries';
import { readDefinition, readScore } from './sheet';

/** One member's scoring: the ranked row with its criteria, and the sheet's SCORED criteria to enter. */
export async function getMemberScoring(actor: Actor, groupId: number, unitId: number, year: number) {
  const ranking = await getGroupRankingFor(actor, groupId, year);
  const member = ranking.members.find((m) => m.id === unitId);
  if (!member) throw new DomainError('NOT_FOUND');
  const notes = ranking.sheet
    ? await db.scoreEntry.findMany({ where: { sheetId: ranking.sheet.id, unitId }, select: { criterionCode: true, note: true, updatedAt: true } })
    : [];
  return {
    ranking,
    member,
    ranked: ranking.ranked.find((m) => m.unitId === unitId) ?? null,
    attainment: ranking.attainment?.byUnit.get(unitId) ?? [],
    notes,
  };
}

export type SaveScoresInput = { groupId: number; year: number; unitId: number; version: number; scores: Record<string, string | undefined>; note: string | null };

export async function saveScores(actor: Actor, input: SaveScoresInput, ip: string | null = null) {
  requirePermission(actor, 'review:act');
  const sheet = await db.scoringSheet.findFirst({
    where: { groupId: input.groupId, year: input.year, provinceId: actor.provinceId, group: { provinceId: actor.provinceId } },
    select: { id: true, version: true, definition: true, group: { select: { name: true } } },
  });
  if (!sheet) throw new DomainError('NOT_FOUND');
  const unit = await db.unit.findFirst({ where: { id: input.unitId, provinceId: actor.provinceId, groupId: input.groupId, active: true }, select: { id: true, name: true } });
  if (!unit) throw new DomainError('NOT_FOUND');
  const definition = readDefinition(sheet.definition);
  if (!definition) throw new DomainError('INVALID_STATE');
  if (sheet.version !== input.version) throw new DomainError('STALE');

  const criteria = definition.areas.flatMap((a) => a.criteria).filter((c) => c.source === 'SCORED');
  const known = new Set(criteria.map((c) => c.code));
  const unknown = Object.keys(input.scores).filter((code) => !known.has(code));
  if (unknown.length) throw new DomainError('VALIDATION', 'VALIDATION', {}, Object.fromEntries(unknown.map((code) => [`score.${code}`, ['validation.invalid']])));
  const fieldErrors: Record<string, FieldErrorKey[]> = {};
  const values = new Map<string, number | null>();
  for (const c of criteria) {
    const read = readScore(input.scores[c.code], c.maxScore);
    if (read.error) fieldErrors[`score.${c.code}`] = [read.error];
    values.set(c.code, read.value);
  }
  if (Object.keys(fieldErrors).length) throw new DomainError('VALIDATION', 'VALIDATION', {}, fieldErrors);

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ version: number }>>`SELECT version FROM "ScoringSheet" WHERE id = ${sheet.id} FOR UPDATE`;
    if (!locked || locked.version !== input.version) throw new DomainError('STALE');
    const existing = await tx.scoreEntry.findMany({ where: { sheetId: sheet.id, unitId: unit.id } });
    const before = Object.fromEntries(existing.map((e) => [e.criterionCode, Number(e.score)]));
    const after: Record<string, number> = {};
    for (const [code, value] of values) {
      const current = existing.find((e) => e.criterionCode === code);
      if (value === null) {
        if (current) await tx.scoreEntry.delete({ where: { id: current.id } });
        continue;
      }
      after[code] = value;
      const data = { score: value, note: input.note, scoredById: actor.id };
      if (current) await tx.scoreEntry.update({ where: { id: current.id }, data });
      else await tx.scoreEntry.create({ data: { sheetId: sheet.id, unitId: unit.id, criterionCode: code, ...data } });
    }
    await audit(tx, { id: actor.id, name: actor.name, provinceId: actor.provinceId }, {
      action: 'score.save',
      entityType: 'ScoringSheet',
      entityId: sheet.id,
      unitId: unit.id,
      provinceId: actor.provinceId,
      before: { group: sheet.group.name, year: input.year, unit: unit.name, scores: before },
      after: { group: sheet.group.name, year: input.year, unit: unit.name, scores: after, note: input.note },
      ip,
    });
    return { unitName: unit.name };
  });
}
