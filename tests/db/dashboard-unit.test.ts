/**
 * The drill-down from the province to a unit and its accepted report: unit roles see only their own
 * unit, council members read the accepted report without the unit's files, the administrator nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { getAcceptedReport, getUnitDashboard } from '@/lib/dashboard/unit-dashboard';
import { makeActor } from './admin-fixtures';
import { registration } from './appraisal-fixtures';
import { caoBangCampaign, periodOf, unitId, writeReport } from './dashboard-fixtures';

const CLOCK = '2026-11-26T09:00:00+07:00';
let cocPang: number;
let q1Id: number;
let q2Id: number;

beforeAll(async () => {
  const { provinceId, campaign } = await caoBangCampaign();
  cocPang = await unitId('Xã Cốc Pàng');
  const q1 = await periodOf(campaign.id, 'QUARTER', 2026, 1);
  const q2 = await periodOf(campaign.id, 'QUARTER', 2026, 2);
  q1Id = q1.id;
  q2Id = q2.id;
  const report = await writeReport(cocPang, q1, { DOSSIERS_ONLINE: 90, DOSSIERS_TOTAL: 100 });
  await writeReport(cocPang, q2, { DOSSIERS_ONLINE: 80, DOSSIERS_TOTAL: 100 }, { status: 'SUBMITTED' });
  const author = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
  const file = await db.storedFile.create({ data: { provinceId, unitId: cocPang, name: 'bien-ban.pdf', mimeType: 'application/pdf', size: 3, sha256: 'x', uploadedById: author.id } });
  await db.reportEvidence.create({ data: { reportId: report.id, fileId: file.id } });
  await registration('Xã Cốc Pàng', 2026, 'ACCEPTED', { 'DAR-ONLINE-PUBLIC-SERVICE-USAGE': { value: 95 } });
});

describe('the unit page', () => {
  it("shows a unit officer their own unit's progress against its registered targets and its reports", async () => {
    setClock(CLOCK);
    const view = (await getUnitDashboard(await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng'), cocPang, 2026))!;
    expect(view.unit.name).toBe('Xã Cốc Pàng');
    const online = view.attainment!.rows.find((r) => r.code === 'DAR-ONLINE-PUBLIC-SERVICE-USAGE')!;
    expect(online.value).toBeCloseTo(90); // the accepted Q1 only; the submitted Q2 does not count
    expect(online.ownTarget).toMatchObject({ value: 95 });
    expect(online.own!.status).toBe('NOT_ATTAINED');
    expect(online.province.status).toBe('NOT_ATTAINED'); // "trên 90 %"
    const byPeriod = new Map(view.periods.map((p) => [p.period.id, p.report?.status ?? null]));
    expect(byPeriod.get(q1Id)).toBe('ACCEPTED');
    expect(byPeriod.get(q2Id)).toBe('SUBMITTED');
    expect(view.canReadReports).toBe(true);
  });

  it("refuses a unit officer another unit's page, and the administrator every unit", async () => {
    setClock(CLOCK);
    const other = await unitId('Xã Đức Long');
    await expect(getUnitDashboard(await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng'), other, 2026)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getAcceptedReport(await makeActor('UNIT_HEAD', 'Sở Tài chính'), cocPang, q1Id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getUnitDashboard(await makeActor('ADMIN'), cocPang, 2026)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets council members drill down to the accepted report, listing its evidence without download', async () => {
    setClock(CLOCK);
    const council = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh');
    expect((await getUnitDashboard(council, cocPang, 2026))!.canReadReports).toBe(false);
    const view = await getAcceptedReport(council, cocPang, q1Id);
    expect(view.report.values.map((v) => [v.element.code, Number(v.value)])).toEqual([
      ['DOSSIERS_ONLINE', 90],
      ['DOSSIERS_TOTAL', 100],
    ]);
    expect(view.report.evidence.map((e) => e.file.name)).toEqual(['bien-ban.pdf']);
    expect(view.canReadFiles).toBe(false);
    expect((await getAcceptedReport(await makeActor('LEADER', 'Văn phòng UBND tỉnh'), cocPang, q1Id)).canReadFiles).toBe(true);
    // Only accepted data: the submitted Q2 report is not shown.
    await expect(getAcceptedReport(council, cocPang, q2Id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
