import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { buildSummaryData } from '@/lib/exports/summary-data';
import type { ExportParams } from '@/lib/exports/schema';
import type { IndicatorLine, SummaryData } from '@/lib/exports/summary-types';
import { domainError, makeActor } from './admin-fixtures';
import { clusterSheet, decision, periodId, report, unitReviewTitle } from './exports-fixtures';

let leader: Actor;
let q3: number;

const ONLINE = 'DAR-ONLINE-PUBLIC-SERVICE-USAGE';
const params = (p: Partial<ExportParams>): ExportParams => ({ kind: 'PERIOD', periodId: q3, format: 'docx', signer: 'Lê Hải Hòa', signerTitle: 'PHÓ CHỦ TỊCH', date: '2026-11-26', ...p });
const line = (data: SummaryData, code: string): IndicatorLine => data.areas.flatMap((a) => a.indicators).find((l) => l.code === code)!;

beforeAll(async () => {
  setClock('2026-11-26T09:00:00+07:00');
  leader = await makeActor('LEADER', 'Văn phòng UBND tỉnh', 'Lãnh đạo thử');
  q3 = await periodId('QUARTER', 2026, 3);
  // Online dossiers (flows): Cốc Pàng every quarter, Sở Tài chính only Q3 (late), Đức Long Q3 submitted, not yet accepted.
  await report('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 95, DOSSIERS_TOTAL: 100 });
  await report('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 2 }, { DOSSIERS_ONLINE: 95, DOSSIERS_TOTAL: 100 });
  await report('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 3 }, { DOSSIERS_ONLINE: 92, DOSSIERS_TOTAL: 100 });
  await report('Sở Tài chính', { type: 'QUARTER', year: 2026, number: 3 }, { DOSSIERS_ONLINE: 40, DOSSIERS_TOTAL: 200 }, { late: true });
  await report('Xã Đức Long', { type: 'QUARTER', year: 2026, number: 3 }, { DOSSIERS_ONLINE: 0, DOSSIERS_TOTAL: 1000 }, { status: 'SUBMITTED' });
  await clusterSheet('Xã Cốc Pàng', 2026, { 'Xã Cốc Pàng': 8 }, leader.id);
  await decision('45/QĐ-UBND', '2026-08-15', [
    { unit: 'Xã Cốc Pàng', code: 'BANG_KHEN_CT_UBND_TINH' },
    { unit: 'Sở Y tế', code: 'BANG_KHEN_CT_UBND_TINH', person: { name: 'Nông Văn Lãnh', leader: true } },
    { unit: 'Sở Y tế', code: 'BANG_KHEN_CT_UBND_TINH', person: { name: 'Hoàng Thị Nhân', leader: false } },
  ], leader.id);
  await decision('12/QĐ-UBND', '2026-05-10', [{ unit: 'Sở Y tế', code: 'CO_THI_DUA_UBND_TINH' }], leader.id);
  await unitReviewTitle('Sở Y tế', 2026, 'CSTD_CO_SO', 'Lục Thị Cơ', leader.id);
});

describe('the data of a period summary', () => {
  it('computes the province figures from accepted reports only, with target and attainment, by contest area', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const data = await buildSummaryData(leader, params({}));
    expect(data.title).toMatch(/^Kết quả thực hiện phong trào thi đua “.+” quý III năm 2026$/u);
    expect(data).toMatchObject({ scopeLabel: 'Quý III năm 2026', from: '2026-07-01', to: '2026-09-30', span: { year: 2026, quarter: 3 }, year: 2026, rankingYear: 2026, years: [] });
    expect(data.issuer).toEqual({ name: ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG'], place: 'Cao Bằng' });
    const all = data.areas.flatMap((a) => a.indicators);
    expect(all).toHaveLength(await db.indicator.count({ where: { active: true } }));
    expect(data.areas.length).toBeGreaterThan(1);
    // Year to date, summed before dividing: (95 + 95 + 92 + 40) / (300 + 200); the submitted 0/1000 is not in.
    const online = line(data, ONLINE);
    expect(online.value).toBeCloseTo(64.4, 6);
    expect(online).toMatchObject({ incomplete: true, attainment: 'NOT_ATTAINED', target: '> 90 %', projection: null, yearly: [] });
    const noData = line(data, 'ECO-GRDP-GROWTH');
    expect(noData).toMatchObject({ value: null, attainment: 'NO_DATA' });
  });

  it('ranks each block and cluster from its sheet (attainment computed, scores given) and says which have no sheet', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const data = await buildSummaryData(leader, params({}));
    const groups = await db.emulationGroup.count();
    expect(data.rankings).toHaveLength(groups);
    const cluster = data.rankings.find((b) => b.rows.some((r) => r.unit === 'Xã Cốc Pàng'))!;
    expect(cluster.missing).toBeNull();
    expect(cluster.kind).toBe('CLUSTER');
    // Cốc Pàng attains the online rate (282/300 = 94 % > 90 %): 10 + 8 of 20; the others 0 + 5.
    expect(cluster.rows[0]).toEqual({ rank: 1, unit: 'Xã Cốc Pàng', total: 18, maxTotal: 20, sharePct: 90, leader: true, complete: true });
    expect(cluster.rows.slice(1).every((r) => r.total === 5 && !r.leader && r.rank === 2)).toBe(true);
    expect(data.rankings.filter((b) => b !== cluster).every((b) => b.missing === 'NO_SHEET' && b.rows.length === 0)).toBe(true);
  });

  it('counts the reporting of the period: filed, accepted, late and who is missing', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const data = await buildSummaryData(leader, params({}));
    expect(data.completeness).toHaveLength(1);
    const [c] = data.completeness;
    expect(c).toMatchObject({ periodId: q3, label: 'Quý III/2026', filed: 3, accepted: 2, late: 1, onTime: 2 });
    expect(c.expected).toBe(c.filed + c.missing.length);
    expect(c.expected).toBeGreaterThan(50);
    expect(c.missing).not.toContain('Xã Cốc Pàng');
    expect(c.missing).toContain('Xã Trùng Khánh');
  });

  it('counts the commendations of the span by form, leaders apart from staff; a quarter leaves out undated lines', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const quarter = await buildSummaryData(leader, params({}));
    expect(quarter.commendations.decisions).toEqual([{ number: '45/QĐ-UBND', date: '2026-08-15', title: 'Về việc khen thưởng (45/QĐ-UBND)', lines: 3 }]);
    expect(quarter.commendations.byForm).toEqual([
      { code: 'BANG_KHEN_CT_UBND_TINH', form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'FORM', collectives: 1, individuals: 2, leaders: 1, staff: 1 },
    ]);

    const year = await buildSummaryData(leader, params({ periodId: await periodId('YEAR', 2026, 1) }));
    expect(year).toMatchObject({ scopeLabel: 'Năm 2026', from: '2026-01-01', to: '2026-12-31', wholeYears: true, span: { year: 2026 } });
    expect(year.commendations.decisions.map((d) => d.number)).toEqual(['12/QĐ-UBND', '45/QĐ-UBND']);
    // Titles first (Cờ thi đua, Chiến sĩ thi đua cơ sở of the unit's own review), then forms.
    expect(year.commendations.byForm.map((l) => [l.code, l.collectives, l.individuals])).toEqual([
      ['CSTD_CO_SO', 0, 1],
      ['CO_THI_DUA_UBND_TINH', 1, 0],
      ['BANG_KHEN_CT_UBND_TINH', 1, 2],
    ]);
    // The year is not over on 26/11/2026: only its ended periods are counted (the campaign reports by quarter and year).
    expect(year.completeness.map((c) => c.label)).toEqual(['Quý I/2026', 'Quý II/2026', 'Quý III/2026']);
  });

  it('a review report asked for before its year shows the latest accepted figures so far, with nothing to project yet', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const early = await buildSummaryData(leader, params({ kind: 'FINAL', periodId: null }));
    // Ranked on the latest year with scoring sheets (2026), not on an unscored 2030.
    expect(early).toMatchObject({ title: expect.stringMatching(/^Tổng kết phong trào thi đua “/u), year: 2030, rankingYear: 2026, years: [2026, 2027, 2028, 2029, 2030], span: { year: 2026, quarter: 3 } });
    expect(early.rankings.find((b) => b.rows.some((r) => r.unit === 'Xã Cốc Pàng'))?.rows[0]).toMatchObject({ rank: 1, unit: 'Xã Cốc Pàng' });
    const online = line(early, ONLINE);
    expect(online.value).toBeCloseTo(64.4, 6);
    expect(online.yearly.map((y) => [y.year, y.value === null ? null : Math.round(y.value * 10) / 10, y.partial])).toEqual([
      [2026, 64.4, true],
      [2027, null, false],
      [2028, null, false],
      [2029, null, false],
      [2030, null, false],
    ]);
    expect(online.projection).toEqual({ status: 'INSUFFICIENT_HISTORY', targetYear: 2030, projected: null });
  });

  it('refuses an unknown or baseline period, and a caller without the review-year reports', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    expect((await domainError(buildSummaryData(leader, params({ periodId: 999_999 })))).messageKey).toBe('exports.errors.periodNotFound');
    const baseline = await db.reportingPeriod.findFirstOrThrow({ where: { isBaseline: true } });
    expect((await domainError(buildSummaryData(leader, params({ periodId: baseline.id })))).messageKey).toBe('exports.errors.periodNotFound');
    const officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
    expect((await domainError(buildSummaryData(officer, params({})))).code).toBe('FORBIDDEN');
  });
});

describe('the data of a review year', () => {
  it('sơ kết 2028: the milestone year, every campaign year one by one and the projection to the target year', async () => {
    setClock('2028-12-20T09:00:00+07:00');
    await report('Xã Cốc Pàng', { type: 'YEAR', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 70, DOSSIERS_TOTAL: 100 });
    await report('Sở Tài chính', { type: 'YEAR', year: 2026, number: 1 }, { DOSSIERS_ONLINE: 70, DOSSIERS_TOTAL: 100 });
    await report('Xã Cốc Pàng', { type: 'YEAR', year: 2027, number: 1 }, { DOSSIERS_ONLINE: 80, DOSSIERS_TOTAL: 100 });
    await report('Sở Tài chính', { type: 'YEAR', year: 2027, number: 1 }, { DOSSIERS_ONLINE: 80, DOSSIERS_TOTAL: 100 });
    await report('Xã Cốc Pàng', { type: 'QUARTER', year: 2028, number: 1 }, { DOSSIERS_ONLINE: 88, DOSSIERS_TOTAL: 100 });

    const data = await buildSummaryData(leader, params({ kind: 'MIDTERM', periodId: null, date: '2028-12-20' }));
    expect(data.title).toMatch(/^Sơ kết giữa kỳ \(năm 2028\) phong trào thi đua “/u);
    expect(data).toMatchObject({ scopeLabel: 'Giai đoạn 2026 - 2028', from: '2026-01-01', to: '2028-12-31', year: 2028, years: [2026, 2027, 2028], span: { year: 2028, quarter: 1 } });
    const online = line(data, ONLINE);
    expect(online.value).toBeCloseTo(88, 6);
    expect(online.yearly).toEqual([
      { year: 2026, value: 70, partial: false },
      { year: 2027, value: 80, partial: false },
      { year: 2028, value: 88, partial: true },
    ]);
    // 70 -> 80 over the complete years: 100 by 2030 (held within 0–100), above the "> 90 %" target.
    expect(online.projection).toEqual({ status: 'ON_TRACK', targetYear: 2030, projected: 100 });
    expect(line(data, 'ECO-GRDP-GROWTH').projection?.status).toBe('INSUFFICIENT_HISTORY');
    // Every ended period of 2026–2028 is counted: four quarters and the year of 2026 and 2027, three quarters of 2028.
    expect(data.completeness.map((c) => c.label)).toEqual([
      ...[2026, 2027].flatMap((y) => [`Quý I/${y}`, `Quý II/${y}`, `Quý III/${y}`, `Quý IV/${y}`, `Năm ${y}`]),
      'Quý I/2028',
      'Quý II/2028',
      'Quý III/2028',
    ]);
    // 2026–2028 commendations: both decisions of 2026 and the unit's own title.
    expect(data.commendations.decisions).toHaveLength(2);
  });
});
