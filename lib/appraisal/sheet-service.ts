import 'server-only';
/**
 * The scoring sheets of blocks and clusters (one per group and year), kept by the administrator:
 * the editor's data, the default sheet generated from the campaign's contest areas and indicators,
 * and saving with a version check and an audit row.
 */
import { db } from '@/lib/db';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { audit } from '@/lib/audit';
import { requirePermission, type Actor } from '@/lib/auth/session';
import { sheetCatalogue } from './sheet-catalogue';
import { defaultSheet, readDefinition, toDefinition, type ParsedSheet, type SheetDefinition } from './sheet';

const collator = new Intl.Collator('vi');

async function groupOf(actor: Actor, groupId: number) {
  const group = await db.emulationGroup.findFirst({ where: { id: groupId, provinceId: actor.provinceId }, select: { id: true, code: true, name: true, kind: true } });
  if (!group) throw new DomainError('NOT_FOUND');
  return group;
}

/** What the sheet editor needs: the stored sheet, or the default one to start from (version 0). */
export async function getSheetEditor(actor: Actor, groupId: number, year: number) {
  requirePermission(actor, 'admin:manage');
  const group = await groupOf(actor, groupId);
  const catalogue = await sheetCatalogue(db, actor.provinceId, group.id, year);
  if (!catalogue) throw new DomainError('NOT_FOUND');
  const stored = await db.scoringSheet.findUnique({ where: { groupId_year: { groupId: group.id, year } }, select: { version: true, definition: true, _count: { select: { scores: true } } } });
  const definition = (stored && readDefinition(stored.definition)) || defaultSheet(catalogue.areas, catalogue.indicators.filter((i) => i.appliesToGroup));
  return {
    group,
    year,
    campaign: catalogue.campaign,
    areas: catalogue.areas,
    indicators: catalogue.indicators.sort((a, b) => Number(b.appliesToGroup) - Number(a.appliesToGroup) || collator.compare(a.name, b.name)),
    version: stored?.version ?? 0,
    isDefault: !stored,
    scoreCount: stored?._count.scores ?? 0,
    definition,
  };
}

export type SheetEditor = Awaited<ReturnType<typeof getSheetEditor>>;

type SaveSheetInput = { groupId: number; year: number; version: number; definition: ParsedSheet };

/** Checks that need the catalogue: areas are the campaign's, indicators exist and have a unit reading. */
function catalogueErrors(parsed: ParsedSheet, areaCodes: Set<string>, indicatorCodes: Set<string>) {
  const errors: Record<string, FieldErrorKey[]> = {};
  const seen = new Set<string>();
  parsed.areas.forEach((area, a) => {
    if (!areaCodes.has(area.code) || seen.has(area.code)) (errors[`definition.areas.${a}.weight`] ??= []).push('appraisal.errors.unknownArea');
    seen.add(area.code);
    area.criteria.forEach((c, i) => {
      const unknown = c.source === 'ATTAINMENT' ? c.indicatorCodes.filter((code) => !indicatorCodes.has(code)) : [];
      if (unknown.length) (errors[`definition.areas.${a}.criteria.${i}.indicatorCodes`] ??= []).push({ messageKey: 'appraisal.errors.unknownIndicator', params: { codes: unknown.join(', ') } });
    });
  });
  return errors;
}

/** Scores already given that the new sheet would put above their criterion's maximum. */
function scoreErrors(definition: SheetDefinition, scores: Array<{ criterionCode: string; score: { toString(): string } }>) {
  const errors: Record<string, FieldErrorKey[]> = {};
  definition.areas.forEach((area, a) =>
    area.criteria.forEach((c, i) => {
      const highest = Math.max(-1, ...scores.filter((s) => s.criterionCode === c.code).map((s) => Number(s.score.toString())));
      if (c.source === 'SCORED' && highest > c.maxScore) (errors[`definition.areas.${a}.criteria.${i}.maxScore`] ??= []).push({ messageKey: 'appraisal.errors.maxBelowScores', params: { score: highest } });
    }),
  );
  return errors;
}

/**
 * Saves a group's sheet for a year: creates it (version 0) or replaces it (the version the editor
 * read). Scores of SCORED criteria the new sheet no longer has are removed with it, and recorded.
 */
export async function saveSheet(actor: Actor, input: SaveSheetInput, ip: string | null = null) {
  requirePermission(actor, 'admin:manage');
  const group = await groupOf(actor, input.groupId);
  const catalogue = await sheetCatalogue(db, actor.provinceId, group.id, input.year);
  if (!catalogue) throw new DomainError('NOT_FOUND');
  const fieldErrors = catalogueErrors(input.definition, new Set(catalogue.areas.map((a) => a.code)), new Set(catalogue.indicators.map((i) => i.code)));
  if (Object.keys(fieldErrors).length) throw new DomainError('VALIDATION', 'VALIDATION', {}, fieldErrors);
  const definition = toDefinition(input.definition);
  const scoredCodes = new Set(definition.areas.flatMap((a) => a.criteria.filter((c) => c.source === 'SCORED').map((c) => c.code)));

  return db.$transaction(async (tx) => {
    const entry = { entityType: 'ScoringSheet', provinceId: actor.provinceId, ip };
    const who = { id: actor.id, name: actor.name, provinceId: actor.provinceId };
    if (input.version === 0) {
      const exists = await tx.scoringSheet.findUnique({ where: { groupId_year: { groupId: group.id, year: input.year } }, select: { id: true } });
      if (exists) throw new DomainError('STALE');
      const sheet = await tx.scoringSheet.create({ data: { provinceId: actor.provinceId, groupId: group.id, year: input.year, definition } });
      await audit(tx, who, { ...entry, action: 'scoringSheet.create', entityId: sheet.id, after: { group: group.name, year: input.year, definition } });
      return sheet;
    }
    const current = await tx.scoringSheet.findUnique({ where: { groupId_year: { groupId: group.id, year: input.year } }, include: { scores: true } });
    if (!current) throw new DomainError('STALE');
    const scoreProblems = scoreErrors(definition, current.scores);
    if (Object.keys(scoreProblems).length) throw new DomainError('VALIDATION', 'VALIDATION', {}, scoreProblems);
    const changed = await tx.scoringSheet.updateMany({ where: { id: current.id, version: input.version }, data: { definition, version: { increment: 1 } } });
    if (changed.count !== 1) throw new DomainError('STALE');
    const orphaned = current.scores.filter((s) => !scoredCodes.has(s.criterionCode));
    if (orphaned.length) await tx.scoreEntry.deleteMany({ where: { id: { in: orphaned.map((s) => s.id) } } });
    await audit(tx, who, {
      ...entry,
      action: 'scoringSheet.update',
      entityId: current.id,
      before: { group: group.name, year: input.year, definition: current.definition },
      after: { group: group.name, year: input.year, definition, removedScores: orphaned.map((s) => ({ unitId: s.unitId, criterion: s.criterionCode, score: s.score.toString() })) },
    });
    return tx.scoringSheet.findUniqueOrThrow({ where: { id: current.id } });
  });
}
