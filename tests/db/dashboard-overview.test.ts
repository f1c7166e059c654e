/**
 * The province overview on known figures: the province value from summed elements, each year's
 * history, the projection's call, the border communes whose flag is unknown, submitted figures kept
 * apart, no stale figures after an acceptance or a reopening, and who may see it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { getOverview, type Overview } from '@/lib/dashboard/overview';
import { acceptReport, reopenReport } from '@/lib/review/report-review';
import { makeActor } from './admin-fixtures';
import { caoBangCampaign, periodOf, unitId, writeReport } from './dashboard-fixtures';

const CLOCK = '2029-06-15T09:00:00+07:00';
const COMMUNES = ['Xã Cốc Pàng', 'Xã Đức Long', 'Xã Bảo Lâm', 'Xã Lý Bôn'];
let campaignId: number;

const indicatorOf = (overview: Overview, code: string) => overview.areas.flatMap((a) => a.indicators).find((i) => i.code === code)!;

beforeAll(async () => {
  ({ campaign: { id: campaignId } } = await caoBangCampaign());
  const units = await Promise.all(COMMUNES.map(unitId));
  const department = await unitId('Sở Tài chính');
  // New rural standard met (yes/no per commune, yearly): 1, 2, 2, 3 communes of 4 -> 25, 50, 50, 75 %.
  // Poor households: 25 % in 2025, then 21, 18, 17 % of the province's households (summed, never averaged).
  const ntm = [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0]];
  const poor = [[400, 100, 0, 0], [340, 80, 0, 0], [300, 60, 0, 0], [280, 60, 0, 0]];
  for (const [i, year] of [2025, 2026, 2027, 2028].entries()) {
    const period = await periodOf(campaignId, 'YEAR', year);
    for (const [u, unit] of units.entries()) {
      await writeReport(unit, period, { NTM_STANDARD_MET: ntm[i][u], POOR_HOUSEHOLDS: poor[i][u], HOUSEHOLDS: u < 2 ? 1000 : 0 });
    }
  }
  // Online dossiers, 2029 Q1: the commune 90 of 100, the department 40 of 200 -> 130 / 300, not the mean of 90 % and 20 %.
  const q1 = await periodOf(campaignId, 'QUARTER', 2029, 1);
  await writeReport(units[0], q1, { DOSSIERS_ONLINE: 90, DOSSIERS_TOTAL: 100 });
  await writeReport(department, q1, { DOSSIERS_ONLINE: 40, DOSSIERS_TOTAL: 200 });
  // Submitted, not accepted: kept out of the figures.
  await writeReport(units[1], q1, { DOSSIERS_ONLINE: 0, DOSSIERS_TOTAL: 700 }, { status: 'SUBMITTED' });
});

describe('the province overview', () => {
  it('computes the province figure from the summed elements of every unit', async () => {
    setClock(CLOCK);
    const overview = (await getOverview(await makeActor('LEADER', 'Văn phòng UBND tỉnh')))!;
    expect(overview.latest).toEqual({ year: 2029, quarter: 1 });
    const online = indicatorOf(overview, 'DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    expect(online.latest).toMatchObject({ year: 2029, quarter: 1, partial: true });
    expect(online.latest!.value).toBeCloseTo(43.333, 3);
    // One open year and no whole one: the projection says so instead of guessing.
    expect(online.projection!.status).toBe('INSUFFICIENT_HISTORY');
    expect(online.projection!.reason.key).toBe('dashboard.projection.reason.insufficientHistory');
  });

  it("gives each year's value and projects the trend to the target year with a call", async () => {
    setClock(CLOCK);
    const overview = (await getOverview(await makeActor('REVIEWER', 'Sở Nội vụ')))!;
    const ntm = indicatorOf(overview, 'CS-NTM-COMMUNES');
    expect(ntm.history.map((p) => [p.year, p.value])).toEqual([[2025, 25], [2026, 50], [2027, 50], [2028, 75]]);
    expect(ntm.targetYear).toBe(2030);
    expect(ntm.projection!.status).toBe('ON_TRACK');
    expect(ntm.projection!.projected).toBeGreaterThan(75);
    expect(ntm.projection!.method.key).toBe('dashboard.projection.method.linear');
    // Average yearly fall in points since 2025: 4, 3.5, 2.67 -> below "more than 3" and falling.
    const poverty = indicatorOf(overview, 'CS-MULTIDIM-POVERTY-REDUCTION');
    expect(poverty.history.map((p) => Number(p.value.toFixed(3)))).toEqual([4, 3.5, 2.667]);
    expect(poverty.projection!.status).toBe('OFF_TRACK');
    expect(poverty.projection!.method.key).toBe('dashboard.projection.method.annual');
    // Areas in the plan's order, every active indicator in one of them.
    expect(overview.areas.flatMap((a) => a.indicators)).toHaveLength(await db.indicator.count({ where: { campaignId, active: true } }));
  });

  it('says how many communes have no border flag on the border-commune indicators', async () => {
    setClock(CLOCK);
    const overview = (await getOverview(await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh')))!;
    expect(overview.borderUnknown).toBe(await db.unit.count({ where: { kind: 'COMMUNE', border: null, active: true } }));
    expect(overview.borderUnknown).toBeGreaterThan(0);
    expect(indicatorOf(overview, 'CS-BORDER-COMMUNES-INTERLEVEL-BOARDING-SCHOOL').borderCommunes).toBe(true);
    expect(indicatorOf(overview, 'CS-NTM-COMMUNES').borderCommunes).toBe(false);
  });

  it('shows submitted figures only when asked, and apart from the accepted ones', async () => {
    setClock(CLOCK);
    const actor = await makeActor('LEADER', 'Văn phòng UBND tỉnh');
    const plain = (await getOverview(actor))!;
    expect(plain.pending).toBeNull();
    expect(indicatorOf(plain, 'DAR-ONLINE-PUBLIC-SERVICE-USAGE').pending).toBeUndefined();
    const both = (await getOverview(actor, { withSubmitted: true }))!;
    expect(both.pending).toMatchObject({ reports: 1 });
    const online = indicatorOf(both, 'DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    expect(online.latest!.value).toBeCloseTo(43.333, 3);
    expect(online.pending!.value).toBeCloseTo(13, 6); // 130 / 1000
  });
});

describe('no stale figures', () => {
  it('shows an accepted report on the next request, and drops it when it is reopened', async () => {
    setClock(CLOCK);
    const leader = await makeActor('LEADER', 'Văn phòng UBND tỉnh');
    const reviewer = await makeActor('REVIEWER', 'Sở Nội vụ');
    const q1 = await periodOf(campaignId, 'QUARTER', 2029, 1);
    const report = await writeReport(await unitId('Xã Lý Bôn'), q1, { DOSSIERS_ONLINE: 170, DOSSIERS_TOTAL: 200 }, { status: 'SUBMITTED' });
    const value = async () => indicatorOf((await getOverview(leader))!, 'DAR-ONLINE-PUBLIC-SERVICE-USAGE').latest!.value;
    expect(await value()).toBeCloseTo(43.333, 3);

    await acceptReport(reviewer, report.id, report.version);
    expect(await value()).toBeCloseTo(60, 6); // (130 + 170) / (300 + 200)

    const accepted = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    await reopenReport(reviewer, report.id, accepted.version, 'Số liệu cần kiểm tra lại');
    expect(await value()).toBeCloseTo(43.333, 3);
  });
});

describe('derived figures under concurrent acceptances', () => {
  it('keeps both of two reports of the same unit accepted at the same moment', async () => {
    setClock(CLOCK);
    const unit = await unitId('Xã Bảo Lâm');
    const reports = [];
    for (const number of [2, 3]) {
      reports.push(await writeReport(unit, await periodOf(campaignId, 'QUARTER', 2028, number), { DOSSIERS_ONLINE: number, DOSSIERS_TOTAL: 10 }, { status: 'SUBMITTED' }));
    }
    const [a, b] = [await makeActor('REVIEWER', 'Sở Nội vụ'), await makeActor('REVIEWER', 'Sở Nội vụ')];
    await Promise.all([acceptReport(a, reports[0].id, reports[0].version), acceptReport(b, reports[1].id, reports[1].version)]);
    const online = await db.dataElement.findFirstOrThrow({ where: { campaignId, code: 'DOSSIERS_ONLINE' } });
    const row = await db.dashboardValue.findUniqueOrThrow({ where: { campaignId_unitId_elementId_year: { campaignId, unitId: unit, elementId: online.id, year: 2028 } } });
    expect([Number(row.q2), Number(row.q3), row.q1, row.q4, row.y]).toEqual([2, 3, null, null, null]);
  });
});

describe('who may see the overview', () => {
  it('refuses the administrator and lets every other role in', async () => {
    setClock(CLOCK);
    await expect(getOverview(await makeActor('ADMIN'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const [role, unit] of [['UNIT_OFFICER', 'Xã Cốc Pàng'], ['UNIT_HEAD', 'Sở Tài chính']] as const) {
      expect((await getOverview(await makeActor(role, unit)))?.areas.length).toBeGreaterThan(0);
    }
  });
});
