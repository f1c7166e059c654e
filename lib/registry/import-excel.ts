/**
 * The Excel file of an import of past years into the commendation registry: one row per person,
 * year and code (a long list suits any number of years and codes, and is what units already keep),
 * with two reference sheets (the unit's persons with their ids, the codes the unit may record) and a
 * very hidden metadata sheet naming the template and the unit, so a foreign or misrouted file is
 * recognised.
 *
 * `readImportFile` never throws: the file is opened by `lib/files/workbook.ts`, which refuses broken,
 * encrypted, oversized and zip-bomb archives before exceljs sees a byte.
 */
import ExcelJS from 'exceljs';
import viRegistry from '@/lib/i18n/messages/vi/registry.json';
import { META_SHEET, openPortalWorkbook } from '@/lib/files/workbook';
import { UNIT_MARKER, type ImportCells, type ImportError } from './import-rules';
import { FIRST_RECORD_YEAR, type CatalogueCode } from './rules';

export const IMPORT_KIND = 'thidua-registry-import';
export const IMPORT_VERSION = 1;
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
/** Rows beyond this are refused: a unit's history is a few hundred lines. */
export const MAX_IMPORT_ROWS = 5000;
const COL = { person: 1, name: 2, year: 3, code: 4, note: 5 } as const;
const MB = 1024 * 1024;

export type TemplateLabels = Record<keyof typeof viRegistry.registry.import.template, string>;
export const DEFAULT_LABELS: TemplateLabels = viRegistry.registry.import.template;

export type ImportTemplateInput = {
  unit: { id: number; name: string };
  persons: ReadonlyArray<{ id: number; fullName: string; position: string | null; active: boolean }>;
  /** the codes the unit may record, with whom they apply to */
  codes: ReadonlyArray<Pick<CatalogueCode, 'code' | 'name' | 'kind' | 'recipient'>>;
  currentYear: number;
  labels?: Partial<TemplateLabels>;
};

const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** The xlsx template of a unit's import. */
export async function buildImportTemplate(input: ImportTemplateInput): Promise<Buffer> {
  const labels = { ...DEFAULT_LABELS, ...input.labels };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng Thi đua - Khen thưởng';
  const sheet = workbook.addWorksheet(labels.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = [{ width: 14 }, { width: 32 }, { width: 10 }, { width: 22 }, { width: 60 }];
  sheet.mergeCells(1, 1, 1, 5);
  sheet.getCell(1, 1).value = labels.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.mergeCells(2, 1, 2, 5);
  sheet.getCell(2, 1).value = { richText: [{ text: `${labels.unit}: ` }, { text: input.unit.name, font: { bold: true } }] };
  sheet.mergeCells(3, 1, 3, 5);
  sheet.getCell(3, 1).value = labels.instructions.replace('{marker}', UNIT_MARKER).replace('{from}', String(FIRST_RECORD_YEAR)).replace('{to}', String(input.currentYear));
  sheet.getCell(3, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell(3, 1).font = { italic: true };
  sheet.getRow(3).height = 60;
  const head = sheet.getRow(HEADER_ROW);
  head.values = [labels.personId, labels.fullName, labels.year, labels.code, labels.note];
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (let c = 1; c <= 5; c++) head.getCell(c).border = border;

  const people = workbook.addWorksheet(labels.personsSheet.slice(0, 31));
  people.columns = [{ width: 14 }, { width: 32 }, { width: 36 }, { width: 16 }];
  people.addRow([labels.personId, labels.fullName, labels.position, labels.status]).font = { bold: true };
  people.addRow([UNIT_MARKER, input.unit.name, labels.unitItself, '']);
  for (const p of input.persons) people.addRow([p.id, p.fullName, p.position ?? '', p.active ? '' : labels.inactive]);

  const codes = workbook.addWorksheet(labels.codesSheet.slice(0, 31));
  codes.columns = [{ width: 22 }, { width: 48 }, { width: 24 }];
  codes.addRow([labels.code, labels.codeName, labels.appliesTo]).font = { bold: true };
  for (const c of input.codes) codes.addRow([c.code, c.name, c.recipient === 'INDIVIDUAL' ? labels.persons : c.recipient === 'COLLECTIVE' ? labels.unitOnly : labels.both]);

  // Lists to pick from, with a warning only: a code typed by hand is still read (and checked) on upload.
  const last = FIRST_ROW + 999;
  for (let r = FIRST_ROW; r <= last; r++) {
    sheet.getCell(r, COL.person).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`'${people.name}'!$A$2:$A$${input.persons.length + 2}`] };
    sheet.getCell(r, COL.year).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'warning',
      error: labels.yearHint.replace('{from}', String(FIRST_RECORD_YEAR)).replace('{to}', String(input.currentYear)),
      formulae: [FIRST_RECORD_YEAR, input.currentYear],
    };
    sheet.getCell(r, COL.code).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`'${codes.name}'!$A$2:$A$${Math.max(2, input.codes.length + 1)}`] };
  }

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['kind', IMPORT_KIND],
    ['version', IMPORT_VERSION],
    ['unitId', input.unit.id],
    ['sheet', sheet.name],
  ]);
  await meta.protect('', {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ReadOptions = { unitId: number; maxBytes?: number; maxUncompressedBytes?: number };
export type ReadResult = { refusal: ImportError | null; rows: ImportCells[] };

const refuse = (key: string, params?: Record<string, string | number>): ReadResult => ({
  refusal: { row: null, messageKey: `registry.import.file.${key}`, ...(params ? { params } : {}) },
  rows: [],
});

function textOf(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Date) return null;
  if ('richText' in value) return textOf(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return textOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return textOf(typeof value.text === 'string' ? value.text : null);
  return null;
}

/** Reads an uploaded import file; never throws. */
export async function readImportFile(buffer: unknown, options: ReadOptions): Promise<ReadResult> {
  const opened = await openPortalWorkbook(buffer, {
    kind: IMPORT_KIND,
    version: IMPORT_VERSION,
    maxBytes: options.maxBytes ?? 10 * MB,
    maxUncompressedBytes: options.maxUncompressedBytes ?? 20 * MB,
  });
  if ('refusal' in opened) return refuse(opened.refusal.key, opened.refusal.params);
  if (Number(opened.meta('unitId')) !== options.unitId) return refuse('wrongUnit');
  const sheet = opened.sheet;
  if (!sheet) return refuse('foreign');
  try {
    const rows: ImportCells[] = [];
    let tooMany = false;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber < FIRST_ROW || tooMany) return;
      const cells: ImportCells = {
        rowNumber,
        personRef: textOf(row.getCell(COL.person).value),
        name: textOf(row.getCell(COL.name).value),
        year: textOf(row.getCell(COL.year).value),
        code: textOf(row.getCell(COL.code).value),
        note: textOf(row.getCell(COL.note).value),
      };
      if (!cells.personRef && !cells.name && !cells.year && !cells.code && !cells.note) return;
      if (rows.length >= MAX_IMPORT_ROWS) tooMany = true;
      else rows.push(cells);
    });
    if (tooMany) return refuse('tooManyRows', { max: MAX_IMPORT_ROWS });
    if (rows.length === 0) return refuse('noRows');
    return { refusal: null, rows };
  } catch {
    return refuse('corrupt');
  }
}
