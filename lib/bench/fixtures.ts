/**
 * What the benchmark needs from a generated database: the unit heads' reports of the open period
 * (unit, period, current version, the elements their form shows) and a unit for the unit page.
 */
import type pg from 'pg';
import type { PeriodType, ReporterGroup, UnitKind } from '@/lib/generated/prisma/enums';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { periodWindow } from '@/lib/reporting/periods';
import { BENCH_TODAY, benchHead } from './generate';
import { withClient } from './database';

/** Has the generator filled this database (its benchmark accounts are there)? */
export async function isGenerated(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('"User"') IS NOT NULL AS present`);
  if (!rows[0].present) return false;
  return ((await client.query(`SELECT 1 FROM "User" WHERE username = $1`, [benchHead(1)])).rowCount ?? 0) > 0;
}

export type HeadFixture = { unitId: number; periodId: number; year: number; quarter: number; version: number; codes: string[] };

export async function benchFixtures(client: pg.Client, count: number): Promise<{ heads: HeadFixture[]; unitPageId: number }> {
  const { rows: heads } = await client.query<{ username: string; unitId: number; provinceId: number; kind: UnitKind; border: boolean | null }>(
    `SELECT u.username, u."unitId", u."provinceId", n.kind::text AS kind, n.border
       FROM "User" u JOIN "Unit" n ON n.id = u."unitId" WHERE u.username = ANY($1::text[]) ORDER BY u.username`,
    [Array.from({ length: count }, (_, i) => benchHead(i + 1))],
  );
  if (heads.length < count) throw new Error(`The database has ${heads.length} benchmark unit heads, not ${count}: regenerate it.`);
  const provinceId = heads[0].provinceId;
  const { rows: periods } = await client.query<{ id: number; type: PeriodType; year: number; number: number; endDate: string; dueDate: string; expiryDate: string }>(
    `SELECT p.id, p.type::text AS type, p.year, p.number, to_char(p."endDate", 'YYYY-MM-DD') AS "endDate", to_char(p."dueDate", 'YYYY-MM-DD') AS "dueDate",
            to_char(p."expiryDate", 'YYYY-MM-DD') AS "expiryDate"
       FROM "ReportingPeriod" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c."provinceId" = $1 ORDER BY p."endDate" DESC, p.type`,
    [provinceId],
  );
  const open = periods.find((p) => p.type === 'QUARTER' && ['OPEN', 'LATE'].includes(periodWindow(p, BENCH_TODAY)));
  if (!open) throw new Error(`No quarter is open on ${BENCH_TODAY}.`);
  const { rows: elements } = await client.query<{ code: string; periodTypes: PeriodType[]; reporterGroups: ReporterGroup[]; ownerUnitId: number | null }>(
    `SELECT e.code, e."periodTypes"::text[] AS "periodTypes", e."reporterGroups"::text[] AS "reporterGroups", e."ownerUnitId"
       FROM "DataElement" e JOIN "ReportingPeriod" p ON p."campaignId" = e."campaignId" WHERE p.id = $1 AND e.active ORDER BY e."sortOrder"`,
    [open.id],
  );
  const { rows: reports } = await client.query<{ unitId: number; version: number }>(`SELECT "unitId", version FROM "Report" WHERE "periodId" = $1`, [open.id]);
  const versionOf = new Map(reports.map((r) => [r.unitId, r.version]));
  return {
    heads: heads.map((h) => ({
      unitId: h.unitId,
      periodId: open.id,
      year: open.year,
      quarter: open.number,
      version: versionOf.get(h.unitId) ?? 0,
      codes: elements.filter((e) => unitReportsElementIn(e, { id: h.unitId, kind: h.kind, border: h.border }, 'QUARTER')).map((e) => e.code),
    })),
    unitPageId: heads[0].unitId,
  };
}

/** The heads' reports of the open period back to editable drafts, straight in the benchmark's own database, so the next run can save them. */
export function backToDrafts(url: string, editors: Array<{ unitId: number; periodId: number }>) {
  return withClient(url, (client) =>
    client.query(`UPDATE "Report" SET status = 'DRAFT', version = version + 1 WHERE "periodId" = $1 AND "unitId" = ANY($2::int[]) AND status IN ('SUBMITTED', 'RETURNED')`, [
      editors[0].periodId,
      editors.map((e) => e.unitId),
    ]),
  );
}
