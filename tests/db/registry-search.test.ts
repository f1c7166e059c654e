import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { getPersonHistory, registryUnitOptions, searchRegistry } from '@/lib/registry/queries';
import { domainError, makeActor, unitNamed } from './admin-fixtures';

const COMMUNE = 'Xã Cốc Pàng';
const OTHER = 'Xã Đức Long';
let officer: Actor;
let head: Actor;
let reviewer: Actor;
let council: Actor;
let admin: Actor;
let commune: number;
let other: number;
let hanh: { id: number };
let hai: { id: number };
let dao: { id: number };

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', OTHER, 'Chủ tịch xã khác');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên Nội vụ');
  council = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh', 'Ủy viên');
  admin = await makeActor('ADMIN', null, 'Quản trị');
  commune = (await unitNamed(COMMUNE)).id;
  other = (await unitNamed(OTHER)).id;
  hanh = await db.person.create({ data: { unitId: commune, fullName: 'Nông Thị Hạnh' } });
  dao = await db.person.create({ data: { unitId: commune, fullName: 'Đặng Thị Đào' } });
  hai = await db.person.create({ data: { unitId: other, fullName: 'Nông Văn Hải' } });
  const line = (personId: number | null, unitId: number, year: number, kind: 'TITLE' | 'FORM' | 'RATING', code: string, source: 'UNIT_REVIEW' | 'IMPORT' | 'DECISION' = 'UNIT_REVIEW') => ({
    provinceId: officer.provinceId,
    personId,
    unitId,
    year,
    kind,
    code,
    source,
    createdById: officer.id,
  });
  await db.registryEntry.createMany({
    data: [
      line(hanh.id, commune, 2024, 'TITLE', 'CSTD_CO_SO', 'IMPORT'),
      line(hanh.id, commune, 2025, 'TITLE', 'CSTD_CO_SO'),
      line(hanh.id, commune, 2025, 'TITLE', 'LDTT'),
      line(dao.id, commune, 2025, 'RATING', 'HTTNV'),
      line(null, commune, 2025, 'TITLE', 'TTLDTT'),
      line(hai.id, other, 2025, 'TITLE', 'LDTT'),
      { ...line(hanh.id, commune, 2026, 'FORM', 'BANG_KHEN_CT_UBND_TINH', 'DECISION'), decisionNumber: '2150/QĐ-UBND', decisionDate: new Date('2026-12-15'), issuer: 'Chủ tịch UBND tỉnh' },
    ],
  });
  // Enough collective lines of the other commune for a second page.
  await db.registryEntry.createMany({ data: Array.from({ length: 55 }, (_, i) => line(null, other, 1970 + i, 'RATING', 'HTNV')) });
});

describe('the commendation registry search', () => {
  it('finds a person by name without diacritics (đ as d), and shows a decision’s number and date', async () => {
    const found = await searchRegistry(officer, { q: 'nong thi hanh' });
    expect(found.rows.map((r) => [r.year, r.code, r.source, r.personName])).toEqual([
      [2026, 'BANG_KHEN_CT_UBND_TINH', 'DECISION', 'Nông Thị Hạnh'],
      [2025, 'CSTD_CO_SO', 'UNIT_REVIEW', 'Nông Thị Hạnh'],
      [2025, 'LDTT', 'UNIT_REVIEW', 'Nông Thị Hạnh'],
      [2024, 'CSTD_CO_SO', 'IMPORT', 'Nông Thị Hạnh'],
    ]);
    expect(found.rows[0]).toMatchObject({ decisionNumber: '2150/QĐ-UBND', issuer: 'Chủ tịch UBND tỉnh', formName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', unitName: COMMUNE });
    expect(found.rows[0].decisionDate?.toISOString().slice(0, 10)).toBe('2026-12-15');
    expect((await searchRegistry(officer, { q: 'DANG THI DAO' })).rows.map((r) => r.personName)).toEqual(['Đặng Thị Đào']);
    // a collective line is found by its unit's name
    expect((await searchRegistry(officer, { q: 'coc pang', code: 'TTLDTT' })).rows.map((r) => [r.personName, r.unitName])).toEqual([[null, COMMUNE]]);
  });

  it('filters by unit, year, code and source, in Vietnamese order within a year', async () => {
    const year = await searchRegistry(reviewer, { year: 2025 });
    // Cốc Pàng before Đức Long; the collective line first, then persons in Vietnamese order (Đặng before Nông).
    expect(year.rows.map((r) => `${r.unitName}|${r.personName ?? '-'}|${r.code}`)).toEqual([
      `${COMMUNE}|-|TTLDTT`,
      `${COMMUNE}|Đặng Thị Đào|HTTNV`,
      `${COMMUNE}|Nông Thị Hạnh|CSTD_CO_SO`,
      `${COMMUNE}|Nông Thị Hạnh|LDTT`,
      `${OTHER}|Nông Văn Hải|LDTT`,
    ]);
    expect((await searchRegistry(reviewer, { q: 'nong', code: 'LDTT' })).rows.map((r) => r.personName)).toEqual(['Nông Thị Hạnh', 'Nông Văn Hải']);
    expect((await searchRegistry(reviewer, { unitId: commune, source: 'IMPORT' })).rows.map((r) => [r.year, r.code])).toEqual([[2024, 'CSTD_CO_SO']]);
    expect((await searchRegistry(reviewer, { source: 'DECISION' })).total).toBe(1);
  });

  it('is paginated', async () => {
    const first = await searchRegistry(council, { unitId: other });
    expect(first).toMatchObject({ total: 56, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(50);
    const second = await searchRegistry(council, { unitId: other, page: 2 });
    expect(second.rows).toHaveLength(6);
    expect(second.rows.at(-1)!.year).toBe(1970);
  });

  it('shows unit roles their own unit only; Home Affairs and the council the province; not the administrator', async () => {
    expect((await searchRegistry(officer, { q: 'nong' })).rows.every((r) => r.unitId === commune)).toBe(true);
    expect((await searchRegistry(officer, { unitId: other })).total).toBe(0);
    expect((await searchRegistry(head, {})).rows.every((r) => r.unitId === other)).toBe(true);
    expect((await registryUnitOptions(officer)).map((u) => u.name)).toEqual([COMMUNE]);
    expect((await registryUnitOptions(reviewer)).length).toBeGreaterThan(50);
    expect((await domainError(searchRegistry(admin, {}))).code).toBe('FORBIDDEN');
  });

  it('gives a person’s history, newest year first, to whoever may read the person’s unit', async () => {
    const history = await getPersonHistory(officer, hanh.id);
    expect(history.person.fullName).toBe('Nông Thị Hạnh');
    expect(history.entries.map((e) => [e.year, e.code])).toEqual([
      [2026, 'BANG_KHEN_CT_UBND_TINH'],
      [2025, 'CSTD_CO_SO'],
      [2025, 'LDTT'],
      [2024, 'CSTD_CO_SO'],
    ]);
    expect((await getPersonHistory(reviewer, hai.id)).entries).toHaveLength(1);
    expect((await domainError(getPersonHistory(officer, hai.id))).code).toBe('NOT_FOUND');
  });
});
