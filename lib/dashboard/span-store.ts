import 'server-only';
/**
 * Reads of the dashboards' derived table ("DashboardValue", kept by triggers: see the migration
 * 20261126180000_dashboard): span values summed per element in the database, or each unit's value
 * for the elements that need it, as a SpanSource for lib/dashboard/fast-formula.ts.
 *
 * With `withSubmitted`, reports SUBMITTED and not yet accepted are read live beside the accepted
 * figures (a unit has one report per period, so a period is either accepted or submitted, never both).
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import type { ElementSum, SpanSource, UnitValue } from './fast-formula';
import { spanCompleteSql, spanValueSql } from './span-sql';

export type SpanQuery = {
  provinceId: number;
  campaignId: number;
  elementIds: readonly number[];
  /** the elements that are flows (the others take the latest period's value) */
  flowIds: readonly number[];
  /** element ids whose per-unit values are needed ('all' for every element) */
  perUnit: readonly number[] | 'all';
  /** the spans to read: (year, last quarter) pairs */
  spans: ReadonlyArray<{ year: number; quarter: number }>;
  /** only these units (a unit page); all the campaign's units when absent */
  unitIds?: readonly number[];
  withSubmitted?: boolean;
};

const PERIOD_COLUMNS = Prisma.sql`
  max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 1) AS q1,
  max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 2) AS q2,
  max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 3) AS q3,
  max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 4) AS q4,
  max(v."value") FILTER (WHERE p."type" = 'HALF_YEAR' AND p."number" = 1) AS h1,
  max(v."value") FILTER (WHERE p."type" = 'HALF_YEAR' AND p."number" = 2) AS h2,
  max(v."value") FILTER (WHERE p."type" = 'YEAR') AS y`;

/** The rows to read: the accepted figures, or those with the submitted reports laid over them. */
function sourceSql(q: Pick<SpanQuery, 'provinceId' | 'campaignId' | 'elementIds' | 'unitIds' | 'withSubmitted'> & { years: number[] }): Prisma.Sql {
  const units = q.unitIds ? Prisma.sql`AND d."unitId" = ANY(${[...q.unitIds]}::int[])` : Prisma.empty;
  const accepted = Prisma.sql`
    SELECT d."unitId", d."elementId", d."year", d.q1, d.q2, d.q3, d.q4, d.h1, d.h2, d.y
      FROM "DashboardValue" d
     WHERE d."campaignId" = ${q.campaignId} AND d."elementId" = ANY(${[...q.elementIds]}::int[]) AND d."year" = ANY(${[...q.years]}::int[]) ${units}`;
  if (!q.withSubmitted) return accepted;
  const subUnits = q.unitIds ? Prisma.sql`AND r."unitId" = ANY(${[...q.unitIds]}::int[])` : Prisma.empty;
  return Prisma.sql`
    WITH sub AS (
      SELECT r."unitId", v."elementId", p."year", ${PERIOD_COLUMNS}
        FROM "Report" r
        JOIN "ReportingPeriod" p ON p.id = r."periodId"
        JOIN "ReportValue" v ON v."reportId" = r.id AND v."value" IS NOT NULL
       WHERE r."provinceId" = ${q.provinceId} AND r."status" = 'SUBMITTED' AND p."campaignId" = ${q.campaignId}
         AND v."elementId" = ANY(${[...q.elementIds]}::int[]) AND p."year" = ANY(${[...q.years]}::int[]) ${subUnits}
       GROUP BY 1, 2, 3
    ), acc AS (${accepted})
    SELECT a."unitId", a."elementId", a."year",
           coalesce(a.q1, s.q1) AS q1, coalesce(a.q2, s.q2) AS q2, coalesce(a.q3, s.q3) AS q3, coalesce(a.q4, s.q4) AS q4,
           coalesce(a.h1, s.h1) AS h1, coalesce(a.h2, s.h2) AS h2, coalesce(a.y, s.y) AS y
      FROM acc a LEFT JOIN sub s ON s."unitId" = a."unitId" AND s."elementId" = a."elementId" AND s."year" = a."year"
    UNION ALL
    SELECT s.* FROM sub s
     WHERE NOT EXISTS (SELECT 1 FROM acc a WHERE a."unitId" = s."unitId" AND a."elementId" = s."elementId" AND a."year" = s."year")`;
}

type Row = {
  elementId: number;
  year: number;
  quarter: number;
  sum: number | null;
  count: number;
  incomplete: number;
  units: number[] | null;
  values: number[] | null;
  complete: boolean[] | null;
};

/**
 * Span values of the elements over the years and quarters asked, summed over the units (and per
 * unit for `perUnit` elements): one scan of the campaign's rows, one result row per element, year
 * and quarter.
 */
export type StoredSpans = SpanSource & {
  /** each unit's values by "code:year:quarter" (of the per-unit elements) */
  unitIndex(): Map<number, Map<string, UnitValue>>;
};

export async function readSpans(q: SpanQuery, codeOf: ReadonlyMap<number, string>): Promise<StoredSpans> {
  if (q.elementIds.length === 0 || q.spans.length === 0) return emptySource;
  const years = [...new Set(q.spans.map((s) => s.year))];
  const flow = Prisma.sql`s."elementId" = ANY(${[...q.flowIds]}::int[])`;
  const k = Prisma.sql`k.quarter`;
  const perUnit = q.perUnit === 'all' ? Prisma.sql`true` : Prisma.sql`t."elementId" = ANY(${[...q.perUnit]}::int[])`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT t."elementId", t."year", t.quarter,
           sum(t.v)::float8 AS "sum", count(t.v)::int AS "count",
           count(*) FILTER (WHERE t.v IS NOT NULL AND NOT t.c)::int AS incomplete,
           CASE WHEN ${perUnit} THEN array_agg(t."unitId") FILTER (WHERE t.v IS NOT NULL) END AS units,
           CASE WHEN ${perUnit} THEN array_agg(t.v::float8) FILTER (WHERE t.v IS NOT NULL) END AS "values",
           CASE WHEN ${perUnit} THEN array_agg(t.c) FILTER (WHERE t.v IS NOT NULL) END AS complete
      FROM (
        SELECT s."unitId", s."elementId", s."year", k.quarter, ${spanValueSql(k, flow, 's')} AS v, ${spanCompleteSql(k, flow, 's')} AS c
          FROM (${sourceSql({ ...q, years })}) s
          JOIN unnest(${q.spans.map((x) => x.year)}::int[], ${q.spans.map((x) => x.quarter)}::int[]) AS k(year, quarter) ON k.year = s."year"
        -- OFFSET 0 keeps the subquery: flattened, each use of v below would compute the CASE again.
        OFFSET 0
      ) t
     GROUP BY 1, 2, 3`;
  const sums = new Map<string, ElementSum>();
  const units = new Map<string, Map<number, UnitValue>>();
  for (const r of rows) {
    const code = codeOf.get(r.elementId);
    if (code === undefined) continue;
    sums.set(`${code}:${r.year}:${r.quarter}`, { sum: r.sum ?? 0, count: r.count, incomplete: r.incomplete });
    if (r.units && r.values && r.complete) {
      const map = new Map<number, UnitValue>();
      r.units.forEach((unitId, i) => map.set(unitId, { value: Number(r.values![i]), complete: r.complete![i] }));
      units.set(`${code}:${r.year}:${r.quarter}`, map);
    }
  }
  let byUnit: Map<number, Map<string, UnitValue>> | null = null;
  return {
    sum: (code, year, quarter) => sums.get(`${code}:${year}:${quarter}`),
    units: (code, year, quarter) => units.get(`${code}:${year}:${quarter}`),
    unitIndex() {
      if (!byUnit) {
        byUnit = new Map();
        for (const [key, map] of units) {
          for (const [unitId, value] of map) {
            let own = byUnit.get(unitId);
            if (!own) byUnit.set(unitId, (own = new Map()));
            own.set(key, value);
          }
        }
      }
      return byUnit;
    },
  };
}

const emptySource: StoredSpans = { sum: () => undefined, units: () => undefined, unitIndex: () => new Map() };

export type PeriodWithData = { type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; year: number; number: number; isBaseline: boolean };

/**
 * The campaign's periods for which some unit in scope has an accepted report with a value (also
 * submitted ones when asked): what latestSpan and the baseline year are read from. One index probe
 * per period.
 */
export async function periodsWithData(q: Pick<SpanQuery, 'provinceId' | 'campaignId' | 'unitIds' | 'withSubmitted'>): Promise<PeriodWithData[]> {
  const statuses: WorkflowStatus[] = q.withSubmitted ? ['ACCEPTED', 'SUBMITTED'] : ['ACCEPTED'];
  const units = q.unitIds ? Prisma.sql`AND r."unitId" = ANY(${[...q.unitIds]}::int[])` : Prisma.empty;
  return db.$queryRaw<PeriodWithData[]>`
    SELECT p."type"::text AS "type", p."year", p."number", p."isBaseline"
      FROM "ReportingPeriod" p
     WHERE p."campaignId" = ${q.campaignId}
       AND EXISTS (SELECT 1 FROM "Report" r JOIN "ReportValue" v ON v."reportId" = r.id AND v."value" IS NOT NULL
                    WHERE r."periodId" = p.id AND r."provinceId" = ${q.provinceId} AND r."status" = ANY(${statuses}::"WorkflowStatus"[]) ${units})`;
}
