/**
 * The benchmark's data: fills a migrated database seeded with the catalogue with years of reports.
 *
 * - province: Cao Bằng's units, every period from the 2025 baseline up to the benchmark's day
 *   (BENCH_TODAY): closed periods ACCEPTED, the open one mixed (accepted, submitted, returned,
 *   drafts, missing), values from the demo's plausible trends (prisma/seed/demo-values.ts), and
 *   each campaign year's ACCEPTED registration with targets near the province's (registrations.ts).
 * - nation: the same plus 33 generated provinces, each with a copy of the campaign catalogue,
 *   ~97 communes and wards and ~30 departments, and the same history, dense: every unit reports
 *   every element in each period of the element's types (issue 5: "five years of quarterly reports
 *   for every indicator ... millions of values"), where the seed's who-reports-what gives a commune
 *   about four elements a quarter. The dense figures are sums no real province would report (every
 *   unit's GRDP growth added up); they are there for their volume.
 *
 * Bulk SQL (INSERT ... SELECT FROM unnest of arrays), one transaction per province. Accounts for the
 * benchmark (password BENCH_PASSWORD) are created in Cao Bằng: a leader, a reviewer and unit heads of
 * communes whose report of the open period is left to them.
 */
import pg from 'pg';
import type { PeriodType, ReporterGroup, UnitKind, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { periodWindow } from '@/lib/reporting/periods';
import { addDays, type Day } from '@/lib/clock';
import { hashPassword } from '@/lib/auth/password';
import { demoValue, hashSeed, random } from '@/prisma/seed/demo-values';
import { PROVINCE, CAMPAIGN_CODE } from '@/prisma/seed/catalogue';
import { copyProvinces } from './catalogue-copy';
import { registerUnits } from './registrations';

/** The day the benchmark server's clock shows: 2030 Q3 is open (due 10/10/2030), everything before is closed. */
export const BENCH_TODAY: Day = '2030-10-05';
export const BENCH_CLOCK = `${BENCH_TODAY}T09:00:00+07:00`;
export const BENCH_PASSWORD = 'Bench@2026';
export const BENCH_LEADER = 'bench.leader';
export const BENCH_REVIEWER = 'bench.reviewer';
export const benchHead = (n: number) => `bench.head.${String(n).padStart(2, '0')}`;

export type Size = 'province' | 'nation';

export type GenerateOptions = {
  databaseUrl: string;
  /** provinces generated beside Cao Bằng, with their communes/wards and departments (nation: 33, 97, 30) */
  extraProvinces: number;
  communesPerProvince: number;
  departmentsPerProvince: number;
  /** only the first n communes/wards of Cao Bằng (by name) and the owners of provincial figures report; all units when absent */
  caoBangCommunes?: number;
  /** the last year that gets reports (periods after BENCH_TODAY never do) */
  lastYear: number;
  /** the benchmark's day: periods closed before it are accepted, the ones open on it mixed */
  today: Day;
  /** unit heads created (one per commune, up to the communes that report) */
  unitHeads: number;
  /** every unit reports every element in each period of the element's types, not only what the seed gives it */
  dense?: boolean;
  log?: (line: string) => void;
};

export const SIZES: Record<Size, Omit<GenerateOptions, 'databaseUrl' | 'log'>> = {
  province: { extraProvinces: 0, communesPerProvince: 0, departmentsPerProvince: 0, lastYear: 2030, today: BENCH_TODAY, unitHeads: 50 },
  nation: { extraProvinces: 33, communesPerProvince: 97, departmentsPerProvince: 30, lastYear: 2030, today: BENCH_TODAY, unitHeads: 50, dense: true },
};

export const COUNTED_TABLES = ['Province', 'Unit', 'Campaign', 'Indicator', 'DataElement', 'ReportingPeriod', 'User', 'Registration', 'RegistrationTarget', 'Report', 'ReportValue'] as const;
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

type UnitRow = { id: number; name: string; kind: UnitKind; border: boolean | null };
type ElementRow = { id: number; code: string; periodTypes: PeriodType[]; reporterGroups: ReporterGroup[]; ownerUnitId: number | null };
type PeriodRow = { id: number; type: PeriodType; year: number; number: number; endDate: Day; dueDate: Day; expiryDate: Day };

const NARRATIVE = 'Đơn vị đã triển khai các nội dung thi đua theo kế hoạch; số liệu tổng hợp từ các bộ phận chuyên môn.';
const VALUE_BATCH = 50_000;

/** Postgres arrays of enums and text come back as '{A,B}' strings from pg. */
const pgArray = <T extends string>(value: unknown): T[] => (Array.isArray(value) ? value : String(value).replace(/^\{|\}$/g, '').split(',').filter(Boolean)) as T[];

/** What happened to a report in the open period (closed periods are all accepted). */
function openOutcome(dice: number): WorkflowStatus | null {
  if (dice < 0.25) return 'ACCEPTED';
  if (dice < 0.5) return 'SUBMITTED';
  if (dice < 0.6) return 'RETURNED';
  if (dice < 0.72) return 'DRAFT';
  return null;
}

const isoAt = (day: Day, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`).toISOString();

async function caoBangOf(client: pg.PoolClient) {
  const { rows } = await client.query<{ provinceId: number; campaignId: number }>(
    `SELECT p.id AS "provinceId", c.id AS "campaignId" FROM "Province" p JOIN "Campaign" c ON c."provinceId" = p.id AND c.code = $2 WHERE p.code = $1`,
    [PROVINCE.code, CAMPAIGN_CODE],
  );
  if (!rows[0]) throw new Error('The database has no Cao Bằng campaign: migrate and seed it first.');
  return rows[0];
}

/** The communes of Cao Bằng whose heads run the benchmark's submissions (first by name). */
async function headUnits(client: pg.PoolClient, provinceId: number, count: number): Promise<UnitRow[]> {
  const { rows } = await client.query<UnitRow>(
    `SELECT id, name, kind::text AS kind, border FROM "Unit" WHERE "provinceId" = $1 AND kind IN ('COMMUNE', 'WARD') ORDER BY name COLLATE "C" LIMIT $2`,
    [provinceId, count],
  );
  return rows;
}

/** Reports and values of one province, in the caller's transaction. */
async function fillProvince(
  client: pg.PoolClient,
  provinceId: number,
  options: { today: Day; lastYear: number; reportingUnitIds: Set<number> | null; leftOpen: Set<number>; dense: boolean },
): Promise<{ reports: number; values: number; registrations: number }> {
  // One client: its queries run one after the other.
  const { rows: units } = await client.query<UnitRow>(`SELECT id, name, kind::text AS kind, border FROM "Unit" WHERE "provinceId" = $1 AND active ORDER BY id`, [provinceId]);
  const { rows: elementRows } = await client.query(
      `SELECT e.id, e.code, e."periodTypes"::text[] AS "periodTypes", e."reporterGroups"::text[] AS "reporterGroups", e."ownerUnitId"
         FROM "DataElement" e JOIN "Campaign" c ON c.id = e."campaignId" WHERE c."provinceId" = $1 AND c.code = $2 AND e.active ORDER BY e."sortOrder"`,
      [provinceId, CAMPAIGN_CODE],
    );
  const { rows: periodRows } = await client.query(
      `SELECT p.id, p.type::text AS type, p.year, p.number, to_char(p."endDate", 'YYYY-MM-DD') AS "endDate",
              to_char(p."dueDate", 'YYYY-MM-DD') AS "dueDate", to_char(p."expiryDate", 'YYYY-MM-DD') AS "expiryDate"
         FROM "ReportingPeriod" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c."provinceId" = $1 AND c.code = $2 ORDER BY p."endDate", p.type`,
      [provinceId, CAMPAIGN_CODE],
    );
  const elements: ElementRow[] = elementRows.map((e) => ({ ...e, periodTypes: pgArray(e.periodTypes), reporterGroups: pgArray(e.reporterGroups) }));
  const periods = periodRows as PeriodRow[];

  const reporting = units.filter((u) => !options.reportingUnitIds || options.reportingUnitIds.has(u.id));
  const { registrations } = await registerUnits(client, provinceId, reporting, elements, { lastYear: Math.min(options.lastYear, Number(options.today.slice(0, 4))) });

  const report = { unit: [] as number[], period: [] as number[], status: [] as string[], late: [] as boolean[], submittedAt: [] as (string | null)[], reviewedAt: [] as (string | null)[], createdAt: [] as string[] };
  const valuesOf: Array<Array<[number, number]>> = [];
  for (const period of periods) {
    if (period.year > options.lastYear) continue;
    const window = periodWindow(period, options.today);
    if (window === 'NOT_OPEN') continue;
    for (const unit of reporting) {
      const own = elements.filter((e) => (options.dense ? e.periodTypes.includes(period.type) : unitReportsElementIn(e, unit, period.type)));
      if (own.length === 0) continue;
      const dice = random(hashSeed('bench', unit.id, period.id))();
      let status: WorkflowStatus | null = 'ACCEPTED';
      if (window !== 'CLOSED') status = options.leftOpen.has(unit.id) ? null : openOutcome(dice);
      if (!status) continue;
      const late = status !== 'DRAFT' && dice > 0.9;
      const submittedDay = late ? addDays(period.dueDate, 1 + Math.floor(dice * 20)) : addDays(period.dueDate, -1 - Math.floor(dice * 8));
      const created = isoAt(addDays(period.endDate, 1), 8);
      report.unit.push(unit.id);
      report.period.push(period.id);
      report.status.push(status);
      report.late.push(late);
      report.submittedAt.push(status === 'DRAFT' ? null : isoAt(submittedDay, 15));
      report.reviewedAt.push(status === 'ACCEPTED' || status === 'RETURNED' ? isoAt(addDays(submittedDay, 3), 10) : null);
      report.createdAt.push(created);
      const values = new Map<string, number>();
      const quarter = period.type === 'QUARTER' ? period.number : null;
      // twice: a part computed before its total (online dossiers) reads the total on the second pass
      for (let pass = 0; pass < 2; pass++) for (const e of own) values.set(e.code, demoValue(e.code, unit.id, period.year, quarter, values));
      valuesOf.push(own.map((e) => [e.id, values.get(e.code)!]));
    }
  }
  if (report.unit.length === 0) return { reports: 0, values: 0, registrations };

  const { rows: inserted } = await client.query<{ id: number; unitId: number; periodId: number }>(
    `INSERT INTO "Report" ("provinceId", "unitId", "periodId", status, late, narrative, "submissionCount", "submittedAt", "reviewedAt", "createdAt", "updatedAt")
     SELECT $1, t.unit, t.period, t.status, t.late, CASE WHEN t.status <> 'DRAFT' THEN $9 END, CASE WHEN t.status = 'DRAFT' THEN 0 ELSE 1 END,
            t.submitted, t.reviewed, t.created, coalesce(t.reviewed, t.submitted, t.created)
       FROM unnest($2::int[], $3::int[], $4::"WorkflowStatus"[], $5::bool[], $6::timestamp(3)[], $7::timestamp(3)[], $8::timestamp(3)[])
            AS t(unit, period, status, late, submitted, reviewed, created)
     RETURNING id, "unitId", "periodId"`,
    [provinceId, report.unit, report.period, report.status, report.late, report.submittedAt, report.reviewedAt, report.createdAt, NARRATIVE],
  );
  const idOf = new Map(inserted.map((r) => [`${r.unitId}:${r.periodId}`, r.id]));

  let batch = { report: [] as number[], element: [] as number[], value: [] as string[] };
  let values = 0;
  const flush = async () => {
    if (batch.report.length === 0) return;
    await client.query(
      `INSERT INTO "ReportValue" ("reportId", "elementId", value, "rawValue")
       SELECT r, e, v::numeric, v FROM unnest($1::int[], $2::int[], $3::text[]) AS t(r, e, v)`,
      [batch.report, batch.element, batch.value],
    );
    values += batch.report.length;
    batch = { report: [], element: [], value: [] };
  };
  for (let i = 0; i < report.unit.length; i++) {
    const reportId = idOf.get(`${report.unit[i]}:${report.period[i]}`)!;
    for (const [elementId, value] of valuesOf[i]) {
      batch.report.push(reportId);
      batch.element.push(elementId);
      batch.value.push(String(value));
    }
    if (batch.report.length >= VALUE_BATCH) await flush();
  }
  await flush();
  return { reports: report.unit.length, values, registrations };
}

async function createAccounts(client: pg.PoolClient, provinceId: number, heads: UnitRow[]) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const unitNamed = async (name: string) =>
    (await client.query<{ id: number }>(`SELECT id FROM "Unit" WHERE "provinceId" = $1 AND name = $2`, [provinceId, name])).rows[0]?.id ?? null;
  const accounts = [
    { username: BENCH_LEADER, role: 'LEADER', unitId: await unitNamed('Văn phòng UBND tỉnh'), name: 'Lãnh đạo (benchmark)' },
    { username: BENCH_REVIEWER, role: 'REVIEWER', unitId: await unitNamed('Sở Nội vụ'), name: 'Chuyên viên Nội vụ (benchmark)' },
    ...heads.map((u, i) => ({ username: benchHead(i + 1), role: 'UNIT_HEAD', unitId: u.id, name: `Chủ tịch ${u.name} (benchmark)` })),
  ];
  await client.query(
    `INSERT INTO "User" ("provinceId", username, "passwordHash", "displayName", role, "unitId", "updatedAt")
     SELECT $1, u, $2, d, r::"Role", unit, now() FROM unnest($3::text[], $4::text[], $5::text[], $6::int[]) AS t(u, r, d, unit)
     ON CONFLICT (username) DO NOTHING`,
    [provinceId, passwordHash, accounts.map((a) => a.username), accounts.map((a) => a.role), accounts.map((a) => a.name), accounts.map((a) => a.unitId)],
  );
  return accounts.length;
}

/** Rows of the counted tables, and of the dashboards' own table where the schema has it. */
export async function rowCounts(client: pg.PoolClient | pg.Client): Promise<RowCounts & { DashboardValue?: number }> {
  const { rows } = await client.query(`SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`);
  const counts = rows[0] as RowCounts & { DashboardValue?: number };
  if ((await client.query(`SELECT to_regclass('"DashboardValue"') IS NOT NULL AS present`)).rows[0].present) {
    counts.DashboardValue = (await client.query(`SELECT count(*)::int AS n FROM "DashboardValue"`)).rows[0].n;
  }
  return counts;
}

export async function generate(options: GenerateOptions): Promise<RowCounts> {
  const log = options.log ?? (() => {});
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const client = await pool.connect();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    await client.query(`SET synchronous_commit = off`);
    const caoBang = await caoBangOf(client);
    const existing = await client.query(`SELECT 1 FROM "Report" LIMIT 1`);
    if (existing.rowCount) throw new Error('The database already has reports: generate into a fresh database.');

    await client.query('BEGIN');
    const extra = await copyProvinces(client, caoBang.provinceId, {
      count: options.extraProvinces,
      communes: options.communesPerProvince,
      departments: options.departmentsPerProvince,
    });
    await client.query('COMMIT');
    if (extra.length) log(`${extra.length} provinces with their units and catalogue copied (${elapsed()})`);

    // Cao Bằng: all units, or (for a small run) the first communes and the owners of provincial figures.
    let reportingUnitIds: Set<number> | null = null;
    if (options.caoBangCommunes !== undefined) {
      const communes = await headUnits(client, caoBang.provinceId, options.caoBangCommunes);
      const owners = await client.query<{ id: number }>(`SELECT DISTINCT "ownerUnitId" AS id FROM "DataElement" WHERE "campaignId" = $1 AND "ownerUnitId" IS NOT NULL`, [caoBang.campaignId]);
      reportingUnitIds = new Set([...communes.map((u) => u.id), ...owners.rows.map((r) => r.id)]);
    }
    const heads = await headUnits(client, caoBang.provinceId, Math.min(options.unitHeads, options.caoBangCommunes ?? Infinity));
    const leftOpen = new Set(heads.map((u) => u.id));

    let reports = 0;
    let values = 0;
    for (const [i, provinceId] of [caoBang.provinceId, ...extra].entries()) {
      await client.query('BEGIN');
      const done = await fillProvince(client, provinceId, {
        today: options.today,
        lastYear: options.lastYear,
        reportingUnitIds: provinceId === caoBang.provinceId ? reportingUnitIds : null,
        leftOpen,
        dense: options.dense ?? false,
      });
      await client.query('COMMIT');
      reports += done.reports;
      values += done.values;
      log(`province ${i + 1}/${extra.length + 1}: ${done.registrations} registrations, ${done.reports} reports, ${done.values} values (total ${reports} / ${values}, ${elapsed()})`);
    }

    await client.query('BEGIN');
    const accounts = await createAccounts(client, caoBang.provinceId, heads);
    await client.query('COMMIT');
    log(`${accounts} benchmark accounts (password ${BENCH_PASSWORD})`);
    await client.query('ANALYZE');
    const counts = await rowCounts(client);
    log(`done in ${elapsed()}`);
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}
