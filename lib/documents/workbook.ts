/**
 * Report workbooks (exceljs): a title block, a styled header row frozen in place, column widths,
 * and Vietnamese formats. Number formats carry the Vietnamese locale tag [$-42A], so LibreOffice
 * (and the PDF made from it) shows 1.234,5 whatever the machine's locale; Excel reads the same
 * codes with its own separators. Days are written as real dates shown dd/mm/yyyy.
 */
import ExcelJS from 'exceljs';
import { parseDay, type Day } from './format';

const VI = '[$-42A]';
export const NUMBER_FORMATS = {
  integer: `${VI}#,##0`,
  number: (digits = 1) => (digits > 0 ? `${VI}#,##0.${'0'.repeat(digits)}` : `${VI}#,##0`),
  /** a value already in percent (39,62 for 39,62 %), as the catalogue stores shares */
  percent: (digits = 1) => (digits > 0 ? `${VI}0.${'0'.repeat(digits)}` : `${VI}0`),
  date: 'dd/mm/yyyy',
} as const;

export type SheetColumn = {
  key: string;
  header: string;
  /** in characters; a width from the header and the values otherwise */
  width?: number;
  kind?: 'text' | 'integer' | 'number' | 'percent' | 'date';
  /** decimals for 'number' and 'percent' (1 by default) */
  digits?: number;
};

export type SheetValue = string | number | Date | null | undefined;
export type SheetRow = Record<string, SheetValue>;

export type SheetSpec = {
  /** the tab name; trimmed to Excel's 31 characters without []:*?/\ */
  name: string;
  title: string;
  /** lines under the title: the period, the unit, when it was made */
  subtitle?: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
  /** a bold last row, e.g. { name: 'Tổng cộng', value: 123 } */
  totals?: SheetRow;
};

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function createWorkbook(meta: { creator?: string; title?: string; created?: Date } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? 'Cổng Thi đua - Khen thưởng tỉnh Cao Bằng';
  if (meta.title) wb.title = meta.title;
  // Callers pass the app clock's time (lib/clock); the file's own timestamps are not business time.
  if (meta.created) {
    wb.created = meta.created;
    wb.modified = meta.created;
  }
  return wb;
}

export function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

/** A 'YYYY-MM-DD' day as the Date Excel stores (midnight UTC: exceljs counts serials in UTC). */
export function dayValue(day: Day): Date {
  const d = parseDay(day);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function cellValue(column: SheetColumn, value: SheetValue): ExcelJS.CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (column.kind === 'date' && typeof value === 'string') return dayValue(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function numFmt(column: SheetColumn): string | undefined {
  switch (column.kind) {
    case 'integer':
      return NUMBER_FORMATS.integer;
    case 'number':
      return NUMBER_FORMATS.number(column.digits);
    case 'percent':
      return NUMBER_FORMATS.percent(column.digits);
    case 'date':
      return NUMBER_FORMATS.date;
    default:
      return undefined;
  }
}

function autoWidth(column: SheetColumn, rows: SheetRow[]): number {
  if (column.width) return column.width;
  if (column.kind === 'date') return 12;
  const longest = rows.reduce((max, r) => Math.max(max, String(r[column.key] ?? '').length), 0);
  const headerWords = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  const numeric = column.kind && column.kind !== 'text';
  return Math.min(60, Math.max(numeric ? 10 : 8, headerWords + 2, longest + 2));
}

/** A sheet laid out as a report: title block, header row (frozen, filtered), rows, optional totals. */
export function addReportSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(spec.name), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = spec.columns.length;
  const block = [spec.title, ...(spec.subtitle ?? [])];
  block.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { name: FONT, size: i === 0 ? 14 : 12, bold: i === 0, italic: i > 0 };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
    if (i === 0) row.height = 24;
  });

  const headerRowNumber = block.length + 2;
  const header = ws.getRow(headerRowNumber);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
    cell.border = BOX;
    ws.getColumn(i + 1).width = autoWidth(c, spec.rows);
  });
  header.height = 32;

  const write = (values: SheetRow, bold: boolean) => {
    const row = ws.addRow(spec.columns.map((c) => cellValue(c, values[c.key])));
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: FONT, size: 12, bold };
      cell.border = BOX;
      const format = numFmt(c);
      if (format) cell.numFmt = format;
      cell.alignment = { vertical: 'top', wrapText: !c.kind || c.kind === 'text', horizontal: c.kind === 'date' ? 'center' : undefined };
    });
  };
  for (const r of spec.rows) write(r, false);
  if (spec.totals) write(spec.totals, true);

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` }];
  if (spec.rows.length > 0) ws.autoFilter = { from: { row: headerRowNumber, column: 1 }, to: { row: headerRowNumber + spec.rows.length, column: width } };
  ws.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;
  return ws;
}

/** The .xlsx bytes of a workbook. */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
