import 'server-only';
/**
 * Commendation statistics: proposals (by state, form, proposing unit's kind and year) and
 * commendations awarded (the registry's titles and forms: by the province's decisions, and with the
 * units' own yearly awards), and the share of individual commendations going to persons holding a
 * leadership post against the share of such persons among the staff: the fairness complaint, in
 * figures.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import type { ProposalStatus, UnitKind } from '@/lib/generated/prisma/enums';

export type CountRow = { year: number; key: string; count: number };
export type Fairness = { year: number | null; leaders: number; staff: number };

const n = (v: bigint | number) => Number(v);

/** Leaders' share in whole per cent, null without any individual commendation. */
export function leaderShare(f: { leaders: number; staff: number }): number | null {
  const total = f.leaders + f.staff;
  return total === 0 ? null : (100 * f.leaders) / total;
}

export async function getCommendationStats(actor: Actor) {
  requirePermission(actor, 'dashboard:all');
  const provinceId = actor.provinceId;
  const [proposals, awards, persons, forms] = await Promise.all([
    db.$queryRaw<Array<{ year: number; status: ProposalStatus; formCode: string; kind: UnitKind; count: bigint }>>`
      SELECT p."year", p."status"::text AS status, p."formCode", u."kind"::text AS kind, count(*) AS count
        FROM "Proposal" p JOIN "Unit" u ON u.id = p."unitId"
       WHERE p."provinceId" = ${provinceId} AND p."status" <> 'DRAFT'
       GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<Array<{ year: number; source: string; code: string; kind: UnitKind; individual: boolean; leader: boolean; count: bigint }>>`
      SELECT e."year", e."source"::text AS source, e."code", u."kind"::text AS kind, e."personId" IS NOT NULL AS individual,
             coalesce(pe."isLeader", false) AS leader, count(*) AS count
        FROM "RegistryEntry" e
        JOIN "Unit" u ON u.id = e."unitId"
        LEFT JOIN "Person" pe ON pe.id = e."personId"
       WHERE e."provinceId" = ${provinceId} AND e."kind" IN ('TITLE', 'FORM')
       GROUP BY 1, 2, 3, 4, 5, 6`,
    db.$queryRaw<Array<{ leader: boolean; count: bigint }>>`
      SELECT pe."isLeader" AS leader, count(*) AS count
        FROM "Person" pe JOIN "Unit" u ON u.id = pe."unitId"
       WHERE u."provinceId" = ${provinceId} AND pe."active"
       GROUP BY 1`,
    db.commendationForm.findMany({ where: { provinceId }, select: { code: true, name: true, nameEn: true, kind: true, sortOrder: true }, orderBy: { sortOrder: 'asc' } }),
  ]);

  const tally = <T>(rows: T[], keyOf: (r: T) => string, yearOf: (r: T) => number, countOf: (r: T) => number): CountRow[] => {
    const map = new Map<string, CountRow>();
    for (const r of rows) {
      const k = `${yearOf(r)}|${keyOf(r)}`;
      const row = map.get(k) ?? { year: yearOf(r), key: keyOf(r), count: 0 };
      row.count += countOf(r);
      map.set(k, row);
    }
    return [...map.values()];
  };
  const decided = awards.filter((a) => a.source === 'DECISION');
  const fairnessOf = (rows: typeof awards): Fairness[] => {
    const individual = rows.filter((r) => r.individual);
    const years = [...new Set(individual.map((r) => r.year))].sort((a, b) => a - b);
    const of = (list: typeof individual, year: number | null) => ({
      year,
      leaders: list.filter((r) => r.leader).reduce((s, r) => s + n(r.count), 0),
      staff: list.filter((r) => !r.leader).reduce((s, r) => s + n(r.count), 0),
    });
    return [...years.map((y) => of(individual.filter((r) => r.year === y), y)), of(individual, null)];
  };
  const years = [...new Set([...proposals.map((p) => p.year), ...awards.map((a) => a.year)])].sort((a, b) => a - b);
  return {
    years,
    forms: forms.map((f) => ({ code: f.code, name: f.name, nameEn: f.nameEn })),
    proposals: {
      total: proposals.reduce((s, r) => s + n(r.count), 0),
      byStatus: tally(proposals, (r) => r.status, (r) => r.year, (r) => n(r.count)),
      byForm: tally(proposals, (r) => r.formCode, (r) => r.year, (r) => n(r.count)),
      byUnitKind: tally(proposals, (r) => r.kind, (r) => r.year, (r) => n(r.count)),
    },
    decisions: {
      total: decided.reduce((s, r) => s + n(r.count), 0),
      byForm: tally(decided, (r) => r.code, (r) => r.year, (r) => n(r.count)),
      byUnitKind: tally(decided, (r) => r.kind, (r) => r.year, (r) => n(r.count)),
    },
    allAwards: {
      total: awards.reduce((s, r) => s + n(r.count), 0),
      byForm: tally(awards, (r) => r.code, (r) => r.year, (r) => n(r.count)),
    },
    fairness: { decisions: fairnessOf(decided), all: fairnessOf(awards) },
    staff: {
      leaders: n(persons.find((p) => p.leader)?.count ?? 0),
      staff: n(persons.find((p) => !p.leader)?.count ?? 0),
    },
  };
}

export type CommendationStats = Awaited<ReturnType<typeof getCommendationStats>>;
