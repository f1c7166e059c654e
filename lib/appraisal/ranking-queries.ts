import 'server-only';
/**
 * The ranking of a block or cluster, computed live on every request: the group's sheet for the
 * year, each member's attainment (attainment-queries) and the scores the group gave, through
 * lib/appraisal/ranking. Nothing of the result is stored.
 */
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import type { GroupKind } from '@/lib/generated/prisma/enums';
import { campaignForYear, computeAttainment, type AttainmentSet } from './attainment-queries';
import { proposeLeaders, rankMembers, type LeaderProposal, type MemberInput, type RankedMember } from './ranking';
import { rankingSheet, readDefinition, type SheetDefinition } from './sheet';
import { scoredStatus } from './unit-attainment';

const collator = new Intl.Collator('vi');

export type GroupRanking = {
  group: { id: number; code: string; name: string; kind: GroupKind };
  year: number;
  members: Array<{ id: number; name: string }>;
  sheet: { id: number; version: number; definition: SheetDefinition; updatedAt: Date } | null;
  /** the stored sheet no longer reads (hand-edited JSON): nothing can be ranked until it is saved again */
  sheetBroken: boolean;
  ranked: RankedMember[];
  proposal: LeaderProposal | null;
  attainment: AttainmentSet | null;
  /** the campaign's contest areas by code, for the sheet's areas */
  areas: Record<string, { name: string; nameEn: string | null }>;
};

type GroupRow = { id: number; code: string; name: string; kind: GroupKind; provinceId: number };

async function membersOf(groupIds: number[]) {
  const units = await db.unit.findMany({ where: { groupId: { in: groupIds }, active: true }, select: { id: true, name: true, groupId: true } });
  return units.sort((a, b) => collator.compare(a.name, b.name));
}

/** Ranks each group from one attainment computation over all their members. */
async function rankGroups(provinceId: number, groups: GroupRow[], year: number): Promise<GroupRanking[]> {
  const groupIds = groups.map((g) => g.id);
  const [members, sheets] = await Promise.all([
    membersOf(groupIds),
    db.scoringSheet.findMany({ where: { groupId: { in: groupIds }, year }, include: { scores: true } }),
  ]);
  const attainment = members.length > 0 ? await computeAttainment(provinceId, members.map((m) => m.id), year) : null;
  const campaign = await campaignForYear(provinceId, year);
  const areaRows = campaign ? await db.contestArea.findMany({ where: { campaignId: campaign.id }, select: { code: true, name: true, nameEn: true } }) : [];
  const areas = Object.fromEntries(areaRows.map((a) => [a.code, { name: a.name, nameEn: a.nameEn }]));
  return groups.map((group) => {
    const own = members.filter((m) => m.groupId === group.id).map((m) => ({ id: m.id, name: m.name }));
    const row = sheets.find((s) => s.groupId === group.id);
    const definition = row ? readDefinition(row.definition) : null;
    const base = { group: { id: group.id, code: group.code, name: group.name, kind: group.kind }, year, members: own, attainment, areas };
    if (!row || !definition) return { ...base, sheet: null, sheetBroken: Boolean(row), ranked: [], proposal: null };
    const inputs: MemberInput[] = own.map((m) => ({
      unitId: m.id,
      name: m.name,
      attainment: Object.fromEntries((attainment?.byUnit.get(m.id) ?? []).map((r) => [r.code, { status: scoredStatus(r) }])),
      scores: Object.fromEntries(row.scores.filter((s) => s.unitId === m.id).map((s) => [s.criterionCode, Number(s.score)])),
    }));
    let ranked: RankedMember[];
    try {
      ranked = rankMembers(rankingSheet(definition), inputs);
    } catch (error) {
      // A score above its criterion's maximum: saving the sheet refuses that, so only a hand edit gets here.
      if (error instanceof RangeError) return { ...base, sheet: null, sheetBroken: true, ranked: [], proposal: null };
      throw error;
    }
    return {
      ...base,
      sheet: { id: row.id, version: row.version, definition, updatedAt: row.updatedAt },
      sheetBroken: false,
      ranked,
      proposal: proposeLeaders(ranked, definition.leaders),
    };
  });
}

/** One group's ranking for a year (for the proposals engineer: no caller, the caller checks). */
export async function getGroupRanking(provinceId: number, groupId: number, year: number): Promise<GroupRanking | null> {
  const group = await db.emulationGroup.findFirst({ where: { id: groupId, provinceId }, select: { id: true, code: true, name: true, kind: true, provinceId: true } });
  if (!group) return null;
  const [ranking] = await rankGroups(provinceId, [group], year);
  return ranking;
}

/**
 * Whether the unit's block or cluster proposes it as a leading unit for the year (eligibility rule
 * from_block_or_cluster_ranking), and its rank there (null when it is in no group or the group has
 * no sheet for the year).
 */
export async function isProposedLeader(provinceId: number, unitId: number, year: number): Promise<{ proposed: boolean; rank: number | null }> {
  const unit = await db.unit.findFirst({ where: { id: unitId, provinceId }, select: { groupId: true } });
  if (!unit?.groupId) return { proposed: false, rank: null };
  const ranking = await getGroupRanking(provinceId, unit.groupId, year);
  const member = ranking?.ranked.find((m) => m.unitId === unitId);
  return { proposed: Boolean(ranking?.proposal?.leaders.some((m) => m.unitId === unitId)), rank: member?.rank ?? null };
}

/** Who reads the rankings: Home Affairs, the council, leaders, and the administrator who keeps the sheets. */
export function canReadRankings(actor: Actor) {
  return isAllowed(actor, 'dashboard:all') || isAllowed(actor, 'admin:manage');
}

function requireReader(actor: Actor) {
  if (!canReadRankings(actor)) throw new DomainError('FORBIDDEN');
}

/** Every block and cluster of the caller's province with its members, sheet state and leaders. */
export async function listGroupRankings(actor: Actor, year: number) {
  requireReader(actor);
  const groups = await db.emulationGroup.findMany({ where: { provinceId: actor.provinceId }, select: { id: true, code: true, name: true, kind: true, provinceId: true } });
  groups.sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.code, b.code));
  return rankGroups(actor.provinceId, groups, year);
}

/** One group's ranking for the caller. */
export async function getGroupRankingFor(actor: Actor, groupId: number, year: number) {
  requireReader(actor);
  const ranking = await getGroupRanking(actor.provinceId, groupId, year);
  if (!ranking) throw new DomainError('NOT_FOUND');
  return ranking;
}

/** The years a ranking can be asked for: the years of the active campaign. */
export async function rankingYears(provinceId: number) {
  const campaign = await db.campaign.findFirst({ where: { provinceId, active: true }, orderBy: [{ startYear: 'desc' }, { id: 'asc' }], select: { startYear: true, endYear: true } });
  if (!campaign) return [];
  return Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.startYear + i);
}
