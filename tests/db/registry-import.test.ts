import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { confirmImport, importTemplateFor, previewImport } from '@/lib/registry/import-service';
import { DEFAULT_LABELS } from '@/lib/registry/import-excel';
import { domainError, makeActor, unitNamed } from './admin-fixtures';

const COMMUNE = 'Xã Cốc Pàng';
const OTHER = 'Xã Đức Long';
let officer: Actor;
let reviewer: Actor;
let outsider: Actor;
let unitId: number;
let hanh: { id: number };
let binh: { id: number };

type Cell = string | number | null;

async function filled(template: Buffer, rows: Cell[][]): Promise<File> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(DEFAULT_LABELS.sheetName)!;
  rows.forEach((cells, i) => cells.forEach((value, c) => (sheet.getCell(6 + i, c + 1).value = value)));
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'so-khen-thuong.xlsx');
}

const file = (bytes: Uint8Array | Buffer, name = 'tep.xlsx') => new File([new Uint8Array(bytes)], name);
const messages = (r: { errors: Array<{ row: number | null; messageKey: string }> }) => r.errors.map((e) => `${e.row ?? '-'} ${e.messageKey.replace('registry.import.', '')}`);

/** A zip written by hand whose one entry declares 1 kB and inflates to 30 MB. */
function zipBomb(): Buffer {
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), deflate: false, size: 8 },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), deflate: false, size: 11 },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024), deflate: true, size: 1024 },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên Nội vụ');
  outsider = await makeActor('UNIT_OFFICER', OTHER, 'Cán bộ xã khác');
  unitId = (await unitNamed(COMMUNE)).id;
  hanh = await db.person.create({ data: { unitId, fullName: 'Nông Thị Hạnh' } });
  binh = await db.person.create({ data: { unitId, fullName: 'Hoàng Văn Bình' } });
  await db.person.createMany({ data: [{ unitId, fullName: 'Lò Văn An' }, { unitId, fullName: 'Lò Văn An', active: false }] });
  await db.registryEntry.create({ data: { provinceId: officer.provinceId, year: 2023, kind: 'TITLE', code: 'LDTT', personId: binh.id, unitId, source: 'UNIT_REVIEW', createdById: officer.id } });
});

beforeEach(() => setClock('2026-11-26T09:00:00+07:00'));

describe('the Excel import of past years', () => {
  it('gives a template naming the unit’s persons and the codes it records', async () => {
    const { name, bytes } = await importTemplateFor(officer, unitId);
    expect(name).toBe(`so-khen-thuong-${unitId}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const persons = wb.getWorksheet(DEFAULT_LABELS.personsSheet)!.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1, 3));
    expect(persons).toEqual([['DV', COMMUNE], [binh.id, 'Hoàng Văn Bình'], [expect.any(Number), 'Lò Văn An'], [expect.any(Number), 'Lò Văn An'], [hanh.id, 'Nông Thị Hạnh']]);
    const codes = wb.getWorksheet(DEFAULT_LABELS.codesSheet)!.getColumn(1).values.slice(2);
    expect(codes).toEqual(expect.arrayContaining(['LDTT', 'CSTD_CO_SO', 'TTLDTT', 'GIAY_KHEN', 'HTXSNV', 'SANG_KIEN_CO_SO', 'KHIEN_TRACH']));
    expect(codes).not.toContain('BANG_KHEN_CT_UBND_TINH');
  });

  it('lists every problem by row and writes nothing', async () => {
    const { bytes } = await importTemplateFor(officer, unitId);
    const upload = await filled(bytes, [
      [hanh.id, 'Nông Thị Hạnh', 2024, 'CSTD_CO_SO'],
      [null, 'nong thi hanh', 2024, 'Lao động tiên tiến'],
      [999999, null, 2024, 'LDTT'],
      [null, 'Không Có Ai', 2024, 'LDTT'],
      [hanh.id, null, 2031, 'LDTT'],
      [hanh.id, null, 2024, 'XYZ'],
      [hanh.id, null, 2024, 'CSTD_CO_SO'],
      ['DV', null, 2024, 'LDTT'],
      [hanh.id, null, 2024, 'HTTNV'],
      [hanh.id, null, 2024, 'HTXSNV'],
      [binh.id, 'Nông Thị Hạnh', 2024, 'LDTT'],
      [null, 'Lò Văn An', 2024, 'LDTT'],
      [hanh.id, null, 2024, 'SANG_KIEN_CO_SO'],
      [binh.id, null, null, 'LDTT'],
      [binh.id, null, 2023, 'LDTT'],
      [binh.id, null, 1995, null],
    ]);
    const preview = await previewImport(officer, { unitId, file: upload });
    expect(messages(preview)).toEqual([
      '8 errors.unknownPersonId',
      '9 errors.unknownPerson',
      '10 errors.impossibleYear',
      '11 errors.unknownCode',
      '12 errors.duplicateInFile',
      '13 errors.codeForPersons',
      '15 errors.secondRatingInFile',
      '16 errors.personMismatch',
      '17 errors.ambiguousPerson',
      '18 errors.descriptionRequired',
      '19 errors.noYear',
      '20 errors.alreadyRecorded',
      '21 errors.impossibleYear',
      '21 errors.noCode',
    ]);
    expect(preview.errors.find((e) => e.row === 12)!.params).toEqual({ row: 12, code: 'CSTD_CO_SO', year: 2024, firstRow: 6 });
    expect(preview.errors.find((e) => e.row === 10)!.params).toEqual({ row: 10, year: '2031', from: 2000, to: 2026 });
    expect(preview.lines).toEqual([]);
    // Confirming such a file writes nothing either.
    const confirmed = await confirmImport(officer, { unitId, file: upload });
    expect(confirmed.created).toBe(0);
    expect(confirmed.errors).toHaveLength(14);
    expect(await db.registryEntry.count({ where: { source: 'IMPORT' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'registry.import' } })).toBe(0);
  });

  it('writes a clean file once, as IMPORT lines with an audit row; the same file again is refused', async () => {
    const { bytes } = await importTemplateFor(officer, unitId);
    const upload = await filled(bytes, [
      [hanh.id, null, 2023, 'LDTT'],
      [hanh.id, null, 2023, 'HTTNV'],
      [null, 'Nông Thị Hạnh', 2024, 'CSTD_CO_SO'],
      [hanh.id, null, 2024, 'LDTT'],
      [hanh.id, null, 2024, 'SANG_KIEN_CO_SO', 'Số hóa sổ hộ tịch'],
      [hanh.id, null, 2024, 'SANG_KIEN_CO_SO', 'Bản đồ số thôn bản'],
      ['dv', COMMUNE, 2024, 'TTLDTT'],
      ['DV', null, 2024, 'HTXSNV'],
    ]);
    const preview = await previewImport(officer, { unitId, file: upload });
    expect(preview.errors).toEqual([]);
    expect(preview.lines.map((l) => `${l.rowNumber} ${l.person ?? 'DV'} ${l.year} ${l.code}`)).toEqual([
      '6 Nông Thị Hạnh 2023 LDTT',
      '7 Nông Thị Hạnh 2023 HTTNV',
      '8 Nông Thị Hạnh 2024 CSTD_CO_SO',
      '9 Nông Thị Hạnh 2024 LDTT',
      '10 Nông Thị Hạnh 2024 SANG_KIEN_CO_SO',
      '11 Nông Thị Hạnh 2024 SANG_KIEN_CO_SO',
      '12 DV 2024 TTLDTT',
      '13 DV 2024 HTXSNV',
    ]);
    expect(await db.registryEntry.count({ where: { source: 'IMPORT' } })).toBe(0);

    const confirmed = await confirmImport(officer, { unitId, file: upload });
    expect(confirmed).toEqual({ created: 8, errors: [] });
    const lines = await db.registryEntry.findMany({ where: { source: 'IMPORT' }, orderBy: { id: 'asc' } });
    expect(lines.map((l) => [l.personId, l.year, l.kind, l.code, l.unitId, l.createdById])).toEqual([
      [hanh.id, 2023, 'TITLE', 'LDTT', unitId, officer.id],
      [hanh.id, 2023, 'RATING', 'HTTNV', unitId, officer.id],
      [hanh.id, 2024, 'TITLE', 'CSTD_CO_SO', unitId, officer.id],
      [hanh.id, 2024, 'TITLE', 'LDTT', unitId, officer.id],
      [hanh.id, 2024, 'INITIATIVE', 'SANG_KIEN_CO_SO', unitId, officer.id],
      [hanh.id, 2024, 'INITIATIVE', 'SANG_KIEN_CO_SO', unitId, officer.id],
      [null, 2024, 'TITLE', 'TTLDTT', unitId, officer.id],
      [null, 2024, 'RATING', 'HTXSNV', unitId, officer.id],
    ]);
    expect(lines[4].note).toBe('Số hóa sổ hộ tịch');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'registry.import' } });
    expect(audit).toMatchObject({ actorId: officer.id, unitId, entityType: 'RegistryImport', entityId: String(unitId) });
    expect(audit.after).toMatchObject({ count: 8, years: [2023, 2024], file: 'so-khen-thuong.xlsx' });

    const twice = await confirmImport(officer, { unitId, file: upload });
    expect(twice.created).toBe(0);
    expect(new Set(twice.errors.map((e) => e.messageKey))).toEqual(new Set(['registry.import.errors.alreadyRecorded']));
    expect(twice.errors).toHaveLength(8);
    expect(await db.registryEntry.count({ where: { source: 'IMPORT' } })).toBe(8);
    expect(await db.auditEvent.count({ where: { action: 'registry.import' } })).toBe(1);
  });

  it('refuses foreign, misrouted, broken files and zip bombs before reading a row', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A6').value = 'LDTT';
    const foreign = file(Buffer.from(await plain.xlsx.writeBuffer()));
    const otherUnit = (await importTemplateFor(outsider, (await unitNamed(OTHER)).id)).bytes;
    const template = (await importTemplateFor(officer, unitId)).bytes;
    const cases: Array<[File, string]> = [
      [foreign, 'file.foreign'],
      [file(otherUnit), 'file.wrongUnit'],
      [file(template), 'file.noRows'],
      [file(Buffer.from('Họ và tên,Năm,Mã\nNông Thị Hạnh,2024,LDTT')), 'file.notXlsx'],
      [file(template.subarray(0, Math.floor(template.length / 2))), 'file.corrupt'],
      [file(zipBomb()), 'file.uncompressedTooLarge'],
    ];
    for (const [upload, expected] of cases) {
      const preview = await previewImport(officer, { unitId, file: upload });
      expect(messages(preview), expected).toEqual([`- ${expected}`]);
    }
    expect((await domainError(previewImport(officer, { unitId, file: null }))).messageKey).toBe('fileMissing');
  });

  it('is the unit’s own: another unit’s officer and a reviewer can neither download nor import', async () => {
    const { bytes } = await importTemplateFor(officer, unitId);
    const upload = await filled(bytes, [[binh.id, null, 2022, 'LDTT']]);
    expect((await domainError(importTemplateFor(outsider, unitId))).code).toBe('FORBIDDEN');
    expect((await domainError(importTemplateFor(reviewer, unitId))).code).toBe('FORBIDDEN');
    expect((await domainError(previewImport(outsider, { unitId, file: upload }))).code).toBe('FORBIDDEN');
    expect((await domainError(confirmImport(reviewer, { unitId, file: upload }))).code).toBe('FORBIDDEN');
    expect(await db.registryEntry.count({ where: { year: 2022 } })).toBe(0);
  });
});
