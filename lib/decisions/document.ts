/**
 * The decision's Word document and its certificate list (danh sách in bằng), from the recorded
 * decision and its awardees. Pure apart from the document libraries: no I/O.
 */
import { buildCommendationDecision, packDocx, addReportSheet, createWorkbook, workbookBuffer, dayText, type Awardee, type Day } from '@/lib/documents';

export type DecisionAwardee = {
  kind: 'PERSON' | 'COLLECTIVE';
  name: string;
  position: string | null;
  /** the person's unit; for a collective, the body above it ("tỉnh Cao Bằng" at the top) */
  unit: string;
  form: string;
};

export type DecisionText = {
  number: string;
  date: Day;
  signer: string;
  signerTitle: string;
  title: string;
  issuer: string;
  proposalRef?: string | null;
  /** years the achievements were made in */
  years: number[];
  /** meeting days of the council sessions that approved some of the proposals */
  councilDays: Day[];
};

const BASIS = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
];

function yearsText(years: number[]): string {
  const sorted = [...new Set(years)].sort();
  return sorted.length === 1 ? `năm ${sorted[0]}` : `các năm ${sorted.join(', ')}`;
}

export async function decisionDocx(text: DecisionText, awardees: DecisionAwardee[]): Promise<Buffer> {
  const council = [...new Set(text.councilDays)].sort().map((d) => `Căn cứ kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng tỉnh tại phiên họp ngày ${dayText(d)};`);
  const doc = buildCommendationDecision({
    number: text.number,
    date: text.date,
    signer: text.signer,
    signerTitle: text.signerTitle,
    subject: text.title,
    issuedBy: text.issuer,
    basis: [...BASIS, ...council],
    proposal: text.proposalRef ? `Theo đề nghị của Giám đốc Sở Nội vụ tại ${text.proposalRef.replace(/\.$/, '')}.` : 'Theo đề nghị của Giám đốc Sở Nội vụ.',
    achievement: `đã có thành tích xuất sắc trong phong trào thi đua ${yearsText(text.years)}`,
    awardees: awardees.map((a): Awardee => ({ kind: a.kind, name: a.name, position: a.position ?? undefined, unit: a.unit, form: a.form })),
  });
  return packDocx(doc);
}

/** The list the certificates are printed from: one line per awardee, with the decision's number and date. */
export async function certificateWorkbook(decision: { number: string; date: Day; issuer: string }, awardees: DecisionAwardee[]): Promise<Buffer> {
  const wb = createWorkbook({ title: `Danh sách in bằng - Quyết định ${decision.number}` });
  addReportSheet(wb, {
    name: 'Danh sách',
    title: 'DANH SÁCH IN BẰNG, GIẤY CHỨNG NHẬN',
    subtitle: [`Kèm theo Quyết định số ${decision.number} ngày ${dayText(decision.date)} của ${decision.issuer}`],
    columns: [
      { key: 'no', header: 'STT', kind: 'integer', width: 6 },
      { key: 'name', header: 'Tập thể, cá nhân', width: 32 },
      { key: 'position', header: 'Chức vụ', width: 26 },
      { key: 'unit', header: 'Đơn vị', width: 32 },
      { key: 'form', header: 'Hình thức khen thưởng', width: 34 },
      { key: 'number', header: 'Số quyết định', width: 16 },
      { key: 'date', header: 'Ngày quyết định', kind: 'date' },
    ],
    rows: awardees.map((a, i) => ({ no: i + 1, name: a.name, position: a.position ?? '', unit: a.unit, form: a.form, number: decision.number, date: decision.date })),
  });
  return workbookBuffer(wb);
}
