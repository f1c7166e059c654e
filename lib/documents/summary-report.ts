/**
 * Summary reports (báo cáo): the per-period summary and the review-year reports of the campaign,
 * sơ kết (mid-term, 2028) and tổng kết (final, 2030). Sections numbered I, II, III …, each with its
 * paragraphs and an optional table, in the layout of Nghị định 30/2020/NĐ-CP.
 */
import type { Document } from 'docx';
import { dayText, roman, type Day } from './format';
import { buildOfficialDocument, CAO_BANG_PEOPLES_COMMITTEE, signatureLines, type Block, type Inline, type Issuer } from './nd30';
import type { TableSpec } from './nd30-table';

export type ReportSection = {
  /** without its number: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" (numbered I., II. … in order) */
  heading: string;
  paragraphs?: Inline[];
  table?: TableSpec & { caption?: string };
  /** paragraphs after the table */
  after?: Inline[];
};

export type SummaryReportSpec = {
  /** "45/BC-UBND" */
  number: string;
  date: Day;
  /** the summary under "BÁO CÁO": "Sơ kết giữa kỳ phong trào thi đua …", one string per line */
  title: string | string[];
  /** the period covered: words ("Quý III năm 2026") or days, written "(Từ ngày … đến ngày …)" */
  period?: string | { from: Day; to: Day };
  intro?: Inline[];
  sections: ReportSection[];
  /** the last sentence, closed with "./."; "Trên đây là báo cáo của Ủy ban nhân dân tỉnh." by default */
  closing?: string;
  signer: string;
  signerTitle: string;
  /** "TM. ỦY BAN NHÂN DÂN" by default, since a report is the committee's */
  onBehalfOf?: string | null;
  issuer?: Issuer;
  recipients?: string[];
};

export type ReviewKind = 'PERIOD' | 'MIDTERM' | 'FINAL';

/** The usual words of the review-year reports: sơ kết for the mid-term, tổng kết for the final one. */
export function reviewTitle(kind: ReviewKind, campaign: string, year: number): string {
  if (kind === 'MIDTERM') return `Sơ kết giữa kỳ (năm ${year}) ${campaign}`;
  if (kind === 'FINAL') return `Tổng kết ${campaign}`;
  return `Kết quả ${campaign} năm ${year}`;
}

function periodText(period: SummaryReportSpec['period']): string | null {
  if (!period) return null;
  return typeof period === 'string' ? period : `(Từ ngày ${dayText(period.from)} đến ngày ${dayText(period.to)})`;
}

export function buildSummaryReport(spec: SummaryReportSpec): Document {
  const title = typeof spec.title === 'string' ? [spec.title] : spec.title;
  const period = periodText(spec.period);
  const body: Block[] = [...(spec.intro ?? []).map((text): Block => ({ type: 'paragraph', text }))];
  spec.sections.forEach((section, i) => {
    body.push({ type: 'heading', text: `${roman(i + 1)}. ${section.heading}` });
    for (const text of section.paragraphs ?? []) body.push({ type: 'paragraph', text });
    if (section.table) {
      const { caption, ...table } = section.table;
      if (caption) body.push({ type: 'paragraph', text: caption, align: 'center', indent: false, italic: true });
      body.push({ type: 'table', table });
    }
    for (const text of section.after ?? []) body.push({ type: 'paragraph', text });
  });
  // The decree closes the body with "./.".
  const closing = (spec.closing ?? 'Trên đây là báo cáo của Ủy ban nhân dân tỉnh.').trim().replace(/\.?(\/\.)?$/, '');
  body.push({ type: 'paragraph', text: `${closing}./.` });
  return buildOfficialDocument({
    issuer: spec.issuer ?? CAO_BANG_PEOPLES_COMMITTEE,
    number: spec.number,
    date: spec.date,
    kind: 'BÁO CÁO',
    title: period ? [...title, period] : title,
    body,
    signature: { lines: signatureLines(spec.signerTitle, spec.onBehalfOf === null ? undefined : (spec.onBehalfOf ?? 'TM. ỦY BAN NHÂN DÂN')), name: spec.signer },
    recipients: spec.recipients ?? ['Văn phòng Chính phủ', 'Bộ Nội vụ', 'Ban Thi đua - Khen thưởng Trung ương', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Lưu: VT, NV'],
    properties: { title: `Báo cáo ${spec.number} ${title.join(' ')}` },
  });
}
