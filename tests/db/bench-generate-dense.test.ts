import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { generate, type RowCounts } from '@/lib/bench/generate';
import type { PeriodType } from '@/lib/generated/prisma/enums';
import { tinyRun } from './bench-fixtures';

/**
 * The nation size's dense history (issue 5: "five years of quarterly reports for every indicator"):
 * every unit reports every element in each period of the element's types, whoever the seed says
 * reports it, on the tests' tiny run (bench-fixtures.ts).
 */
let counts: RowCounts;

beforeAll(async () => {
  counts = await generate(tinyRun({ dense: true }));
}, 120_000);

describe('benchmark data generator, dense', () => {
  it('gives every reporting unit every element of each period type, owners’ figures included', async () => {
    const reports = await db.report.findMany({ select: { unitId: true, period: { select: { type: true, campaignId: true } }, _count: { select: { values: true } } } });
    const elements = await db.dataElement.findMany({ select: { campaignId: true, periodTypes: true } });
    const elementsOf = (campaignId: number, type: PeriodType) => elements.filter((e) => e.campaignId === campaignId && e.periodTypes.includes(type)).length;
    expect(reports.length).toBe(counts.Report);
    for (const r of reports) expect(r._count.values).toBe(elementsOf(r.period.campaignId, r.period.type));
    expect(reports.reduce((sum, r) => sum + r._count.values, 0)).toBe(counts.ReportValue);
    // A commune reports the statistics office's GRDP growth too (the seed gives it to the owner alone).
    const grdpByCommunes = await db.reportValue.count({ where: { element: { code: 'GRDP_GROWTH_PCT' }, report: { unit: { kind: { in: ['COMMUNE', 'WARD'] } } } } });
    expect(grdpByCommunes).toBeGreaterThan(0);
  });

  it('feeds the dashboards’ table with every accepted value', async () => {
    const [{ expected }] = await db.$queryRaw<Array<{ expected: number }>>`
      SELECT count(DISTINCT (r."unitId", v."elementId", p.year))::int AS expected
        FROM "ReportValue" v JOIN "Report" r ON r.id = v."reportId" JOIN "ReportingPeriod" p ON p.id = r."periodId"
       WHERE r.status = 'ACCEPTED'`;
    expect(expected).toBeGreaterThan(0);
    expect(await db.dashboardValue.count()).toBe(expected);
  });
});
