/**
 * The Excel round trip of a periodic report: a template for one unit and period, pre-filled with the
 * elements and their last values, and the reading of that template once filled.
 *
 * The template has one visible sheet (header block, then one row per element: a hidden code column,
 * name, unit of measure, previous value, the value to fill, a note) whose structure is protected
 * (no password: it prevents accidents, not tampering) and a very hidden metadata sheet naming the
 * template, its version, the unit and the period, so a foreign or misrouted file is recognised.
 *
 * `parseUpload` never throws: the file is opened by `lib/files/workbook.ts`, which refuses broken,
 * encrypted, oversized and zip-bomb archives before exceljs sees a byte.
 */
import ExcelJS from 'exceljs';
import { META_SHEET, openPortalWorkbook } from '@/lib/files/workbook';
import { formatDay } from '@/lib/i18n/format';
import viReporting from '@/lib/i18n/messages/vi/reporting.json';
import { boundsOf, checkEntered, checkPartsWithinTotals, formatValue, parseValue, readEntered, toNumber } from './values';
import type { Decimalish, ElementRule, EnteredValue, FieldError, Locale } from './values';

export const TEMPLATE_KIND = 'thidua-report-template';
export const TEMPLATE_VERSION = 1;
const HEADER_ROW = 7;
const FIRST_ROW = HEADER_ROW + 1;
const COL = { code: 1, number: 2, name: 3, unitLabel: 4, previous: 5, value: 6, note: 7 } as const;
export const MAX_NOTE_LENGTH = 2000;

/** The template's texts: reporting.template.* of the catalogue, Vietnamese by default. */
export type TemplateLabels = Record<keyof typeof viReporting.reporting.template, string>;
export const DEFAULT_LABELS: TemplateLabels = viReporting.reporting.template;

export type TemplateElement = Pick<ElementRule, 'code' | 'valueType' | 'minValue' | 'maxValue'> & { name: string; unitLabel: string };

export type TemplateInput = {
  unit: { id: number; name: string };
  /** `label` as periodLabel() gives it; `dueDate` a @db.Date or 'YYYY-MM-DD' */
  period: { id: number; label: string; dueDate: Date | string };
  /** the elements the unit reports in the period, in display order */
  elements: readonly TemplateElement[];
  /** the last accepted value of each element, by code */
  previousValues?: Readonly<Record<string, Decimalish>>;
  /** the draft's values, by code: a re-downloaded template keeps what was typed */
  currentValues?: Readonly<Record<string, EnteredValue | undefined>>;
  labels?: Partial<TemplateLabels>;
  locale?: Locale;
};

type CellInput = string | number | null;

function cellOf(element: TemplateElement, entered: EnteredValue | undefined, labels: TemplateLabels, locale: Locale): CellInput {
  const parsed = readEntered(element, entered, locale);
  if (parsed.error) return entered?.rawValue ?? null;
  if (parsed.value === null) return null;
  if (element.valueType === 'YES_NO') return parsed.value === 1 ? labels.yes : labels.no;
  return parsed.value;
}

function validationOf(element: TemplateElement, labels: TemplateLabels): ExcelJS.DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: labels.invalidTitle, error: labels.invalidValue } as const;
  if (element.valueType === 'YES_NO') return { ...common, type: 'list', formulae: [`"${labels.yes},${labels.no}"`] };
  const { min, max } = boundsOf(element);
  const type = element.valueType === 'INTEGER' || element.valueType === 'RANK' ? 'whole' : 'decimal';
  if (min !== null && max !== null) return { ...common, type, operator: 'between', formulae: [min, max] };
  if (min !== null) return { ...common, type, operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== null) return { ...common, type, operator: 'lessThanOrEqual', formulae: [max] };
  return { ...common, type, operator: 'between', formulae: [-1e15, 1e15] };
}

/** The xlsx template of one unit's report for one period. */
export async function buildTemplate(input: TemplateInput): Promise<Buffer> {
  const labels = { ...DEFAULT_LABELS, ...input.labels };
  const locale = input.locale ?? 'vi';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng Thi đua - Khen thưởng';
  const sheet = workbook.addWorksheet(labels.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = [
    { key: 'code', width: 12, hidden: true },
    { key: 'number', width: 6 },
    { key: 'name', width: 60 },
    { key: 'unitLabel', width: 14 },
    { key: 'previous', width: 16 },
    { key: 'value', width: 18 },
    { key: 'note', width: 40 },
  ];

  sheet.mergeCells(1, COL.number, 1, COL.note);
  sheet.getCell(1, COL.number).value = labels.title;
  sheet.getCell(1, COL.number).font = { bold: true, size: 13 };
  const header: Array<[string, string]> = [
    [labels.unit, input.unit.name],
    [labels.period, input.period.label],
    [labels.dueDate, formatDay(input.period.dueDate)],
  ];
  header.forEach(([label, value], i) => {
    sheet.mergeCells(2 + i, COL.number, 2 + i, COL.note);
    sheet.getCell(2 + i, COL.number).value = { richText: [{ text: `${label}: ` }, { text: value, font: { bold: true } }] };
  });
  sheet.mergeCells(5, COL.number, 5, COL.note);
  sheet.getCell(5, COL.number).value = labels.instructions;
  sheet.getCell(5, COL.number).font = { italic: true };
  sheet.getCell(5, COL.number).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(5).height = 32;
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` };

  const head = sheet.getRow(HEADER_ROW);
  head.values = [labels.code, labels.number, labels.name, labels.unitOfMeasure, labels.previous, labels.value, labels.note];
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const framed = (r: ExcelJS.Row) => {
    for (let c = COL.number; c <= COL.note; c++) r.getCell(c).border = border;
  };
  framed(head);

  input.elements.forEach((element, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    const previous = toNumber(input.previousValues?.[element.code]);
    row.getCell(COL.code).value = element.code;
    row.getCell(COL.number).value = i + 1;
    row.getCell(COL.name).value = element.name;
    row.getCell(COL.name).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(COL.unitLabel).value = element.unitLabel;
    row.getCell(COL.previous).value =
      previous === null ? null : element.valueType === 'YES_NO' ? (previous === 1 ? labels.yes : labels.no) : previous;
    const valueCell = row.getCell(COL.value);
    valueCell.value = cellOf(element, input.currentValues?.[element.code], labels, locale);
    if (element.valueType === 'INTEGER') valueCell.numFmt = row.getCell(COL.previous).numFmt = '#,##0';
    const validation = validationOf(element, labels);
    if (validation) valueCell.dataValidation = validation;
    const noteCell = row.getCell(COL.note);
    noteCell.value = input.currentValues?.[element.code]?.note ?? null;
    framed(row);
    for (const cell of [valueCell, noteCell]) {
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } };
    }
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['kind', TEMPLATE_KIND],
    ['version', TEMPLATE_VERSION],
    ['unitId', input.unit.id],
    ['periodId', input.period.id],
    ['sheet', sheet.name],
  ]);
  await meta.protect('', {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------
// Reading an upload
// ---------------------------------------------------------------------------------------------------

export type UploadOptions = {
  unitId: number;
  periodId: number;
  /** the elements the unit reports in the period (ids, for a part's total) */
  elements: ReadonlyArray<ElementRule & { name?: string }>;
  /** the largest file accepted (default 10 MB, the files.maxUploadMb setting) */
  maxBytes?: number;
  /** the most the archive may hold once uncompressed (default 20 MB) */
  maxUncompressedBytes?: number;
  locale?: Locale;
};

export type UploadRow = {
  /** the Excel row number the user sees */
  rowNumber: number;
  code: string;
  /** what the cell held, as text to keep in ReportValue.rawValue; null when empty */
  raw: string | null;
  /** the valid number (null when empty or invalid) */
  value: number | null;
  note: string | null;
  error?: FieldError;
};

export type UploadError = { row: number | null; code?: string; messageKey: string; params?: Record<string, string | number> };

export type UploadResult = {
  /** no error at all */
  ok: boolean;
  /** the file is the unit's template for the period: its rows may be saved as a draft (invalid values included) */
  usable: boolean;
  rows: UploadRow[];
  errors: UploadError[];
};

const MB = 1024 * 1024;
const refuse = (key: string, params?: UploadError['params']): UploadResult => ({
  ok: false,
  usable: false,
  rows: [],
  errors: [{ row: null, messageKey: `reporting.upload.${key}`, ...(params ? { params } : {}) }],
});

type CellContent = { raw: string | null; input: string | number | boolean | null; invalid?: boolean };

function contentOf(value: ExcelJS.CellValue): CellContent {
  if (value === null || value === undefined) return { raw: null, input: null };
  if (typeof value === 'number' || typeof value === 'boolean') return { raw: String(value), input: value };
  if (typeof value === 'string') return value.trim() === '' ? { raw: null, input: null } : { raw: value.trim(), input: value.trim() };
  if (value instanceof Date) return { raw: formatDay(value), input: null, invalid: true };
  if ('richText' in value) return contentOf(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return { raw: String(value.error), input: null, invalid: true };
  if ('formula' in value || 'sharedFormula' in value) return contentOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return contentOf(typeof value.text === 'string' ? value.text : null);
  return { raw: null, input: null, invalid: true };
}

/** A number as text that reads back as the same number whatever the element's type (no "1.234" ambiguity). */
function rawOfNumber(n: number, element: ElementRule, locale: Locale): string {
  if (element.valueType === 'YES_NO' && (n === 0 || n === 1)) return formatValue(n, 'YES_NO', locale);
  const formatted = formatValue(n, element.valueType === 'YES_NO' ? 'NUMBER' : element.valueType, locale);
  if (parseValue(formatted, element.valueType, locale).value === Math.round(n * 1e4) / 1e4) return formatted;
  const plain = n.toFixed(4);
  return locale === 'vi' ? plain.replace('.', ',') : plain;
}

const text = (v: ExcelJS.CellValue) => {
  const c = contentOf(v);
  return typeof c.input === 'string' ? c.input : c.input === null ? null : String(c.input);
};

/** Reads a filled template; never throws. */
export async function parseUpload(buffer: unknown, options: UploadOptions): Promise<UploadResult> {
  const opened = await openPortalWorkbook(buffer, {
    kind: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    maxBytes: options.maxBytes ?? 10 * MB,
    maxUncompressedBytes: options.maxUncompressedBytes ?? 20 * MB,
  });
  if ('refusal' in opened) return refuse(opened.refusal.key, opened.refusal.params);
  if (Number(opened.meta('unitId')) !== options.unitId) return refuse('wrongUnit');
  if (Number(opened.meta('periodId')) !== options.periodId) return refuse('wrongPeriod');
  if (!opened.sheet) return refuse('foreign');
  try {
    return readRows(opened.sheet, options, options.locale ?? 'vi');
  } catch {
    return refuse('corrupt');
  }
}

function readRows(sheet: ExcelJS.Worksheet, options: UploadOptions, locale: Locale): UploadResult {
  const byCode = new Map(options.elements.map((e) => [e.code, e]));
  const seen = new Map<string, number>();
  const rows: UploadRow[] = [];
  const errors: UploadError[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < FIRST_ROW) return;
    const code = text(row.getCell(COL.code).value);
    const content = contentOf(row.getCell(COL.value).value);
    const note = text(row.getCell(COL.note).value);
    if (!code) {
      if (content.raw !== null) errors.push({ row: rowNumber, messageKey: 'reporting.upload.rowWithoutCode', params: { row: rowNumber } });
      return;
    }
    const element = byCode.get(code);
    if (!element) {
      errors.push({ row: rowNumber, code, messageKey: 'reporting.upload.unknownCode', params: { row: rowNumber, code } });
      return;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      errors.push({ row: rowNumber, code, messageKey: 'reporting.upload.duplicateCode', params: { row: rowNumber, code, firstRow: first } });
      return;
    }
    seen.set(code, rowNumber);
    const raw = typeof content.input === 'number' ? rawOfNumber(content.input, element, locale) : content.raw;
    const checked = content.invalid
      ? { value: null, error: { messageKey: element.valueType === 'YES_NO' ? 'reporting.validation.notYesNo' : 'reporting.validation.notANumber' } }
      : checkEntered(element, content.input, locale);
    const out: UploadRow = { rowNumber, code, raw, value: checked.value, note: note ? note.slice(0, MAX_NOTE_LENGTH) : null };
    if (checked.error) out.error = checked.error;
    else if (note && note.length > MAX_NOTE_LENGTH) out.error = { messageKey: 'reporting.upload.noteTooLong', params: { max: MAX_NOTE_LENGTH } };
    rows.push(out);
  });

  const parts = checkPartsWithinTotals(options.elements, new Map(rows.map((r) => [r.code, r.error ? null : r.value])));
  for (const r of rows) {
    const error = parts.get(r.code);
    if (error && !r.error) r.error = error;
  }
  for (const r of rows) if (r.error) errors.push({ row: r.rowNumber, code: r.code, messageKey: r.error.messageKey, params: { row: r.rowNumber, ...r.error.params } });
  if (rows.length === 0 && errors.length === 0) errors.push({ row: null, messageKey: 'reporting.upload.noRows' });
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ok: errors.length === 0, usable: true, rows, errors };
}
