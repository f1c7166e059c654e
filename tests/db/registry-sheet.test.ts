import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { getYearSheet, saveYearSheet } from '@/lib/registry/year-sheet';
import type { SheetRowInput } from '@/lib/registry/rules';
import { domainError, makeActor, unitNamed } from './admin-fixtures';

const COMMUNE = 'Xã Cốc Pàng';
const OTHER = 'Xã Đức Long';
let officer: Actor;
let head: Actor;
let reviewer: Actor;
let outsider: Actor;
let unitId: number;
let hanh: { id: number };
let binh: { id: number };
let other: { id: number };

const row = (personId: number | null, r: Partial<SheetRowInput> = {}): SheetRowInput => ({ personId, awards: [], rating: null, discipline: null, initiatives: [], ...r });

async function linesOf(personId: number | null, year: number) {
  return db.registryEntry.findMany({ where: { year, ...(personId === null ? { unitId, personId: null } : { personId }) }, orderBy: { code: 'asc' }, select: { code: true, kind: true, source: true, note: true } });
}

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên Nội vụ');
  outsider = await makeActor('UNIT_OFFICER', OTHER, 'Cán bộ xã khác');
  unitId = (await unitNamed(COMMUNE)).id;
  // Created out of order: the sheet lists them in Vietnamese order (Hoàng before Nông).
  hanh = await db.person.create({ data: { unitId, fullName: 'Nông Thị Hạnh', position: 'Phó Chủ tịch UBND xã' } });
  binh = await db.person.create({ data: { unitId, fullName: 'Hoàng Văn Bình', position: 'Công chức Tư pháp' } });
  await db.person.create({ data: { unitId, fullName: 'Đàm Văn Cũ', active: false } });
  other = await db.person.create({ data: { unitId: (await unitNamed(OTHER)).id, fullName: 'Người xã khác' } });
});

beforeEach(() => setClock('2026-11-26T09:00:00+07:00'));

describe('the year sheet of a unit', () => {
  it('lists the unit, then its active persons in Vietnamese order, with the codes the unit records', async () => {
    const sheet = await getYearSheet(officer, unitId, 2026);
    expect(sheet.editable).toBe(true);
    expect(sheet.rows.map((r) => r.name)).toEqual([COMMUNE, 'Hoàng Văn Bình', 'Nông Thị Hạnh']);
    expect(sheet.catalogue.personAwards.map((c) => c.code)).toEqual(['CSTD_CO_SO', 'LDTT', 'GIAY_KHEN']);
    expect(sheet.catalogue.unitAwards.map((c) => c.code)).toEqual(['TTLDTT', 'GIAY_KHEN']);
    expect(sheet.catalogue.ratings.map((c) => c.code)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(sheet.catalogue.initiatives.map((c) => c.code)).toEqual(['SANG_KIEN_CO_SO', 'SANG_KIEN_TINH']);
  });

  it('saves the review in one transaction with its audit, and changes only what changed', async () => {
    const sheet = await getYearSheet(officer, unitId, 2026);
    const saved = await saveYearSheet(officer, {
      unitId,
      year: 2026,
      fingerprint: sheet.fingerprint,
      rows: [
        row(null, { awards: ['TTLDTT'], rating: 'HTXSNV' }),
        row(hanh.id, { awards: ['LDTT', 'CSTD_CO_SO'], rating: 'HTXSNV', initiatives: [{ code: 'SANG_KIEN_CO_SO', description: 'Số hóa sổ hộ tịch' }] }),
        row(binh.id, { awards: ['LDTT'], rating: 'HTTNV' }),
      ],
    });
    expect(saved).toMatchObject({ created: 8, removed: 0 });
    expect(await linesOf(hanh.id, 2026)).toEqual([
      { code: 'CSTD_CO_SO', kind: 'TITLE', source: 'UNIT_REVIEW', note: null },
      { code: 'HTXSNV', kind: 'RATING', source: 'UNIT_REVIEW', note: null },
      { code: 'LDTT', kind: 'TITLE', source: 'UNIT_REVIEW', note: null },
      { code: 'SANG_KIEN_CO_SO', kind: 'INITIATIVE', source: 'UNIT_REVIEW', note: 'Số hóa sổ hộ tịch' },
    ]);
    expect((await linesOf(null, 2026)).map((l) => l.code)).toEqual(['HTXSNV', 'TTLDTT']);

    // Bình is rated higher, Hạnh loses nothing: one line removed, one added.
    const again = await saveYearSheet(officer, { unitId, year: 2026, fingerprint: saved.fingerprint, rows: [row(binh.id, { awards: ['LDTT'], rating: 'HTXSNV' })] });
    expect(again).toMatchObject({ created: 1, removed: 1 });
    expect((await linesOf(binh.id, 2026)).map((l) => l.code)).toEqual(['HTXSNV', 'LDTT']);
    expect((await linesOf(hanh.id, 2026))).toHaveLength(4);

    const audits = await db.auditEvent.findMany({ where: { action: 'registry.review.save', entityId: `${unitId}:2026` }, orderBy: { id: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ actorId: officer.id, unitId, entityType: 'RegistryYear' });
    expect(audits[1].before).toMatchObject({ year: 2026, lines: [{ person: 'Hoàng Văn Bình', code: 'LDTT', source: 'UNIT_REVIEW' }, { person: 'Hoàng Văn Bình', code: 'HTTNV', source: 'UNIT_REVIEW' }] });
    expect(audits[1].after).toMatchObject({ added: 1, removed: 1, lines: [{ person: 'Hoàng Văn Bình', code: 'LDTT' }, { person: 'Hoàng Văn Bình', code: 'HTXSNV', source: 'UNIT_REVIEW' }] });

    // Saving what is already there changes nothing and writes no audit row.
    const same = await saveYearSheet(head, { unitId, year: 2026, fingerprint: again.fingerprint, rows: [row(binh.id, { awards: ['LDTT'], rating: 'HTXSNV' })] });
    expect(same).toMatchObject({ created: 0, removed: 0, fingerprint: again.fingerprint });
    expect(await db.auditEvent.count({ where: { action: 'registry.review.save' } })).toBe(2);

    // The first form, saved again after the others, is stale.
    expect((await domainError(saveYearSheet(head, { unitId, year: 2026, fingerprint: sheet.fingerprint, rows: [row(binh.id)] }))).code).toBe('STALE');
  });

  it('refuses duplicates, codes the unit does not record, and a second rating beside a decision, writing nothing', async () => {
    const sheet = await getYearSheet(officer, unitId, 2025);
    const refused = await domainError(
      saveYearSheet(officer, {
        unitId,
        year: 2025,
        fingerprint: sheet.fingerprint,
        rows: [
          row(hanh.id, { awards: ['LDTT', 'LDTT'], initiatives: [{ code: 'SANG_KIEN_CO_SO', description: 'A' }, { code: 'SANG_KIEN_CO_SO', description: ' a ' }] }),
          row(binh.id, { awards: ['TTLDTT'], rating: 'LDTT', initiatives: [{ code: 'SANG_KIEN_TINH', description: '  ' }] }),
          row(null, { awards: ['CSTD_CO_SO'], discipline: 'CANH_CAO' }),
        ],
      }),
    );
    expect(refused.code).toBe('VALIDATION');
    const keys = (field: string) => (refused.fieldErrors[field] as unknown as Array<{ messageKey: string }>).map((e) => e.messageKey);
    expect(keys(`row.${hanh.id}.awards`)).toEqual(['registry.sheet.errors.duplicate']);
    expect(keys(`row.${hanh.id}.initiatives`)).toEqual(['registry.sheet.errors.duplicate']);
    expect(keys(`row.${binh.id}.awards`)).toEqual(['registry.sheet.errors.unknownCode']);
    expect(keys(`row.${binh.id}.rating`)).toEqual(['registry.sheet.errors.unknownCode']);
    expect(keys(`row.${binh.id}.initiatives`)).toEqual(['registry.sheet.errors.descriptionRequired']);
    expect(keys('row.unit.awards')).toEqual(['registry.sheet.errors.unknownCode']);
    expect(keys('row.unit.discipline')).toEqual(['registry.sheet.errors.unknownCode']);
    expect(await db.registryEntry.count({ where: { year: 2025 } })).toBe(0);

    // A decision rated Hạnh and gave her a Giấy khen: the sheet shows both, keeps them, adds no twin.
    await db.registryEntry.createMany({
      data: [
        { provinceId: officer.provinceId, year: 2025, kind: 'RATING', code: 'HTXSNV', personId: hanh.id, unitId, source: 'DECISION', decisionNumber: '15/QĐ-UBND', decisionDate: new Date('2026-01-10'), createdById: reviewer.id },
        { provinceId: officer.provinceId, year: 2025, kind: 'FORM', code: 'GIAY_KHEN', personId: hanh.id, unitId, source: 'DECISION', createdById: reviewer.id },
      ],
    });
    const withDecision = await getYearSheet(officer, unitId, 2025);
    expect(withDecision.rows.find((r) => r.personId === hanh.id)!.lines.map((l) => [l.code, l.editable])).toEqual([
      ['HTXSNV', false],
      ['GIAY_KHEN', false],
    ]);
    const slot = await domainError(saveYearSheet(officer, { unitId, year: 2025, fingerprint: withDecision.fingerprint, rows: [row(hanh.id, { rating: 'HTTNV' })] }));
    expect(slot.fieldErrors[`row.${hanh.id}.rating`]).toEqual([{ messageKey: 'registry.sheet.errors.slotTaken', params: { code: 'Hoàn thành xuất sắc nhiệm vụ' } }]);
    const kept = await saveYearSheet(officer, { unitId, year: 2025, fingerprint: withDecision.fingerprint, rows: [row(hanh.id, { awards: ['GIAY_KHEN', 'LDTT'], rating: 'HTXSNV' })] });
    expect(kept).toMatchObject({ created: 1, removed: 0 });
    expect((await linesOf(hanh.id, 2025)).map((l) => `${l.code}/${l.source}`)).toEqual(['GIAY_KHEN/DECISION', 'HTXSNV/DECISION', 'LDTT/UNIT_REVIEW']);
    // Unticking everything removes the unit's own line, never the decision's.
    const cleared = await saveYearSheet(officer, { unitId, year: 2025, fingerprint: kept.fingerprint, rows: [row(hanh.id)] });
    expect(cleared).toMatchObject({ created: 0, removed: 1 });
    expect((await linesOf(hanh.id, 2025)).map((l) => l.source)).toEqual(['DECISION', 'DECISION']);
  });

  it('keeps imported lines the sheet still holds, and lists a former person who has a line that year', async () => {
    const former = await db.person.findFirstOrThrow({ where: { fullName: 'Đàm Văn Cũ' } });
    await db.registryEntry.createMany({
      data: [
        { provinceId: officer.provinceId, year: 2023, kind: 'TITLE', code: 'LDTT', personId: former.id, unitId, source: 'IMPORT', createdById: officer.id },
        { provinceId: officer.provinceId, year: 2023, kind: 'RATING', code: 'HTNV', personId: former.id, unitId, source: 'IMPORT', createdById: officer.id },
      ],
    });
    const sheet = await getYearSheet(officer, unitId, 2023);
    const formerRow = sheet.rows.find((r) => r.personId === former.id)!;
    expect(formerRow).toMatchObject({ active: false, name: 'Đàm Văn Cũ' });
    expect(formerRow.lines.every((l) => l.editable)).toBe(true);
    const saved = await saveYearSheet(officer, { unitId, year: 2023, fingerprint: sheet.fingerprint, rows: [row(former.id, { awards: ['LDTT'], rating: 'HTTNV' })] });
    expect(saved).toMatchObject({ created: 1, removed: 1 });
    expect((await linesOf(former.id, 2023)).map((l) => `${l.code}/${l.source}`)).toEqual(['HTTNV/UNIT_REVIEW', 'LDTT/IMPORT']);
  });

  it('is the unit’s own: a reviewer reads every sheet but records none, another unit’s officer neither reads nor records', async () => {
    const read = await getYearSheet(reviewer, unitId, 2026);
    expect(read.editable).toBe(false);
    expect(read.rows.length).toBeGreaterThan(1);
    expect((await domainError(saveYearSheet(reviewer, { unitId, year: 2026, fingerprint: read.fingerprint, rows: [row(binh.id)] }))).code).toBe('FORBIDDEN');
    expect((await domainError(getYearSheet(outsider, unitId, 2026))).code).toBe('FORBIDDEN');
    expect((await domainError(saveYearSheet(outsider, { unitId, year: 2026, fingerprint: read.fingerprint, rows: [row(binh.id, { awards: ['LDTT'] })] }))).code).toBe('FORBIDDEN');
    // A person of another unit cannot be slipped into the sheet, nor a year that has not come.
    const own = await getYearSheet(officer, unitId, 2026);
    expect((await domainError(saveYearSheet(officer, { unitId, year: 2026, fingerprint: own.fingerprint, rows: [row(other.id, { awards: ['LDTT'] })] }))).code).toBe('NOT_FOUND');
    expect((await domainError(saveYearSheet(officer, { unitId, year: 2027, fingerprint: own.fingerprint, rows: [row(binh.id, { awards: ['LDTT'] })] }))).code).toBe('VALIDATION');
    expect((await domainError(getYearSheet(officer, unitId, 1999))).code).toBe('NOT_FOUND');
    expect(await db.registryEntry.count({ where: { personId: other.id } })).toBe(0);
  });
});
