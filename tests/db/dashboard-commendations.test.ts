/** Commendation statistics on known proposals and registry lines, and the leaders-versus-staff share. */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCommendationStats, leaderShare } from '@/lib/dashboard/commendation-stats';
import type { RegistryKind, RegistrySource } from '@/lib/generated/prisma/enums';
import { makeActor } from './admin-fixtures';
import { caoBangCampaign, unitId } from './dashboard-fixtures';

let provinceId: number;

beforeAll(async () => {
  ({ provinceId } = await caoBangCampaign());
  const commune = await unitId('Xã Cốc Pàng');
  const department = await unitId('Sở Tài chính');
  const author = await makeActor('REVIEWER', 'Sở Nội vụ');
  // Two leaders among eight active staff: 25 %.
  const person = (unitIdValue: number, fullName: string, isLeader = false) => db.person.create({ data: { unitId: unitIdValue, fullName, isLeader } });
  const chair = await person(commune, 'Nông Văn Chủ tịch', true);
  const director = await person(department, 'Bế Văn Giám đốc', true);
  const staff = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((n) => person(n < 'D' ? commune : department, `Nhân viên ${n}`)));
  const entry = (year: number, kind: RegistryKind, code: string, source: RegistrySource, unit: number, personId: number | null) =>
    db.registryEntry.create({ data: { provinceId, year, kind, code, source, unitId: unit, personId, createdById: author.id } });
  // The province's decisions: 2026 two leaders and one staff member; 2027 one staff member.
  await entry(2026, 'FORM', 'BANG_KHEN_CT_UBND_TINH', 'DECISION', commune, chair.id);
  await entry(2026, 'TITLE', 'CSTD_TINH', 'DECISION', department, director.id);
  await entry(2026, 'FORM', 'BANG_KHEN_CT_UBND_TINH', 'DECISION', commune, staff[0].id);
  await entry(2027, 'FORM', 'BANG_KHEN_CT_UBND_TINH', 'DECISION', department, staff[4].id);
  await entry(2026, 'TITLE', 'TTLDXS', 'DECISION', department, null); // a collective
  // Units' own awards: three staff members.
  for (const p of staff.slice(0, 3)) await entry(2026, 'TITLE', 'LDTT', 'UNIT_REVIEW', commune, p.id);
  // Ratings are not commendations.
  await entry(2026, 'RATING', 'HTXSNV', 'UNIT_REVIEW', commune, chair.id);
  const proposal = (unit: number, year: number, formCode: string, status: 'DRAFT' | 'SUBMITTED' | 'DECIDED', personId: number) =>
    db.proposal.create({ data: { provinceId, unitId: unit, year, formCode, recipient: 'INDIVIDUAL', personId, achievements: 'Thành tích', status, createdById: author.id } });
  await proposal(commune, 2026, 'BANG_KHEN_CT_UBND_TINH', 'SUBMITTED', chair.id);
  await proposal(department, 2026, 'CSTD_TINH', 'DECIDED', director.id);
  await proposal(department, 2027, 'BANG_KHEN_CT_UBND_TINH', 'SUBMITTED', staff[4].id);
  await proposal(commune, 2027, 'BANG_KHEN_CT_UBND_TINH', 'DRAFT', staff[1].id); // not sent: not counted
});

describe('commendation statistics', () => {
  it("gives the leaders' share of individual commendations beside their share of the staff", async () => {
    const stats = await getCommendationStats(await makeActor('LEADER', 'Văn phòng UBND tỉnh'));
    expect(stats.staff).toEqual({ leaders: 2, staff: 6 });
    expect(leaderShare(stats.staff)).toBe(25);
    expect(stats.fairness.decisions).toEqual([
      { year: 2026, leaders: 2, staff: 1 },
      { year: 2027, leaders: 0, staff: 1 },
      { year: null, leaders: 2, staff: 2 },
    ]);
    expect(leaderShare(stats.fairness.decisions[0])).toBeCloseTo(66.667, 2);
    // With the units' own awards: 2 leaders, 5 staff.
    expect(stats.fairness.all.at(-1)).toEqual({ year: null, leaders: 2, staff: 5 });
    expect(leaderShare({ leaders: 0, staff: 0 })).toBeNull();
  });

  it('counts decisions and proposals by form, unit kind, state and year', async () => {
    const stats = await getCommendationStats(await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh'));
    const get = (rows: Array<{ year: number; key: string; count: number }>, year: number, key: string) => rows.find((r) => r.year === year && r.key === key)?.count ?? 0;
    expect(stats.decisions.total).toBe(5);
    expect(get(stats.decisions.byForm, 2026, 'BANG_KHEN_CT_UBND_TINH')).toBe(2);
    expect(get(stats.decisions.byForm, 2026, 'TTLDXS')).toBe(1);
    expect(get(stats.decisions.byUnitKind, 2026, 'DEPARTMENT')).toBe(2);
    expect(get(stats.decisions.byUnitKind, 2026, 'COMMUNE')).toBe(2);
    expect(stats.allAwards.total).toBe(8); // 5 decided + 3 of the units' own, no rating
    expect(stats.proposals.total).toBe(3);
    expect(get(stats.proposals.byStatus, 2026, 'SUBMITTED')).toBe(1);
    expect(get(stats.proposals.byStatus, 2026, 'DECIDED')).toBe(1);
    expect(get(stats.proposals.byForm, 2027, 'BANG_KHEN_CT_UBND_TINH')).toBe(1);
    expect(get(stats.proposals.byUnitKind, 2026, 'COMMUNE')).toBe(1);
    expect(stats.years).toEqual([2026, 2027]);
  });

  it('is refused to unit roles and to the administrator', async () => {
    await expect(getCommendationStats(await makeActor('UNIT_HEAD', 'Xã Cốc Pàng'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCommendationStats(await makeActor('ADMIN'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
