import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { getSheetEditor, saveSheet } from '@/lib/appraisal/sheet-service';
import { defaultSheetFor } from '@/lib/appraisal/sheet-catalogue';
import { saveScores } from '@/lib/appraisal/score-service';
import { getGroupRanking, getGroupRankingFor, isProposedLeader, listGroupRankings } from '@/lib/appraisal/ranking-queries';
import { sheetSchema, toInput, type ParsedSheet, type SheetDefinition } from '@/lib/appraisal/sheet';
import { adminActor, auditRows, domainError, makeActor, unitNamed } from './admin-fixtures';
import { report } from './appraisal-fixtures';

let provinceId: number;
let groupId: number;
let members: Array<{ id: number; name: string }>;
let cocPang: number;
let admin: Actor;
let reviewer: Actor;

const parse = (input: unknown): ParsedSheet => sheetSchema.parse(input);

/** The default sheet with a lower minimum share, since a year in progress has little attainment. */
async function sheetWithMin(minSharePct: string) {
  const definition = (await defaultSheetFor(db, provinceId, groupId, 2026))!;
  const input = toInput(definition);
  return sheetSchema.parse({ ...input, leaders: { top: '1', minSharePct } });
}

const scoredCodes = (definition: SheetDefinition) => definition.areas.flatMap((a) => a.criteria.filter((c) => c.source === 'SCORED').map((c) => c.code));

beforeAll(async () => {
  const unit = await unitNamed('Xã Cốc Pàng');
  provinceId = unit.provinceId;
  cocPang = unit.id;
  groupId = unit.groupId!;
  members = await db.unit.findMany({ where: { groupId }, select: { id: true, name: true } });
  admin = await adminActor();
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ');
});

describe('scoring sheets, kept by the administrator', () => {
  it('starts from a default sheet of the contest areas and the indicators that apply to the group', async () => {
    const editor = await getSheetEditor(admin, groupId, 2026);
    expect(editor.version).toBe(0);
    expect(editor.isDefault).toBe(true);
    expect(editor.definition.areas.map((a) => a.code)).toEqual(['economy', 'culture_society', 'digital_admin_reform', 'defense_security', 'party_building']);
    const digital = editor.definition.areas[2].criteria.find((c) => c.source === 'ATTAINMENT');
    // A cluster of communes: the online-dossier rate applies, the departments' sector databases do not.
    expect(digital?.source === 'ATTAINMENT' && digital.indicatorCodes).toEqual(['DAR-ONLINE-PUBLIC-SERVICE-USAGE']);
    expect(editor.definition.areas[0].criteria.map((c) => c.source)).toEqual(['SCORED']);
    expect((await domainError(getSheetEditor(reviewer, groupId, 2026))).code).toBe('FORBIDDEN');
  });

  it('validates a sheet edit: duplicate codes, no indicator, a maximum of 0, unknown indicators, wrong versions, non-administrators', async () => {
    const input = toInput((await defaultSheetFor(db, provinceId, groupId, 2026))!);
    const broken = structuredClone(input) as { areas: Array<{ criteria: Array<Record<string, unknown>> }> };
    broken.areas[1].criteria[1].code = broken.areas[1].criteria[0].code;
    broken.areas[2].criteria[0].indicatorCodes = [];
    broken.areas[3].criteria[0].maxScore = '0';
    const issues = sheetSchema.safeParse(broken).error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('areas.1.criteria.1.code: appraisal.errors.codeTwice');
    expect(issues).toContain('areas.2.criteria.0.indicatorCodes: appraisal.errors.noIndicator');
    expect(issues).toContain('areas.3.criteria.0.maxScore: appraisal.errors.positive');

    const unknown = structuredClone(input) as { areas: Array<{ criteria: Array<Record<string, unknown>> }> };
    unknown.areas[2].criteria[0].indicatorCodes = ['NOT-AN-INDICATOR'];
    const error = await domainError(saveSheet(admin, { groupId, year: 2026, version: 0, definition: sheetSchema.parse(unknown) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors['definition.areas.2.criteria.0.indicatorCodes']).toEqual([{ messageKey: 'appraisal.errors.unknownIndicator', params: { codes: 'NOT-AN-INDICATOR' } }]);

    expect((await domainError(saveSheet(reviewer, { groupId, year: 2026, version: 0, definition: sheetSchema.parse(input) }))).code).toBe('FORBIDDEN');
    const created = await saveSheet(admin, { groupId, year: 2026, version: 0, definition: await sheetWithMin('60') });
    expect(created.version).toBe(1);
    // Someone else created it first / saved since: the editor's version is stale.
    expect((await domainError(saveSheet(admin, { groupId, year: 2026, version: 0, definition: await sheetWithMin('60') }))).code).toBe('STALE');
    expect((await domainError(saveSheet(admin, { groupId, year: 2026, version: 7, definition: await sheetWithMin('60') }))).code).toBe('STALE');
    const [audit] = await auditRows('scoringSheet.create', created.id);
    expect(audit.actorId).toBe(admin.id);
    expect((audit.after as { definition: SheetDefinition }).definition.leaders).toEqual({ top: 1, minShare: 0.6 });
  });
});

describe('scores and the ranking', () => {
  it('refuses scores out of range, from another unit, for a unit outside the group', async () => {
    const sheet = await db.scoringSheet.findUniqueOrThrow({ where: { groupId_year: { groupId, year: 2026 } } });
    const [first] = scoredCodes(sheet.definition as SheetDefinition);
    const base = { groupId, year: 2026, unitId: cocPang, version: sheet.version, note: null };
    for (const [raw, key] of [['11', 'appraisal.errors.scoreRange'], ['-1', 'appraisal.errors.scoreRange'], ['abc', 'appraisal.errors.scoreNumber'], ['8,555', 'appraisal.errors.scoreNumber']]) {
      const error = await domainError(saveScores(reviewer, { ...base, scores: { [first]: raw } }));
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors[`score.${first}`]).toEqual([expect.objectContaining({ messageKey: key })]);
    }
    const officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
    expect((await domainError(saveScores(officer, { ...base, scores: { [first]: '10' } }))).code).toBe('FORBIDDEN');
    const outsider = await unitNamed('Sở Tài chính');
    expect((await domainError(saveScores(reviewer, { ...base, unitId: outsider.id, scores: { [first]: '10' } }))).code).toBe('NOT_FOUND');
    expect((await domainError(saveScores(reviewer, { ...base, scores: { 'NOT-A-CRITERION': '1' } }))).code).toBe('VALIDATION');
    expect((await domainError(saveScores(reviewer, { ...base, version: sheet.version + 1, scores: { [first]: '10' } }))).code).toBe('STALE');
    expect(await db.scoreEntry.count()).toBe(0);
  });

  it('ranks live, proposes the leader once everyone is scored, and audits each score', async () => {
    const sheet = await db.scoringSheet.findUniqueOrThrow({ where: { groupId_year: { groupId, year: 2026 } } });
    const codes = scoredCodes(sheet.definition as SheetDefinition);
    const give = (unitId: number, score: string) => saveScores(reviewer, { groupId, year: 2026, unitId, version: sheet.version, note: 'Theo biên bản họp cụm', scores: Object.fromEntries(codes.map((c) => [c, score])) });
    await give(cocPang, '10');
    let ranking = await getGroupRanking(provinceId, groupId, 2026);
    expect(ranking?.ranked[0].unitId).toBe(cocPang);
    expect(ranking?.proposal?.reason).toBe('SCORING_INCOMPLETE');
    expect(await isProposedLeader(provinceId, cocPang, 2026)).toEqual({ proposed: false, rank: 1 });

    const others = members.filter((m) => m.id !== cocPang);
    for (const [i, m] of others.entries()) await give(m.id, i === 0 ? '9' : '7,5');
    ranking = await getGroupRanking(provinceId, groupId, 2026);
    // No accepted figures: every applicable indicator counts as not attained, the scored criteria decide.
    expect(ranking?.ranked.map((m) => m.unitId)[0]).toBe(cocPang);
    expect(ranking?.ranked[0].share).toBeCloseTo((10 * 5) / 80);
    expect(ranking?.ranked[1]).toMatchObject({ unitId: others[0].id, rank: 2 });
    expect(ranking?.ranked[2].rank).toBe(3);
    expect(ranking?.ranked.at(-1)?.rank).toBe(3);
    expect(ranking?.proposal?.leaders.map((m) => m.unitId)).toEqual([cocPang]);
    expect(await isProposedLeader(provinceId, cocPang, 2026)).toEqual({ proposed: true, rank: 1 });
    expect(await isProposedLeader(provinceId, others[0].id, 2026)).toEqual({ proposed: false, rank: 2 });
    expect(await isProposedLeader(provinceId, cocPang, 2027)).toEqual({ proposed: false, rank: null });
    const council = await unitNamed('Hội đồng Thi đua - Khen thưởng tỉnh');
    expect(await isProposedLeader(provinceId, council.id, 2026)).toEqual({ proposed: false, rank: null });

    // Attainment counts: the runner-up's accepted online-dossier rate above 90% gives it that criterion's points.
    await report(others[0].name, { type: 'QUARTER', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 99, DOSSIERS_TOTAL: 100 });
    ranking = await getGroupRanking(provinceId, groupId, 2026);
    const runnerUp = ranking!.ranked.find((m) => m.unitId === others[0].id)!;
    expect(runnerUp.criteria.find((c) => c.source === 'ATTAINMENT' && c.code === 'LV3-CHITIEU')?.score).toBe(10);
    expect(runnerUp.total).toBe(55);
    expect(ranking?.ranked[0].unitId).toBe(others[0].id);

    const rows = await auditRows('score.save', sheet.id);
    expect(rows).toHaveLength(members.length);
    expect(rows[0]).toMatchObject({ actorId: reviewer.id, unitId: cocPang });
    expect((rows[0].after as { scores: Record<string, number> }).scores[codes[0]]).toBe(10);
  });

  it('refuses a sheet edit that would put a given score above its maximum, and drops the scores of a removed criterion', async () => {
    const sheet = await db.scoringSheet.findUniqueOrThrow({ where: { groupId_year: { groupId, year: 2026 } } });
    const input = toInput(sheet.definition as SheetDefinition) as { areas: Array<{ criteria: Array<Record<string, unknown>> }> };
    input.areas[0].criteria[0].maxScore = '5';
    const error = await domainError(saveSheet(admin, { groupId, year: 2026, version: sheet.version, definition: sheetSchema.parse(input) }));
    expect(error.fieldErrors['definition.areas.0.criteria.0.maxScore']).toEqual([{ messageKey: 'appraisal.errors.maxBelowScores', params: { score: 10 } }]);

    const removed = toInput(sheet.definition as SheetDefinition) as { areas: Array<{ criteria: unknown[] }> };
    removed.areas[0].criteria = [{ code: 'LV1-MOI', name: 'Tiêu chí mới', source: 'SCORED', maxScore: '20', indicatorCodes: [] }];
    const saved = await saveSheet(admin, { groupId, year: 2026, version: sheet.version, definition: parse(removed) });
    expect(saved.version).toBe(sheet.version + 1);
    expect(await db.scoreEntry.count({ where: { criterionCode: 'LV1-PHONGTRAO' } })).toBe(0);
    const [audit] = await auditRows('scoringSheet.update', sheet.id);
    expect((audit.after as { removedScores: unknown[] }).removedScores).toHaveLength(members.length);
    // The new criterion is not scored yet: nobody is proposed until it is.
    expect((await getGroupRanking(provinceId, groupId, 2026))?.proposal?.reason).toBe('SCORING_INCOMPLETE');
  });

  it('shows the rankings to Home Affairs, the council, leaders and the administrator, not to units', async () => {
    const council = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh');
    const list = await listGroupRankings(council, 2026);
    expect(list).toHaveLength(11);
    expect(list.find((r) => r.group.id === groupId)?.sheet).not.toBeNull();
    expect(list.filter((r) => r.sheet === null)).toHaveLength(10);
    expect((await getGroupRankingFor(admin, groupId, 2026)).members).toHaveLength(members.length);
    const head = await makeActor('UNIT_HEAD', 'Xã Cốc Pàng');
    expect((await domainError(listGroupRankings(head, 2026))).code).toBe('FORBIDDEN');
  });
});
