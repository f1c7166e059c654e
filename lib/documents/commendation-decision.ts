/**
 * The commendation decision (quyết định khen thưởng): "Về việc tặng …", its legal basis, Điều 1 that
 * awards the collectives and persons of the attached list, the articles on effect and execution, the
 * signature and the list itself (danh sách kèm theo) on its own page.
 */
import type { Document } from 'docx';
import { countText, dayText, type Day } from './format';
import { buildOfficialDocument, CAO_BANG_PEOPLES_COMMITTEE, signatureLines, type Block, type Issuer } from './nd30';
import type { TableCellValue } from './nd30-table';

export type Awardee = {
  kind: 'PERSON' | 'COLLECTIVE';
  /** "Ông Nguyễn Văn An" / "Phòng Văn hóa - Xã hội" */
  name: string;
  /** a person's position, written before the unit: "Chủ tịch UBND xã" */
  position?: string;
  unit: string;
  /** the title or form awarded: "Bằng khen của Chủ tịch UBND tỉnh" */
  form: string;
};

export type CommendationDecisionSpec = {
  /** "123/QĐ-UBND"; "/QĐ-UBND" for a draft before the number is given */
  number: string;
  date: Day;
  signer: string;
  /** "CHỦ TỊCH" or "PHÓ CHỦ TỊCH" (then signed "KT. CHỦ TỊCH") */
  signerTitle: string;
  /** "TM. ỦY BAN NHÂN DÂN" when the decision is the committee's rather than its chairman's */
  onBehalfOf?: string;
  issuer?: Issuer;
  /** centred under the title; the chairman's authority by default */
  authority?: string;
  /** who issues it, in running text, for the list's "(Kèm theo Quyết định … của …)" */
  issuedBy?: string;
  /** the summary: "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" */
  subject: string;
  /** "Căn cứ …" lines, each ending with ";" */
  basis: string[];
  /** "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …" */
  proposal?: string;
  /** what the awardees did: "đã có thành tích xuất sắc trong phong trào thi đua … năm 2026" */
  achievement: string;
  awardees: Awardee[];
  /** extra clauses of Điều 1 (e.g. the reward money) */
  article1Clauses?: string[];
  article2?: string;
  article3?: string;
  recipients?: string[];
};

const DEFAULT_AUTHORITY = 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG';
const DEFAULT_ISSUED_BY = 'Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng';

function whoText(collectives: number, persons: number): string {
  const parts = [collectives > 0 ? `${countText(collectives)} tập thể` : '', persons > 0 ? `${countText(persons)} cá nhân` : ''].filter(Boolean);
  return parts.join(' và ');
}

function article1(spec: CommendationDecisionSpec): string {
  const collectives = spec.awardees.filter((a) => a.kind === 'COLLECTIVE').length;
  const persons = spec.awardees.length - collectives;
  const forms = [...new Set(spec.awardees.map((a) => a.form))];
  const who = whoText(collectives, persons);
  return forms.length === 1
    ? `Tặng ${forms[0]} cho ${who} ${spec.achievement} (có danh sách kèm theo).`
    : `Khen thưởng ${who} ${spec.achievement}, với các hình thức trong danh sách kèm theo.`;
}

function listRows(awardees: Awardee[]): TableCellValue[][] {
  const groups: Array<[string, Awardee[]]> = [
    ['Tập thể', awardees.filter((a) => a.kind === 'COLLECTIVE')],
    ['Cá nhân', awardees.filter((a) => a.kind === 'PERSON')],
  ];
  const rows: TableCellValue[][] = [];
  let group = 0;
  for (const [label, members] of groups) {
    if (members.length === 0) continue;
    group += 1;
    rows.push([{ text: `${group === 1 ? 'I' : 'II'}. ${label} (${countText(members.length)})`, bold: true, span: 4 }]);
    members.forEach((a, i) => rows.push([String(i + 1), a.name, a.position ? `${a.position}, ${a.unit}` : a.unit, a.form]));
  }
  return rows;
}

export function buildCommendationDecision(spec: CommendationDecisionSpec): Document {
  if (spec.awardees.length === 0) throw new Error('documents: a commendation decision needs at least one awardee');
  const issuedBy = spec.issuedBy ?? DEFAULT_ISSUED_BY;
  const body: Block[] = [
    ...spec.basis.map((text): Block => ({ type: 'basis', text })),
    ...(spec.proposal ? [{ type: 'basis', text: spec.proposal } as Block] : []),
    { type: 'centered', text: 'QUYẾT ĐỊNH:' },
    { type: 'article', number: 1, text: article1(spec), clauses: spec.article1Clauses },
    { type: 'article', number: 2, text: spec.article2 ?? 'Quyết định này có hiệu lực kể từ ngày ký.' },
    {
      type: 'article',
      number: 3,
      text:
        spec.article3 ??
        'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    },
  ];
  return buildOfficialDocument({
    issuer: spec.issuer ?? CAO_BANG_PEOPLES_COMMITTEE,
    number: spec.number,
    date: spec.date,
    kind: 'QUYẾT ĐỊNH',
    title: [spec.subject],
    authority: spec.authority ?? DEFAULT_AUTHORITY,
    body,
    signature: { lines: signatureLines(spec.signerTitle, spec.onBehalfOf), name: spec.signer },
    recipients: spec.recipients ?? ['Như Điều 3', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Lưu: VT, NV'],
    appendix: {
      heading: ['DANH SÁCH', 'tập thể, cá nhân được khen thưởng'],
      note: `(Kèm theo Quyết định số ${spec.number.startsWith('/') ? `     ${spec.number}` : spec.number} ngày ${dayText(spec.date)} của ${issuedBy})`,
      body: [
        {
          type: 'table',
          table: {
            columns: [
              { header: 'STT', width: 0.8, align: 'center' },
              { header: 'Tập thể, cá nhân', width: 3 },
              { header: 'Chức vụ, đơn vị', width: 3.4 },
              { header: 'Hình thức khen thưởng', width: 2.4 },
            ],
            rows: listRows(spec.awardees),
          },
        },
      ],
    },
    properties: { title: `Quyết định ${spec.number} ${spec.subject}` },
  });
}
