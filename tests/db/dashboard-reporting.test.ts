/** Reporting health on known reports: completeness and timeliness per period and unit, and who is late now. */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { getReportingHealth } from '@/lib/dashboard/reporting-health';
import { makeActor } from './admin-fixtures';
import { caoBangCampaign, periodOf, unitId, writeReport } from './dashboard-fixtures';

const CLOCK = '2026-11-26T09:00:00+07:00';
let q2Id: number;
let q3Id: number;

beforeAll(async () => {
  const { campaign } = await caoBangCampaign();
  const q2 = await periodOf(campaign.id, 'QUARTER', 2026, 2);
  const q3 = await periodOf(campaign.id, 'QUARTER', 2026, 3);
  q2Id = q2.id;
  q3Id = q3.id;
  await writeReport(await unitId('Xã Cốc Pàng'), q3, { DOSSIERS_ONLINE: 1, DOSSIERS_TOTAL: 2 }, { status: 'SUBMITTED' });
  await writeReport(await unitId('Xã Đức Long'), q3, { DOSSIERS_ONLINE: 1, DOSSIERS_TOTAL: 2 }, { status: 'ACCEPTED', late: true });
  await writeReport(await unitId('Xã Bảo Lâm'), q3, { DOSSIERS_ONLINE: 1, DOSSIERS_TOTAL: 2 }, { status: 'DRAFT' });
  await writeReport(await unitId('Xã Bảo Lâm'), q2, { DOSSIERS_ONLINE: 1, DOSSIERS_TOTAL: 2 }, { status: 'RETURNED' });
  // Q2 closed on 08/09/2026; Home Affairs reopened it for Xã Lý Bôn until 01/12/2026.
  const reviewer = await makeActor('REVIEWER', 'Sở Nội vụ');
  await db.periodReopening.create({ data: { periodId: q2.id, unitId: await unitId('Xã Lý Bôn'), untilDate: new Date('2026-12-01T00:00:00Z'), reason: 'Mất điện', byId: reviewer.id } });
});

describe('reporting health', () => {
  it('counts expected, filed, on time, late, accepted and missing reports for each opened period', async () => {
    setClock(CLOCK);
    const health = (await getReportingHealth(await makeActor('LEADER', 'Văn phòng UBND tỉnh')))!;
    const quarterUnits = await db.unit.count({ where: { active: true, kind: { in: ['COMMUNE', 'WARD', 'DEPARTMENT', 'MANAGEMENT_BOARD', 'PROVINCIAL_AGENCY'] } } });
    const q3 = health.byPeriod.find((p) => p.period.id === q3Id)!;
    // Communes, wards and departments report quarters (plus the owners of quarterly provincial figures).
    expect(q3.expected).toBeGreaterThanOrEqual(quarterUnits);
    expect(q3).toMatchObject({ filed: 2, onTime: 1, late: 1, accepted: 1, missing: q3.expected - 2 });
    expect(health.byPeriod.find((p) => p.period.id === q2Id)).toMatchObject({ filed: 1, accepted: 0 });
    // Periods not yet ended (Q4) are not listed.
    expect(health.byPeriod.map((p) => `${p.period.type} ${p.period.year} ${p.period.number}`)).toEqual(['YEAR 2025 1', 'QUARTER 2026 1', 'QUARTER 2026 2', 'QUARTER 2026 3']);
  });

  it('lists units late now: past due, still open to them, nothing submitted', async () => {
    setClock(CLOCK);
    const health = (await getReportingHealth(await makeActor('REVIEWER', 'Sở Nội vụ')))!;
    const late = (name: string) => health.lateNow.filter((r) => r.unit.name === name).map((r) => r.period.id);
    expect(late('Xã Bảo Lâm')).toEqual([q3Id]); // a draft is not a submission
    expect(late('Xã Lý Bôn').sort()).toEqual([q2Id, q3Id].sort()); // Q2 reopened for it
    expect(late('Xã Cốc Pàng')).toEqual([]);
    expect(late('Xã Đức Long')).toEqual([]);
    expect(health.lateNow.find((r) => r.unit.name === 'Xã Bảo Lâm')!.daysLate).toBe(47); // due 10/10/2026
    // Q1 is closed for everyone else: missing, not late now.
    expect(health.lateNow.some((r) => r.period.type === 'QUARTER' && r.period.number === 1)).toBe(false);
  });

  it('gives each unit its record over the periods already due', async () => {
    setClock(CLOCK);
    const health = (await getReportingHealth(await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh')))!;
    const row = (name: string) => health.byUnit.find((r) => r.unit.name === name)!;
    // A commune reports the baseline year and the quarters: four periods due by 26/11/2026.
    expect(row('Xã Cốc Pàng')).toMatchObject({ expected: 4, filed: 1, onTime: 1, late: 0, missing: 3 });
    expect(row('Xã Đức Long')).toMatchObject({ expected: 4, filed: 1, late: 1, accepted: 1, missing: 3 });
    expect(row('Xã Bảo Lâm')).toMatchObject({ filed: 1, missing: 3 });
    // Most missing first.
    expect(health.byUnit[0].missing).toBeGreaterThanOrEqual(health.byUnit.at(-1)!.missing);
  });

  it('is refused to unit roles and to the administrator', async () => {
    setClock(CLOCK);
    await expect(getReportingHealth(await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getReportingHealth(await makeActor('ADMIN'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
