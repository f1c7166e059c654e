/**
 * The dashboards' fast path (triggers -> DashboardValue -> span sums in SQL -> the same evaluator)
 * gives the figures of the reference (lib/indicators/compute.ts) on the demo history and on random
 * data: province figures, unit readings, with and without submitted reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { computeIndicator, computeUnitReadings, loadReportData, type ComputableIndicator, type ReportData } from '@/lib/indicators/compute';
import { unitSpanValue, type Span } from '@/lib/reporting/aggregate';
import { formulaElements, parseFormula } from '@/lib/catalogue/formula';
import { spanCompleteSql, spanValueSql } from '@/lib/dashboard/span-sql';
import { provinceFigures, unitReadings, type FigureElement } from '@/lib/dashboard/indicator-figures';
import type { PeriodType, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { caoBangCampaign, periodOf, seedDemo } from './dashboard-fixtures';

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

let indicators: ComputableIndicator[];
let elements: FigureElement[];
let scope: { provinceId: number; campaign: { id: number; startYear: number } };

/** The reference's `incomplete` looks at every element of the data; the fast path at the formula's own. */
const ownElements = (data: ReportData, indicator: ComputableIndicator): ReportData => {
  const codes = new Set(formulaElements(parseFormula(indicator.formula)));
  return { ...data, elements: data.elements.filter((e) => codes.has(e.code)) };
};

async function compareProvince(spans: Span[], withSubmitted: boolean) {
  const statuses: WorkflowStatus[] = withSubmitted ? ['ACCEPTED', 'SUBMITTED'] : ['ACCEPTED'];
  const data = await loadReportData(scope.provinceId, scope.campaign.id, { statuses });
  const fast = await provinceFigures({ ...scope, withSubmitted }, indicators, elements, spans);
  const differences: string[] = [];
  let compared = 0;
  for (const indicator of indicators) {
    spans.forEach((span, i) => {
      const ref = computeIndicator(indicator, ownElements(data, indicator), span);
      const got = fast.get(indicator.id)![i];
      compared++;
      if (!close(ref.value, got.value) || !close(ref.level, got.level) || ref.incomplete !== got.incomplete) {
        differences.push(`${indicator.code} ${JSON.stringify(span)}: ${JSON.stringify(ref)} vs ${JSON.stringify(got)}`);
      }
    });
  }
  return { differences, compared };
}

async function compareUnits(span: Span, withSubmitted: boolean) {
  const statuses: WorkflowStatus[] = withSubmitted ? ['ACCEPTED', 'SUBMITTED'] : ['ACCEPTED'];
  const data = await loadReportData(scope.provinceId, scope.campaign.id, { statuses });
  const unitIds = (await db.unit.findMany({ where: { provinceId: scope.provinceId }, select: { id: true } })).map((u) => u.id);
  const fast = await unitReadings({ ...scope, withSubmitted }, indicators, elements, unitIds, span);
  const differences: string[] = [];
  for (const indicator of indicators.filter((i) => i.unitReading !== 'NONE')) {
    const ref = computeUnitReadings([indicator], ownElements(data, indicator), span, unitIds);
    for (const unitId of unitIds) {
      const r = ref.get(unitId)!.get(indicator.id)!;
      const g = fast.get(unitId)!.get(indicator.id)!;
      if (!close(r.value, g.value) || !close(r.level, g.level) || r.incomplete !== g.incomplete) {
        differences.push(`${indicator.code} unit ${unitId} ${JSON.stringify(span)}: ${JSON.stringify(r)} vs ${JSON.stringify(g)}`);
      }
    }
  }
  return differences;
}

const SPANS: Span[] = [2025, 2026, 2027, 2028, 2029].flatMap((year) => [{ year, quarter: 1 as const }, { year, quarter: 2 as const }, { year, quarter: 3 as const }, { year }]);

beforeAll(async () => {
  // Four years of demo history: closed periods accepted, the open ones mixed.
  scope = await seedDemo('2029-03-01');
  indicators = await db.indicator.findMany({ where: { campaignId: scope.campaign.id } });
  elements = await db.dataElement.findMany({ where: { campaignId: scope.campaign.id }, select: { id: true, code: true, overTime: true } });
}, 180_000);

describe('span values in SQL', () => {
  it('equal unitSpanValue for every combination of periods, stocks and flows', async () => {
    type Case = { values: Array<number | null>; quarter: 1 | 2 | 3 | 4; flow: boolean };
    const PERIODS: Array<{ type: PeriodType; number: number }> = [
      { type: 'QUARTER', number: 1 },
      { type: 'QUARTER', number: 2 },
      { type: 'QUARTER', number: 3 },
      { type: 'QUARTER', number: 4 },
      { type: 'HALF_YEAR', number: 1 },
      { type: 'HALF_YEAR', number: 2 },
      { type: 'YEAR', number: 1 },
    ];
    const value = fc.option(fc.integer({ min: -5000, max: 5000 }).map((n) => n / 4), { nil: null, freq: 2 });
    const cases = fc.sample(fc.record({ values: fc.array(value, { minLength: 7, maxLength: 7 }), quarter: fc.constantFrom(1, 2, 3, 4), flow: fc.boolean() }), 3000) as Case[];
    const rows = Prisma.join(
      cases.map((c, i) => Prisma.sql`(${i}::int, ${c.quarter}::int, ${c.flow}::boolean, ${Prisma.join(c.values.map((v) => Prisma.sql`${v}::numeric`))})`),
    );
    const result = await db.$queryRaw<Array<{ i: number; v: number | null; c: boolean }>>`
      SELECT i, ${spanValueSql(Prisma.sql`quarter`, Prisma.sql`flow`)}::float8 AS v, ${spanCompleteSql(Prisma.sql`quarter`, Prisma.sql`flow`)} AS c
        FROM (VALUES ${rows}) AS t(i, quarter, flow, q1, q2, q3, q4, h1, h2, y) ORDER BY i`;
    for (const row of result) {
      const c = cases[row.i];
      const reports = PERIODS.flatMap((p, k) => (c.values[k] === null ? [] : [{ unitId: 1, period: { ...p, year: 2027 }, values: { X: c.values[k]! } }]));
      const ref = unitSpanValue(reports, { code: 'X', overTime: c.flow ? 'FLOW' : 'STOCK' }, { year: 2027, quarter: c.quarter });
      expect({ case: c, value: row.v, complete: row.v === null ? null : row.c }).toEqual({ case: c, value: ref?.value ?? null, complete: ref?.complete ?? null });
    }
    expect(result).toHaveLength(cases.length);
  });
});

describe('the fast path on the demo history', () => {
  it('gives the reference province figure of every indicator over every span', async () => {
    const { differences, compared } = await compareProvince(SPANS, false);
    expect(differences).toEqual([]);
    expect(compared).toBe(indicators.length * SPANS.length);
  });

  it('gives the reference figures when submitted reports are shown too', async () => {
    expect((await db.report.count({ where: { status: 'SUBMITTED' } })) > 0).toBe(true);
    expect((await compareProvince(SPANS, true)).differences).toEqual([]);
  });

  it("gives every unit's reference reading", async () => {
    for (const span of [{ year: 2026 }, { year: 2027, quarter: 2 as const }, { year: 2028 }, { year: 2029, quarter: 1 as const }]) {
      expect(await compareUnits(span, false)).toEqual([]);
    }
    expect(await compareUnits({ year: 2028 }, true)).toEqual([]);
  });
});

describe('the fast path on random data', () => {
  it('gives the reference figures, whatever the periods, statuses and values', async () => {
    const { provinceId, campaign } = await caoBangCampaign();
    const units = await db.unit.findMany({ where: { provinceId, name: { in: ['Xã Cốc Pàng', 'Xã Đức Long', 'Phường Thục Phán', 'Sở Tài chính'] } } });
    expect(units).toHaveLength(4);
    const codes = ['DOSSIERS_ONLINE', 'DOSSIERS_TOTAL', 'POOR_HOUSEHOLDS', 'HOUSEHOLDS', 'BUDGET_REVENUE_BN_VND', 'TRAFFIC_ACCIDENTS', 'NTM_STANDARD_MET', 'DRUG_FREE', 'SECURITY_ASSURED', 'CB_HPI_SCORE'];
    const elementRows = await db.dataElement.findMany({ where: { campaignId: campaign.id, code: { in: codes } } });
    const periodSpecs: Array<[PeriodType, number, number]> = [];
    for (const year of [2025, 2026, 2027]) {
      for (const [type, count] of [['QUARTER', 4], ['HALF_YEAR', 2], ['YEAR', 1]] as const) for (let n = 1; n <= count; n++) periodSpecs.push([type, year, n]);
    }
    const periods: Array<{ id: number }> = [];
    for (const [type, year, n] of periodSpecs) periods.push(await periodOf(campaign.id, type, year, n));
    const report = fc.record({
      unit: fc.integer({ min: 0, max: units.length - 1 }),
      period: fc.integer({ min: 0, max: periods.length - 1 }),
      status: fc.constantFrom<WorkflowStatus>('ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'RETURNED'),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), { minLength: codes.length, maxLength: codes.length }),
    });
    const spans: Span[] = [2026, 2027].flatMap((year) => [{ year, quarter: 1 as const }, { year, quarter: 2 as const }, { year, quarter: 3 as const }, { year }]);
    await fc.assert(
      fc.asyncProperty(fc.array(report, { maxLength: 40 }), async (generated) => {
        await db.report.deleteMany({ where: { provinceId } });
        const seen = new Set<string>();
        for (const r of generated) {
          const key = `${r.unit}:${r.period}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const values = elementRows.map((e) => ({ elementId: e.id, value: r.values[codes.indexOf(e.code)] })).filter((v) => v.value !== null);
          await db.report.create({ data: { provinceId, unitId: units[r.unit].id, periodId: periods[r.period].id, status: r.status, values: { create: values } } });
        }
        // Reopening and re-accepting go through the triggers too.
        await db.report.updateMany({ where: { provinceId, status: 'RETURNED' }, data: { status: 'ACCEPTED' } });
        await db.report.updateMany({ where: { provinceId, status: 'ACCEPTED', id: { in: (await db.report.findMany({ where: { provinceId }, select: { id: true } })).filter((_, i) => i % 3 === 0).map((r) => r.id) } }, data: { status: 'RETURNED' } });
        for (const withSubmitted of [false, true]) {
          expect((await compareProvince(spans, withSubmitted)).differences).toEqual([]);
        }
        expect(await compareUnits({ year: 2027, quarter: 3 }, false)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
