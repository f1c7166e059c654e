import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildTemplate, DEFAULT_LABELS, parseUpload, TEMPLATE_KIND, type TemplateElement, type UploadOptions } from '@/lib/reporting/excel';
import type { ElementRule } from '@/lib/reporting/values';
import { vi as viMessages, en as enMessages } from '@/lib/i18n/messages';

type Element = ElementRule & TemplateElement;
const ELEMENTS: Element[] = [
  { id: 1, code: 'HOUSEHOLDS', name: 'Tổng số hộ', unitLabel: 'hộ', valueType: 'INTEGER', minValue: '0', maxValue: null },
  { id: 2, code: 'POOR_HOUSEHOLDS', name: 'Số hộ nghèo đa chiều', unitLabel: 'hộ', valueType: 'INTEGER', minValue: '0', maxValue: null, totalElementId: 1 },
  { id: 3, code: 'NTM_STANDARD_MET', name: 'Xã đạt chuẩn nông thôn mới', unitLabel: 'có/không', valueType: 'YES_NO', minValue: '0', maxValue: '1' },
  { id: 4, code: 'CB_HPI_SCORE', name: 'Điểm CB-HPI', unitLabel: 'điểm', valueType: 'NUMBER', minValue: '0', maxValue: '100' },
  { id: 5, code: 'PAR_INDEX_RANK', name: 'Thứ hạng PAR INDEX', unitLabel: 'hạng/34', valueType: 'RANK', minValue: '1', maxValue: '34' },
  { id: 6, code: 'HOSPITAL_PROGRESS_PCT', name: 'Tiến độ xây dựng', unitLabel: '%', valueType: 'PERCENT', minValue: '0', maxValue: '100' },
];
const UNIT = { id: 17, name: 'Xã Cốc Pàng' };
const PERIOD = { id: 42, label: 'Quý 3/2026', dueDate: '2026-10-10' };
const OPTIONS: UploadOptions = { unitId: UNIT.id, periodId: PERIOD.id, elements: ELEMENTS };

const template = (extra: Partial<Parameters<typeof buildTemplate>[0]> = {}) =>
  buildTemplate({
    unit: UNIT,
    period: PERIOD,
    elements: ELEMENTS,
    previousValues: { HOUSEHOLDS: '1500.0000', POOR_HOUSEHOLDS: 210, NTM_STANDARD_MET: 1 },
    currentValues: { HOUSEHOLDS: { rawValue: '1.520', value: '1520' }, CB_HPI_SCORE: { rawValue: 'abc', note: 'chưa có số liệu' } },
    ...extra,
  });

async function load(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

/** Fill the template's value and note columns by code, as an officer would in Excel. */
async function fill(buffer: Buffer, values: Record<string, ExcelJS.CellValue>, notes: Record<string, string> = {}, edit?: (sheet: ExcelJS.Worksheet) => void) {
  const wb = await load(buffer);
  const sheet = wb.getWorksheet(DEFAULT_LABELS.sheetName)!;
  sheet.eachRow((row) => {
    const code = row.getCell(1).value as string;
    if (code in values) row.getCell(6).value = values[code];
    if (code in notes) row.getCell(7).value = notes[code];
  });
  edit?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const keys = (r: { errors: Array<{ messageKey: string }> }) => r.errors.map((e) => e.messageKey);

/** A zip written by hand, so tests can make it lie. */
function zip(entries: Array<{ name: string; data: Buffer; deflate?: boolean; declaredSize?: number; flags?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
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
const CONTENT_TYPES = { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') };
const WORKBOOK = { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') };

describe('the template', () => {
  it('has the header block, one row per element, a hidden code column and pre-filled values', async () => {
    const wb = await load(await template());
    const sheet = wb.getWorksheet(DEFAULT_LABELS.sheetName)!;
    expect([2, 3, 4].map((r) => sheet.getCell(r, 2).text)).toEqual(['Đơn vị: Xã Cốc Pàng', 'Kỳ báo cáo: Quý 3/2026', 'Hạn nộp: 10/10/2026']);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getRow(7).getCell(6).value).toBe(DEFAULT_LABELS.value);
    const rows = ELEMENTS.map((_, i) => sheet.getRow(8 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(ELEMENTS.map((e) => e.code));
    expect(rows.map((r) => r.getCell(3).value)).toEqual(ELEMENTS.map((e) => e.name));
    expect(rows.map((r) => r.getCell(5).value)).toEqual([1500, 210, 'Có', null, null, null]);
    expect(rows[0].getCell(6).value).toBe(1520);
    // an invalid draft value is kept as typed, with its note
    expect(rows[3].getCell(6).value).toBe('abc');
    expect(rows[3].getCell(7).value).toBe('chưa có số liệu');
  });

  it('protects the structure, leaves only value and note open, and validates the values', async () => {
    const wb = await load(await template());
    const sheet = wb.getWorksheet(DEFAULT_LABELS.sheetName)!;
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell('F8').protection?.locked).toBe(false);
    expect(sheet.getCell('G8').protection?.locked).toBe(false);
    expect(sheet.getCell('C8').protection?.locked).not.toBe(false);
    expect(sheet.getCell('F8').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(sheet.getCell('F10').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(sheet.getCell('F11').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(sheet.getCell('F12').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 34] });
  });

  it('carries a very hidden sheet that names it, its version, unit and period', async () => {
    const wb = await load(await template());
    const meta = wb.getWorksheet('_meta')!;
    expect(meta.state).toBe('veryHidden');
    const rows = Object.fromEntries([1, 2, 3, 4, 5].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value]));
    expect(rows).toEqual({ kind: TEMPLATE_KIND, version: 1, unitId: 17, periodId: 42, sheet: DEFAULT_LABELS.sheetName });
  });

  it('takes its texts as arguments, Vietnamese by default, as in the catalogue', async () => {
    expect(DEFAULT_LABELS).toEqual(viMessages.reporting.template);
    const wb = await load(await template({ labels: enMessages.reporting.template }));
    const sheet = wb.getWorksheet('Report')!;
    expect(sheet.getCell('F10').dataValidation).toMatchObject({ formulae: ['"Yes,No"'] });
    expect(sheet.getRow(8).getCell(5).value).toBe(1500);
    expect(sheet.getRow(10).getCell(5).value).toBe('Yes');
  });
});

describe('reading a filled template', () => {
  it('round trip: build, fill in Excel, read back the values', async () => {
    const filled = await fill(
      await template(),
      { HOUSEHOLDS: 1530, POOR_HOUSEHOLDS: '1.234', NTM_STANDARD_MET: 'Có', CB_HPI_SCORE: '91,5', PAR_INDEX_RANK: { formula: '10+2', result: 12 }, HOSPITAL_PROGRESS_PCT: '45,5%' },
      { POOR_HOUSEHOLDS: 'Rà soát cuối năm' },
    );
    const r = await parseUpload(filled, OPTIONS);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.usable).toBe(true);
    expect(r.rows).toEqual([
      { rowNumber: 8, code: 'HOUSEHOLDS', raw: '1.530', value: 1530, note: null },
      { rowNumber: 9, code: 'POOR_HOUSEHOLDS', raw: '1.234', value: 1234, note: 'Rà soát cuối năm' },
      { rowNumber: 10, code: 'NTM_STANDARD_MET', raw: 'Có', value: 1, note: null },
      { rowNumber: 11, code: 'CB_HPI_SCORE', raw: '91,5', value: 91.5, note: 'chưa có số liệu' },
      { rowNumber: 12, code: 'PAR_INDEX_RANK', raw: '12', value: 12, note: null },
      { rowNumber: 13, code: 'HOSPITAL_PROGRESS_PCT', raw: '45,5%', value: 45.5, note: null },
    ]);
  });

  it('keeps empty cells as empty rows, and the raw text of numbers unambiguous', async () => {
    const filled = await fill(await template({ currentValues: {} }), { HOUSEHOLDS: 1.234, CB_HPI_SCORE: 1.234, HOSPITAL_PROGRESS_PCT: 0 });
    const r = await parseUpload(filled, OPTIONS);
    const row = (code: string) => r.rows.find((x) => x.code === code)!;
    // an INTEGER cell holding 1.234 is not a count: refused, and its raw text does not read back as 1234
    expect(row('HOUSEHOLDS')).toMatchObject({ raw: '1,2340', value: null, error: { messageKey: 'reporting.validation.notWhole' } });
    expect(row('CB_HPI_SCORE')).toMatchObject({ raw: '1,234', value: 1.234 });
    expect(row('HOSPITAL_PROGRESS_PCT')).toMatchObject({ raw: '0', value: 0 });
    expect(row('NTM_STANDARD_MET')).toEqual({ rowNumber: 10, code: 'NTM_STANDARD_MET', raw: null, value: null, note: null });
  });

  it('lists every invalid value by row, and a part above its total', async () => {
    const filled = await fill(await template(), {
      HOUSEHOLDS: '1000',
      POOR_HOUSEHOLDS: 1001,
      NTM_STANDARD_MET: 'có thể',
      CB_HPI_SCORE: new Date(Date.UTC(2026, 4, 1)),
      PAR_INDEX_RANK: 35,
      HOSPITAL_PROGRESS_PCT: '100,0001',
    }, {}, (sheet) => {
      // what Excel makes of "1/5" typed in a Vietnamese locale: a day
      // (a style of its own: loaded cells share style objects)
      sheet.getCell('F11').style = { ...sheet.getCell('F11').style, numFmt: 'dd/mm/yyyy' };
    });
    const r = await parseUpload(filled, OPTIONS);
    expect(r.ok).toBe(false);
    expect(r.usable).toBe(true);
    expect(r.errors.map((e) => [e.row, e.messageKey])).toEqual([
      [9, 'reporting.validation.partAboveTotal'],
      [10, 'reporting.validation.notYesNo'],
      [11, 'reporting.validation.notANumber'],
      [12, 'reporting.validation.rankRange'],
      [13, 'reporting.validation.percentRange'],
    ]);
    expect(r.errors[0].params).toMatchObject({ row: 9, total: 'Tổng số hộ', totalValue: 1000 });
    expect(r.rows.find((x) => x.code === 'CB_HPI_SCORE')?.raw).toBe('01/05/2026');
  });

  it('refuses unknown codes, duplicated rows and rows added outside the template', async () => {
    const filled = await fill(await template({ currentValues: {} }), { HOUSEHOLDS: 10 }, {}, (sheet) => {
      sheet.getCell('A12').value = 'NOT_AN_ELEMENT';
      sheet.getCell('A13').value = 'HOUSEHOLDS';
      sheet.getCell('F20').value = 99;
    });
    const r = await parseUpload(filled, OPTIONS);
    expect(r.errors.map((e) => [e.row, e.messageKey, e.params])).toEqual([
      [12, 'reporting.upload.unknownCode', { row: 12, code: 'NOT_AN_ELEMENT' }],
      [13, 'reporting.upload.duplicateCode', { row: 13, code: 'HOUSEHOLDS', firstRow: 8 }],
      [20, 'reporting.upload.rowWithoutCode', { row: 20 }],
    ]);
    expect(r.rows.map((x) => x.code)).toEqual(['HOUSEHOLDS', 'POOR_HOUSEHOLDS', 'NTM_STANDARD_MET', 'CB_HPI_SCORE']);
  });

  it("refuses another unit's or another period's template", async () => {
    const t = await template();
    expect(keys(await parseUpload(t, { ...OPTIONS, unitId: 18 }))).toEqual(['reporting.upload.wrongUnit']);
    expect(keys(await parseUpload(t, { ...OPTIONS, periodId: 43 }))).toEqual(['reporting.upload.wrongPeriod']);
  });

  it('refuses a foreign workbook and an old template', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['HOUSEHOLDS', 1000]);
    const foreign = Buffer.from(await wb.xlsx.writeBuffer());
    expect(keys(await parseUpload(foreign, OPTIONS))).toEqual(['reporting.upload.foreign']);

    const old = await load(await template());
    old.getWorksheet('_meta')!.getCell('B2').value = 0;
    expect(keys(await parseUpload(Buffer.from(await old.xlsx.writeBuffer()), OPTIONS))).toEqual(['reporting.upload.oldVersion']);
  });
});

describe('refusing what is not a sane xlsx, without throwing', () => {
  it('wrong file types', async () => {
    expect(keys(await parseUpload(Buffer.from('Mã,Giá trị\nHOUSEHOLDS,1000\n'), OPTIONS))).toEqual(['reporting.upload.notXlsx']);
    expect(keys(await parseUpload(Buffer.from('%PDF-1.7\n...'), OPTIONS))).toEqual(['reporting.upload.notXlsx']);
    expect(keys(await parseUpload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), OPTIONS))).toEqual(['reporting.upload.legacyFormat']);
    expect(keys(await parseUpload(Buffer.alloc(0), OPTIONS))).toEqual(['reporting.upload.empty']);
    for (const notBytes of [null, undefined, 'PK', 42, {}, [1, 2]]) expect(keys(await parseUpload(notBytes, OPTIONS))).toEqual(['reporting.upload.notXlsx']);
    // a zip that is no workbook (a .docx, an archive of anything)
    const docx = zip([CONTENT_TYPES, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    expect(keys(await parseUpload(docx, OPTIONS))).toEqual(['reporting.upload.notXlsx']);
  });

  it('a file above the size limit', async () => {
    const r = await parseUpload(await template(), { ...OPTIONS, maxBytes: 1024 });
    expect(r.errors).toEqual([{ row: null, messageKey: 'reporting.upload.tooLarge', params: { maxMb: 0 } }]);
  });

  it('a corrupted zip: truncated, damaged central directory, damaged data', async () => {
    const t = await template();
    expect(keys(await parseUpload(t.subarray(0, Math.floor(t.length / 2)), OPTIONS))).toEqual(['reporting.upload.corrupt']);
    const eocd = t.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const badDirectory = Buffer.from(t);
    badDirectory.writeUInt32LE(t.length - 10, eocd + 16);
    expect(keys(await parseUpload(badDirectory, OPTIONS))).toEqual(['reporting.upload.corrupt']);
    const badData = Buffer.from(t);
    for (let i = 200; i < 1200; i++) badData[i] = 0xff;
    expect(keys(await parseUpload(badData, OPTIONS))).toEqual(['reporting.upload.corrupt']);
  });

  it('an encrypted entry', async () => {
    const z = zip([CONTENT_TYPES, { ...WORKBOOK, flags: 1 }]);
    expect(keys(await parseUpload(z, OPTIONS))).toEqual(['reporting.upload.encrypted']);
  });

  it('zip bombs: a declared size above the cap, honest or lying', async () => {
    // an entry that declares 2 GB uncompressed
    const declared = zip([CONTENT_TYPES, WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 0x7fffffff }]);
    expect(await parseUpload(declared, OPTIONS)).toEqual({
      ok: false,
      usable: false,
      rows: [],
      errors: [{ row: null, messageKey: 'reporting.upload.uncompressedTooLarge', params: { maxMb: 20 } }],
    });
    // 30 MB of zeros deflate to a few tens of kB: small file, honest header, refused by the cap
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const honest = zip([CONTENT_TYPES, WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true }]);
    expect(honest.length).toBeLessThan(100 * 1024);
    expect(keys(await parseUpload(honest, OPTIONS))).toEqual(['reporting.upload.uncompressedTooLarge']);
    // the same bytes declaring 1 kB: refused while inflating, never held whole in memory
    const lying = zip([CONTENT_TYPES, WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true, declaredSize: 1024 }]);
    expect(keys(await parseUpload(lying, OPTIONS))).toEqual(['reporting.upload.uncompressedTooLarge']);
    // a zip64 marker (sizes 0xFFFFFFFF) is never needed by a template
    const zip64 = zip([CONTENT_TYPES, WORKBOOK, { name: 'xl/a.xml', data: Buffer.from('a'), declaredSize: 0xffffffff }]);
    expect(keys(await parseUpload(zip64, OPTIONS))).toEqual(['reporting.upload.uncompressedTooLarge']);
  });

  it('a package with the workbook parts but no valid workbook', async () => {
    const z = zip([CONTENT_TYPES, WORKBOOK]);
    const r = await parseUpload(z, OPTIONS);
    expect(r.ok).toBe(false);
    expect(r.usable).toBe(false);
    expect(['reporting.upload.corrupt', 'reporting.upload.foreign']).toContain(r.errors[0].messageKey);
  });

  it('never throws on random bytes, random zips or a damaged template (property)', async () => {
    const shape = (r: Awaited<ReturnType<typeof parseUpload>>) => {
      expect(r.ok).toBe(false);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors.every((e) => e.messageKey.startsWith('reporting.'))).toBe(true);
    };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => shape(await parseUpload(Buffer.from(bytes), OPTIONS))),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const pk = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), bytes, Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.from(bytes.slice(0, 18))]);
        shape(await parseUpload(pk, OPTIONS));
      }),
      { numRuns: 200 },
    );
    const t = await template();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(t.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (edits) => {
        const damaged = Buffer.from(t);
        for (const [at, byte] of edits) damaged[at] = byte;
        const r = await parseUpload(damaged, OPTIONS);
        expect(typeof r.ok).toBe('boolean');
        expect(Array.isArray(r.rows) && Array.isArray(r.errors)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
