/**
 * The heat map on known figures: each unit's own reading, coloured against the target the unit
 * registered (accepted registrations only), else the province target; filters, order and who may see it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { getHeatmap, type Heatmap } from '@/lib/dashboard/heatmap';
import { parseHeatmapFilters } from '@/lib/dashboard/heatmap-rules';
import { makeActor } from './admin-fixtures';
import { registration } from './appraisal-fixtures';
import { caoBangCampaign, periodOf, unitId, writeReport } from './dashboard-fixtures';

const CLOCK = '2026-11-26T09:00:00+07:00';
const ONLINE = 'DAR-ONLINE-PUBLIC-SERVICE-USAGE';
let onlineId: number;

const cellOf = (heatmap: Heatmap, unitName: string, indicatorId: number) => heatmap.rows.find((r) => r.name === unitName)?.cells.get(indicatorId);
const filters = (params: Record<string, string> = {}) => parseHeatmapFilters({ year: '2026', ...params });

beforeAll(async () => {
  const { campaign } = await caoBangCampaign();
  onlineId = (await db.indicator.findFirstOrThrow({ where: { campaignId: campaign.id, code: ONLINE } })).id;
  const q1 = await periodOf(campaign.id, 'QUARTER', 2026, 1);
  const q2 = await periodOf(campaign.id, 'QUARTER', 2026, 2);
  const dossiers: Array<[string, Array<[number, number]>]> = [
    ['Xã Cốc Pàng', [[90, 100], [95, 100]]], // 92,5 %: over the province's 90 %, under its own 95 %
    ['Xã Đức Long', [[50, 100], [60, 100]]], // 55 %
    ['Xã Bảo Lâm', [[60, 100], [50, 100]]], // 55 %: under the province's, over its own 50 %
    ['Xã Lý Bôn', [[30, 100], [30, 100]]], // 30 %: its registration is only a draft
    ['Sở Tài chính', [[40, 200]]], // 20 %, Q1 only
  ];
  for (const [name, quarters] of dossiers) {
    const id = await unitId(name);
    for (const [i, [online, total]] of quarters.entries()) await writeReport(id, i === 0 ? q1 : q2, { DOSSIERS_ONLINE: online, DOSSIERS_TOTAL: total });
  }
  // Submitted figures never colour the map.
  await writeReport(await unitId('Xã Thông Nông'), q1, { DOSSIERS_ONLINE: 100, DOSSIERS_TOTAL: 100 }, { status: 'SUBMITTED' });
  await registration('Xã Cốc Pàng', 2026, 'ACCEPTED', { [ONLINE]: { value: 95 } });
  await registration('Xã Bảo Lâm', 2026, 'ACCEPTED', { [ONLINE]: { value: 50 } });
  await registration('Xã Lý Bôn', 2026, 'DRAFT', { [ONLINE]: { value: 10 } });
});

describe('the heat map', () => {
  it("colours each unit's own reading against its registered target, else the province target", async () => {
    setClock(CLOCK);
    const heatmap = (await getHeatmap(await makeActor('LEADER', 'Văn phòng UBND tỉnh'), filters()))!;
    expect(heatmap.span).toEqual({ year: 2026, quarter: 2 });
    expect(heatmap.indicators.map((i) => i.code)).toContain(ONLINE);
    expect(heatmap.indicators.every((i) => i.unitReading !== ('NONE' as string))).toBe(true);
    const cocPang = cellOf(heatmap, 'Xã Cốc Pàng', onlineId)!;
    expect(cocPang.value).toBeCloseTo(92.5);
    expect(cocPang).toMatchObject({ against: 'own', colour: 'warn' });
    expect(cellOf(heatmap, 'Xã Bảo Lâm', onlineId)).toMatchObject({ value: 55, against: 'own', colour: 'good' });
    expect(cellOf(heatmap, 'Xã Đức Long', onlineId)).toMatchObject({ value: 55, against: 'province', colour: 'bad' });
    expect(cellOf(heatmap, 'Xã Lý Bôn', onlineId)).toMatchObject({ value: 30, against: 'province', colour: 'bad' });
    expect(cellOf(heatmap, 'Sở Tài chính', onlineId)).toMatchObject({ value: 20, incomplete: true, colour: 'bad' });
    expect(cellOf(heatmap, 'Xã Thông Nông', onlineId)).toMatchObject({ value: null, colour: 'none' });
    // The poverty reading is the communes' own: not applicable to a department.
    const poverty = heatmap.indicators.find((i) => i.code === 'CS-MULTIDIM-POVERTY-REDUCTION')!;
    expect(cellOf(heatmap, 'Sở Tài chính', poverty.id)).toBeNull();
    expect(cellOf(heatmap, 'Xã Cốc Pàng', poverty.id)).toMatchObject({ value: null, colour: 'none' });
  });

  it('filters by cluster, border communes and contest area', async () => {
    setClock(CLOCK);
    const actor = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh');
    const cocPang = await db.unit.findFirstOrThrow({ where: { name: 'Xã Cốc Pàng' } });
    const cluster = (await getHeatmap(actor, filters({ group: String(cocPang.groupId) })))!;
    expect(cluster.rows.map((r) => r.name)).toContain('Xã Cốc Pàng');
    expect(cluster.rows.length).toBe(await db.unit.count({ where: { groupId: cocPang.groupId, active: true } }));
    const border = (await getHeatmap(actor, filters({ border: '1' })))!;
    expect(border.rows.map((r) => r.name).sort()).toEqual((await db.unit.findMany({ where: { border: true, kind: 'COMMUNE' } })).map((u) => u.name).sort());
    const areaId = (await db.indicator.findUniqueOrThrow({ where: { id: onlineId } })).contestAreaId;
    const area = (await getHeatmap(actor, filters({ area: String(areaId) })))!;
    expect(area.indicators.length).toBeGreaterThan(0);
    const shownAreas = await db.indicator.findMany({ where: { id: { in: area.indicators.map((i) => i.id) } }, select: { contestAreaId: true } });
    expect(new Set(shownAreas.map((i) => i.contestAreaId))).toEqual(new Set([areaId]));
    expect(area.indicators.map((i) => i.id)).toContain(onlineId);
    expect(area.indicators.length).toBeLessThan((await getHeatmap(actor, filters()))!.indicators.length);
  });

  it('sorts by unit name in Vietnamese order, or by an indicator with units without a reading last', async () => {
    setClock(CLOCK);
    const actor = await makeActor('REVIEWER', 'Sở Nội vụ');
    const byName = (await getHeatmap(actor, filters()))!.rows.map((r) => r.name);
    expect(byName).toEqual([...byName].sort(new Intl.Collator('vi').compare));
    const desc = (await getHeatmap(actor, filters({ sort: String(onlineId), dir: 'desc' })))!.rows.map((r) => r.name);
    expect(desc.slice(0, 5)).toEqual(['Xã Cốc Pàng', 'Xã Bảo Lâm', 'Xã Đức Long', 'Xã Lý Bôn', 'Sở Tài chính']);
    const asc = (await getHeatmap(actor, filters({ sort: String(onlineId) })))!.rows.map((r) => r.name);
    expect(asc.slice(0, 5)).toEqual(['Sở Tài chính', 'Xã Lý Bôn', 'Xã Bảo Lâm', 'Xã Đức Long', 'Xã Cốc Pàng']);
  });

  it('is refused to unit roles and to the administrator', async () => {
    setClock(CLOCK);
    await expect(getHeatmap(await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng'), filters())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getHeatmap(await makeActor('UNIT_HEAD', 'Sở Tài chính'), filters())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getHeatmap(await makeActor('ADMIN'), filters())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
