/**
 * Data tables inside official documents: thin borders, a bold centred header row repeated on every
 * page, numbers written the Vietnamese way (1.234,5) and aligned right.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { vnNumber } from './format';

export type TableColumn = {
  header: string;
  /** relative width (the columns share the text width in these proportions); 1 by default */
  width?: number;
  align?: 'left' | 'center' | 'right';
  /** fixed decimals for numbers in this column; up to 2 otherwise */
  digits?: number;
};

/** A cell: text, a number (formatted), empty, or text spanning several columns (a group row such as "I. Tập thể"). */
export type TableCellValue = string | number | null | { text: string; bold?: boolean; italic?: boolean; span?: number; align?: 'left' | 'center' | 'right' };

export type TableSpec = { columns: TableColumn[]; rows: TableCellValue[][]; fontSize?: number };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function cell(text: string, width: number, size: number, o: { bold?: boolean; italic?: boolean; align: keyof typeof ALIGN; span?: number }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    borders: BORDERS,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: text
      .split('\n')
      .map((t) => new Paragraph({ alignment: ALIGN[o.align], spacing: { before: 0, after: 0 }, children: [new TextRun({ text: t, size: size * 2, bold: o.bold, italics: o.italic })] })),
  });
}

export function docTable(spec: TableSpec, totalWidth: number, bodySize: number): Table {
  const size = spec.fontSize ?? Math.min(bodySize, 13);
  const weights = spec.columns.map((c) => c.width ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((totalWidth * w) / sum));
  widths[widths.length - 1] += totalWidth - widths.reduce((a, b) => a + b, 0);

  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map((c, i) => cell(c.header, widths[i], size, { bold: true, align: 'center' })),
  });
  const bodyRows = spec.rows.map((values) => {
    let col = 0;
    const cells = values.map((v) => {
      const column = spec.columns[col] ?? spec.columns[spec.columns.length - 1];
      if (v !== null && typeof v === 'object') {
        const span = Math.min(v.span ?? 1, spec.columns.length - col);
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return cell(v.text, width, size, { bold: v.bold, italic: v.italic, align: v.align ?? column.align ?? 'left', span });
      }
      const width = widths[col];
      col += 1;
      if (typeof v === 'number') return cell(vnNumber(v, column.digits), width, size, { align: column.align ?? 'right' });
      return cell(v ?? '', width, size, { align: column.align ?? 'left' });
    });
    return new TableRow({ cantSplit: true, children: cells });
  });

  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow, ...bodyRows],
  });
}
