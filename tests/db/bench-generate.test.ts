import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { generate, rowCounts, type RowCounts } from '@/lib/bench/generate';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { computeIndicator, latestSpan, loadReportData } from '@/lib/indicators/compute';
import pg from 'pg';
import { tinyRun } from './bench-fixtures';

/**
 * The benchmark's generator at a tiny size (Cao Bằng's first 3 communes and the owners of provincial
 * figures, plus one generated province of 3 communes; the 2025 baseline and 2026, all closed), so
 * that it cannot rot: row counts, the copied catalogue, and province figures computed from it.
 */
let counts: RowCounts;
let before: RowCounts;

async function countsNow() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await rowCounts(client);
  } finally {
    await client.end();
  }
}

/** Reports and values the catalogue implies for a province's units: one report per unit and period it reports in. */
async function expectedFor(provinceId: number, unitIds?: number[]) {
  const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId } });
  const units = await db.unit.findMany({ where: { provinceId, ...(unitIds ? { id: { in: unitIds } } : {}) } });
  const elements = await db.dataElement.findMany({ where: { campaignId: campaign.id } });
  const periods = await db.reportingPeriod.findMany({ where: { campaignId: campaign.id, year: { lte: 2026 } } });
  let reports = 0;
  let values = 0;
  for (const period of periods) {
    for (const unit of units) {
      const own = elements.filter((e) => unitReportsElementIn(e, unit, period.type)).length;
      if (own > 0) reports++;
      values += own;
    }
  }
  return { reports, values, periods: periods.length };
}

beforeAll(async () => {
  before = await countsNow();
  counts = await generate(tinyRun());
}, 120_000);

describe('benchmark data generator', () => {
  it('adds one province with its own units and a full copy of the campaign catalogue', async () => {
    expect(counts.Province).toBe(before.Province + 1);
    const caoBang = await db.province.findUniqueOrThrow({ where: { code: '04' } });
    const sim = await db.province.findUniqueOrThrow({ where: { code: 'SIM-01' } });
    const [cb, copy] = await Promise.all(
      [caoBang.id, sim.id].map(async (provinceId) => {
        const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId }, include: { _count: { select: { indicators: true, elements: true, periods: true, contestAreas: true, milestones: true } } } });
        const links = await db.indicatorElement.count({ where: { indicator: { campaignId: campaign.id } } });
        const settings = await db.setting.count({ where: { provinceId } });
        return { ...campaign._count, links, settings };
      }),
    );
    expect(copy).toEqual(cb);
    // Owner-reported elements belong to the new province's own units.
    const owned = await db.dataElement.findMany({ where: { campaign: { provinceId: sim.id }, reporterGroups: { has: 'OWNER' } }, include: { ownerUnit: true } });
    expect(owned.length).toBeGreaterThan(0);
    for (const e of owned) expect(e.ownerUnit?.provinceId).toBe(sim.id);
    const parts = await db.dataElement.findMany({ where: { campaign: { provinceId: sim.id }, totalElementId: { not: null } }, include: { totalElement: true } });
    expect(parts.map((p) => [p.code, p.totalElement?.code]).sort()).toContainEqual(['POOR_HOUSEHOLDS', 'HOUSEHOLDS']);
    for (const p of parts) expect(p.totalElement?.campaignId).toBe(p.campaignId);
    const communes = await db.unit.count({ where: { provinceId: sim.id, kind: { in: ['COMMUNE', 'WARD'] } } });
    expect(communes).toBe(3);
  });

  it('writes one accepted report per unit and period it reports in, with every element it reports', async () => {
    const caoBang = await db.province.findUniqueOrThrow({ where: { code: '04' } });
    const sim = await db.province.findUniqueOrThrow({ where: { code: 'SIM-01' } });
    const reporting = await db.report.findMany({ where: { provinceId: caoBang.id }, distinct: ['unitId'], select: { unitId: true } });
    const cb = await expectedFor(caoBang.id, reporting.map((r) => r.unitId));
    const copy = await expectedFor(sim.id);
    expect(cb.periods).toBe(6); // baseline 2025, four quarters and the year 2026
    expect(counts.Report).toBe(cb.reports + copy.reports);
    expect(counts.ReportValue).toBe(cb.values + copy.values);
    expect(await db.report.count({ where: { status: { not: 'ACCEPTED' } } })).toBe(0);
    expect(await db.reportValue.count({ where: { value: null } })).toBe(0);
    // Parts never above their totals (the submission's own check).
    const partsAboveTotals = await db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "ReportValue" part
        JOIN "DataElement" e ON e.id = part."elementId" AND e."totalElementId" IS NOT NULL
        JOIN "ReportValue" total ON total."reportId" = part."reportId" AND total."elementId" = e."totalElementId"
       WHERE part.value > total.value`;
    expect(partsAboveTotals[0].n).toBe(0);
    // Three communes of Cao Bằng report (and the owners of provincial figures), each with a head.
    const communes = await db.unit.count({ where: { id: { in: reporting.map((r) => r.unitId) }, kind: { in: ['COMMUNE', 'WARD'] } } });
    expect(communes).toBe(3);
    expect(await db.user.count({ where: { role: 'UNIT_HEAD', username: { startsWith: 'bench.head.' } } })).toBe(3);
    expect(await db.user.count({ where: { username: { in: ['bench.leader', 'bench.reviewer'] } } })).toBe(2);
    expect(counts.User).toBe(before.User + 5);
  });

  it('registers every reporting commune for the year, accepted, with a target per indicator it reads', async () => {
    const registrations = await db.registration.findMany({ include: { unit: true, _count: { select: { targets: true } } } });
    expect(registrations.length).toBe(counts.Registration);
    expect(registrations.every((r) => r.status === 'ACCEPTED' && r.year === 2026 && r._count.targets > 0)).toBe(true);
    // 3 communes of Cao Bằng and 3 of the generated province
    expect(registrations.filter((r) => r.unit.kind === 'COMMUNE' || r.unit.kind === 'WARD')).toHaveLength(6);
    const poverty = await db.registrationTarget.findFirstOrThrow({ where: { indicator: { code: 'CS-MULTIDIM-POVERTY-REDUCTION' } }, include: { indicator: true } });
    expect(poverty.targetValue).not.toBeNull(); // the province's is 3 points a year
    expect(Number(poverty.targetValue)).toBeGreaterThanOrEqual(Number(poverty.indicator.targetValue) * 0.9 - 0.01);
    expect(Number(poverty.targetValue)).toBeLessThanOrEqual(Number(poverty.indicator.targetValue) * 1.1 + 0.01);
  });

  it('gives plausible province figures through computeIndicator', async () => {
    for (const code of ['04', 'SIM-01']) {
      const province = await db.province.findUniqueOrThrow({ where: { code } });
      const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId: province.id } });
      const indicator = (c: string) => db.indicator.findFirstOrThrow({ where: { campaignId: campaign.id, code: c } });
      const data = await loadReportData(province.id, campaign.id);
      expect(latestSpan(data)).toEqual({ year: 2026 });
      const poverty = computeIndicator(await indicator('CS-MULTIDIM-POVERTY-REDUCTION'), data, { year: 2026 });
      expect(poverty.level).toBeGreaterThan(1); // the poor-household rate, in %
      expect(poverty.level).toBeLessThan(55);
      expect(poverty.value).toBeGreaterThan(0); // a fall, in points
      expect(poverty.value).toBeLessThan(10);
      const online = computeIndicator(await indicator('DAR-ONLINE-PUBLIC-SERVICE-USAGE'), data, { year: 2026 });
      expect(online.value).toBeGreaterThan(0);
      expect(online.value).toBeLessThanOrEqual(100);
      expect(online.incomplete).toBe(false);
      const perCapita = computeIndicator(await indicator('ECO-GRDP-PER-CAPITA'), data, { year: 2026 });
      expect(perCapita.value).toBeGreaterThan(60); // million VND a person
      expect(perCapita.value).toBeLessThan(90);
    }
  });

  it('refuses a database that already has reports', async () => {
    await expect(
      generate({ databaseUrl: process.env.DATABASE_URL!, extraProvinces: 0, communesPerProvince: 0, departmentsPerProvince: 0, lastYear: 2026, today: '2027-06-01', unitHeads: 0 }),
    ).rejects.toThrow(/already has reports/);
    expect(await countsNow()).toEqual(counts);
  });
});
