/**
 * The one document module: official documents in the layout of Nghị định 30/2020/NĐ-CP, appendix I
 * (thể thức và kỹ thuật trình bày văn bản hành chính). Pure: builds a `docx` Document from a plain
 * spec; `packDocx` turns it into the .docx bytes. The concrete builders (commendation decision,
 * summary report) are in their own files and use `buildOfficialDocument`.
 *
 * Layout, as the decree sets it: A4; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman; a borderless two-column header (issuing body and number on the left, Quốc hiệu, Tiêu ngữ and
 * the place-and-date line on the right); the kind and summary of the document centred in bold; body
 * justified with a first-line indent, at least 6 pt between paragraphs; the signature on the right
 * and "Nơi nhận:" on the left; page numbers centred at the top from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { dateLine, type Day } from './format';
import { docTable, type TableSpec } from './nd30-table';
import { recipientLines } from './nd30-signature';

export { type TableSpec, type TableColumn, type TableCellValue } from './nd30-table';
export { recipientLines, signatureLines, CAO_BANG_PEOPLES_COMMITTEE } from './nd30-signature';

export const FONT = 'Times New Roman';
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Millimetres to twips, rounded (docx's own helper truncates 20 mm to 1133). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Width of the text between the margins, in twips. */
export const TEXT_WIDTH = mm(PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right);
const HEADER_LEFT = mm(62);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
const FIRST_LINE_INDENT = mm(12.7);
const PARAGRAPH_GAP = 120; // 6 pt, the decree's minimum between paragraphs
const LINE = 276; // 1.15 lines: between the decree's single and 1.5 lines

/** Half-points, as docx measures font sizes. */
const pt = (size: number) => size * 2;

export type Run = { text: string; bold?: boolean; italic?: boolean };
export type Inline = string | Run[];

export type Block =
  | { type: 'paragraph'; text: Inline; indent?: boolean; align?: 'justify' | 'center' | 'left' | 'right'; bold?: boolean; italic?: boolean }
  /** "Căn cứ …": italic, as the basis of a decision is written */
  | { type: 'basis'; text: string }
  | { type: 'heading'; text: string }
  /** a centred line such as "QUYẾT ĐỊNH:" */
  | { type: 'centered'; text: string; bold?: boolean }
  /** "Điều 1. …": the number in bold, then the text and its clauses */
  | { type: 'article'; number: number; text: Inline; clauses?: string[] }
  | { type: 'bullets'; items: string[] }
  | { type: 'table'; table: TableSpec }
  | { type: 'pageBreak' };

export type Issuer = {
  /** the governing body (cơ quan chủ quản), upper case, not bold, e.g. "UBND TỈNH CAO BẰNG" */
  parent?: string;
  /** the issuing body, one entry per line, upper case, bold: ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"] */
  name: string[];
  /** the place name of the date line: "Cao Bằng" */
  place: string;
};

export type Signature = {
  /** authority and position lines, e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] */
  lines: string[];
  name: string;
};

export type OfficialDocumentSpec = {
  issuer: Issuer;
  /** number and symbol, e.g. "123/QĐ-UBND"; a draft without a number gives "/QĐ-UBND" */
  number: string;
  date: Day;
  /** the kind of document, e.g. "QUYẾT ĐỊNH", "BÁO CÁO" */
  kind: string;
  /** the summary (trích yếu), one string per line: "Về việc tặng Bằng khen …" */
  title: string[];
  /** centred under the kind and title, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" */
  authority?: string;
  body: Block[];
  signature: Signature;
  /** "Nơi nhận" entries without the dash; ";" and the final "." are added */
  recipients: string[];
  /** a list attached after the signature (danh sách kèm theo), on its own page */
  appendix?: { heading: string[]; note?: string; body: Block[] };
  /** body font size, 13 or 14 points */
  fontSize?: 13 | 14;
  /** document properties */
  properties?: { title?: string; subject?: string; creator?: string };
};

type ParagraphOptions = ConstructorParameters<typeof Paragraph>[0] & object;

function runs(text: Inline, base: { size: number; bold?: boolean; italic?: boolean }): TextRun[] {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return parts.map(
    (p) => new TextRun({ text: p.text, size: pt(base.size), bold: 'bold' in p ? (p.bold ?? base.bold) : base.bold, italics: 'italic' in p ? (p.italic ?? base.italic) : base.italic }),
  );
}

function line(text: Inline, size: number, options: Omit<ParagraphOptions, 'children'> & { bold?: boolean; italic?: boolean } = {}): Paragraph {
  const { bold, italic, ...rest } = options;
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...rest, children: runs(text, { size, bold, italic }) });
}

/** A short centred rule (the decree's line under the body name and under the summary): an empty paragraph with a top border. */
function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    // a little air above, so the rule reads as a line under the words, not an underline
    spacing: { before: 80, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** Rough width of a line of text in twips, for sizing the rules: Times New Roman averages about half an em per character. */
export function textWidth(text: string, size: number, upper = false): number {
  return Math.round(text.length * size * 20 * (upper ? 0.62 : 0.48));
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: widths[i], type: WidthType.DXA },
                borders: NO_BORDERS,
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                verticalAlign: VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
  });
}

function header(spec: OfficialDocumentSpec): Table {
  const issuerLines = [
    ...(spec.issuer.parent ? [line(spec.issuer.parent, 13)] : []),
    ...spec.issuer.name.map((n) => line(n, 13, { bold: true })),
  ];
  const longest = Math.max(...spec.issuer.name.map((n) => textWidth(n, 13, true)));
  const left = [...issuerLines, rule(HEADER_LEFT, Math.round(Math.min(longest, HEADER_LEFT) / 2.5))];
  const right = [
    line(QUOC_HIEU, 13, { bold: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      // The decree's line under the Tiêu ngữ is exactly as long as the words: an underline is.
      children: [new TextRun({ text: TIEU_NGU, size: pt(14), bold: true, underline: { type: UnderlineType.SINGLE } })],
    }),
  ];
  const numberLine = spec.number.startsWith('/') ? `Số:       ${spec.number}` : `Số: ${spec.number}`;
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [left, right],
      [[line(numberLine, 13, { spacing: { before: 120, after: 0 } })], [line(dateLine(spec.issuer.place, spec.date), 14, { italic: true, spacing: { before: 120, after: 0 } })]],
    ],
  );
}

function titleBlock(spec: OfficialDocumentSpec, size: number): Paragraph[] {
  const longest = Math.max(...spec.title.map((t) => textWidth(t, size)));
  return [
    line(spec.kind, size, { bold: true, spacing: { before: 360, after: 0 } }),
    ...spec.title.map((t) => line(t, size, { bold: true })),
    rule(TEXT_WIDTH, Math.round(Math.min(longest, TEXT_WIDTH) / 2.5)),
    ...(spec.authority ? [line(spec.authority, size, { bold: true, spacing: { before: 240, after: 120 } })] : []),
  ];
}

const ALIGN = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT };

function bodyParagraph(text: Inline, size: number, o: { indent?: boolean; align?: keyof typeof ALIGN; bold?: boolean; italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'justify'],
    indent: o.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { before: PARAGRAPH_GAP, after: 0, line: LINE, lineRule: LineRuleType.AUTO },
    children: runs(text, { size, bold: o.bold, italic: o.italic }),
  });
}

export function renderBlocks(blocks: Block[], size: number): Array<Paragraph | Table> {
  return blocks.flatMap((b): Array<Paragraph | Table> => {
    switch (b.type) {
      case 'paragraph':
        return [bodyParagraph(b.text, size, b)];
      case 'basis':
        return [bodyParagraph(b.text, size, { italic: true })];
      case 'heading':
        return [bodyParagraph(b.text, size, { bold: true })];
      case 'centered':
        return [line(b.text, size, { bold: b.bold ?? true, spacing: { before: 240, after: 120 } })];
      case 'article': {
        const text = typeof b.text === 'string' ? [{ text: b.text }] : b.text;
        return [bodyParagraph([{ text: `Điều ${b.number}. `, bold: true }, ...text], size), ...(b.clauses ?? []).map((c) => bodyParagraph(c, size))];
      }
      case 'bullets':
        return b.items.map((item) => bodyParagraph(`- ${item}`, size));
      case 'table':
        // the paragraph after keeps Word from joining this table with a following one (the signature)
        return [docTable(b.table, TEXT_WIDTH, size), new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })];
      case 'pageBreak':
        return [new Paragraph({ pageBreakBefore: true, children: [] })];
    }
  });
}

function signatureBlock(spec: OfficialDocumentSpec, size: number): Table {
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: 'Nơi nhận:', size: pt(12), bold: true, italics: true })] }),
    ...recipientLines(spec.recipients).map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: r, size: pt(11) })] })),
  ];
  const right = [
    ...spec.signature.lines.map((l) => line(l, size, { bold: true })),
    // room for the hand signature and the seal
    ...[1, 2, 3, 4].map(() => line('', size)),
    line(spec.signature.name, size, { bold: true }),
  ];
  const leftWidth = Math.round(TEXT_WIDTH * 0.45);
  return layoutTable([leftWidth, TEXT_WIDTH - leftWidth], [[[new Paragraph({ children: [] }), ...left], [new Paragraph({ children: [] }), ...right]]]);
}

export function buildOfficialDocument(spec: OfficialDocumentSpec): Document {
  const size = spec.fontSize ?? 14;
  const appendix = spec.appendix
    ? [
        new Paragraph({ pageBreakBefore: true, children: [] }),
        ...spec.appendix.heading.map((h) => line(h, size, { bold: true })),
        ...(spec.appendix.note ? [line(spec.appendix.note, size, { italic: true })] : []),
        rule(TEXT_WIDTH, Math.round(TEXT_WIDTH / 4)),
        ...renderBlocks(spec.appendix.body, size),
      ]
    : [];
  return new Document({
    title: spec.properties?.title ?? `${spec.kind} ${spec.title.join(' ')}`,
    subject: spec.properties?.subject,
    creator: spec.properties?.creator ?? spec.issuer.name.join(' '),
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(size), language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // A4 in twips as Word writes it
            size: { width: 11906, height: 16838 },
            margin: { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right), header: mm(10), footer: mm(10) },
          },
        },
        headers: {
          // the decree numbers pages from the second, centred at the top
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(size) })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [header(spec), ...titleBlock(spec, size), ...renderBlocks(spec.body, size), signatureBlock(spec, size), ...appendix],
      },
    ],
  });
}

/** The .docx bytes of a document. */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

