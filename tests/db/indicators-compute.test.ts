import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { computeIndicator, computeUnitReadings, latestSpan, loadReportData } from '@/lib/indicators/compute';
import { makeActor } from './admin-fixtures';

/** Accepted reports written straight to the database (the review flow is tested elsewhere). */
async function acceptedReport(unitName: string, period: { type: 'QUARTER' | 'YEAR'; year: number; number: number; isBaseline?: boolean }, values: Record<string, number>, status: 'ACCEPTED' | 'SUBMITTED' = 'ACCEPTED') {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const p = await db.reportingPeriod.findFirstOrThrow({ where: { type: period.type, year: period.year, number: period.number, isBaseline: period.isBaseline ?? false } });
  const elements = await db.dataElement.findMany({ where: { code: { in: Object.keys(values) } } });
  await db.report.create({
    data: {
      provinceId: unit.provinceId,
      unitId: unit.id,
      periodId: p.id,
      status,
      values: { create: elements.map((e) => ({ elementId: e.id, value: values[e.code], rawValue: String(values[e.code]) })) },
    },
  });
  return unit.id;
}

let provinceId: number;
let campaignId: number;
const indicator = async (code: string) => db.indicator.findFirstOrThrow({ where: { code } });

beforeAll(async () => {
  const actor = await makeActor('REVIEWER', 'Sở Nội vụ');
  provinceId = actor.provinceId;
  campaignId = (await db.campaign.findFirstOrThrow({ where: { provinceId } })).id;
  await acceptedReport('Xã Cốc Pàng', { type: 'YEAR', year: 2025, number: 1, isBaseline: true }, { POOR_HOUSEHOLDS: 400, HOUSEHOLDS: 1000 });
  await acceptedReport('Xã Đức Long', { type: 'YEAR', year: 2025, number: 1, isBaseline: true }, { POOR_HOUSEHOLDS: 100, HOUSEHOLDS: 1000 });
  await acceptedReport('Xã Cốc Pàng', { type: 'YEAR', year: 2026, number: 1 }, { POOR_HOUSEHOLDS: 340, HOUSEHOLDS: 1000 });
  await acceptedReport('Xã Đức Long', { type: 'YEAR', year: 2026, number: 1 }, { POOR_HOUSEHOLDS: 80, HOUSEHOLDS: 1000 });
  await acceptedReport('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 90, DOSSIERS_TOTAL: 100 });
  await acceptedReport('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 2 }, { DOSSIERS_ONLINE: 70, DOSSIERS_TOTAL: 100 });
  await acceptedReport('Sở Tài chính', { type: 'QUARTER', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 40, DOSSIERS_TOTAL: 200 });
  // A submitted report does not count until it is accepted.
  await acceptedReport('Xã Đức Long', { type: 'QUARTER', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 0, DOSSIERS_TOTAL: 1000 }, 'SUBMITTED');
});

describe('indicators computed from accepted figures', () => {
  it('computes the province figure from summed elements, and each unit its own reading with the same formula', async () => {
    const data = await loadReportData(provinceId, campaignId);
    const poverty = await indicator('CS-MULTIDIM-POVERTY-REDUCTION');
    // Province rate: 25% in 2025, 21% in 2026 -> a fall of 4 points in one year (not the mean of 6 and 2).
    const province = computeIndicator(poverty, data, { year: 2026 });
    expect(province.value).toBeCloseTo(4);
    expect(province.level).toBeCloseTo(21);
    const cocPang = await db.unit.findFirstOrThrow({ where: { name: 'Xã Cốc Pàng' } });
    const readings = computeUnitReadings([poverty], data, { year: 2026 }, [cocPang.id]);
    expect(readings.get(cocPang.id)?.get(poverty.id)?.value).toBeCloseTo(6);
  });

  it('sums flows over the quarters of the span across communes and departments, and ignores submitted data', async () => {
    const data = await loadReportData(provinceId, campaignId);
    const online = await indicator('DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    // Q1: (90 + 40) / (100 + 200); the submitted 0/1000 of Đức Long is not in.
    expect(computeIndicator(online, data, { year: 2026, quarter: 1 }).value).toBeCloseTo(43.333, 2);
    // Up to Q2: Cốc Pàng (160/200), Sở Tài chính only Q1 (incomplete): (160 + 40) / (200 + 200)
    const half = computeIndicator(online, data, { year: 2026, quarter: 2 });
    expect(half.value).toBeCloseTo(50);
    expect(half.incomplete).toBe(true);
    const withSubmitted = await loadReportData(provinceId, campaignId, { statuses: ['ACCEPTED', 'SUBMITTED'] });
    expect(computeIndicator(online, withSubmitted, { year: 2026, quarter: 1 }).value).toBeCloseTo(10);
    expect(latestSpan(data)).toEqual({ year: 2026 });
  });
});
