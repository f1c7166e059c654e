/**
 * Demo data of the council and decisions: one decision issued last year, with awardees of units
 * other than the demo ones (so the public page of decisions is not empty), and an Emulation Flag
 * proposal of Xã Quảng Uyên whose public disclosure is over, waiting for Home Affairs to put it
 * before the council (the end-to-end scenario takes it from there). No session is created.
 * Created once (nothing is done if the decision exists); SEED_DEMO=1 only.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { audit } from '@/lib/audit';
import { dateToDay, dayToDate, vnDay } from '@/lib/clock';
import { addWorkingDays } from '@/lib/commendation/working-days';
import { decisionDocx, type DecisionAwardee } from '@/lib/decisions/document';

const FLAG_UNIT = 'Xã Quảng Uyên';

type PastAward = { unit: string; person: [fullName: string, position: string] | null; formCode: string };

const PAST: PastAward[] = [
  { unit: 'Phường Nùng Trí Cao', person: null, formCode: 'BANG_KHEN_CT_UBND_TINH' },
  { unit: 'Sở Giáo dục và Đào tạo', person: null, formCode: 'BANG_KHEN_CT_UBND_TINH' },
  { unit: 'Sở Y tế', person: ['Lương Thị Hằng', 'Trưởng phòng Nghiệp vụ Y'], formCode: 'BANG_KHEN_CT_UBND_TINH' },
  { unit: 'Xã Hòa An', person: ['Đàm Văn Toàn', 'Công chức Văn hóa - Xã hội'], formCode: 'BANG_KHEN_CT_UBND_TINH' },
];

function storedFile(tx: Tx, owner: { provinceId: number; unitId: number | null; uploadedById: number }, name: string, mimeType: string, bytes: Uint8Array) {
  return tx.storedFile.create({
    data: {
      ...owner,
      name,
      mimeType,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      blob: { create: { data: Buffer.from(bytes) } },
    },
  });
}

/** A one-page PDF whose text says what it is (ASCII: the demo dossier only needs to open). */
function demoPdf(title: string): Uint8Array {
  const stream = `BT /F1 14 Tf 72 770 Td (${title.replace(/[()\\]/g, ' ')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function seedDemoCouncil(tx: Tx, provinceId: number, log: (line: string) => void) {
  const today = vnDay();
  const lastYear = Number(today.slice(0, 4)) - 1;
  const number = `1850/QĐ-UBND`;
  if (await tx.decision.findUnique({ where: { provinceId_number: { provinceId, number } }, select: { id: true } })) return;
  const reviewer = await tx.user.findFirst({ where: { provinceId, username: 'noivu' }, select: { id: true, displayName: true } });
  const province = await tx.province.findUnique({ where: { id: provinceId }, select: { name: true } });
  if (!reviewer || !province) return;
  const actor = { id: reviewer.id, name: reviewer.displayName, provinceId };
  const units = await tx.unit.findMany({
    where: { provinceId, name: { in: [...PAST.map((p) => p.unit), FLAG_UNIT] } },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  const unitOf = (name: string) => units.find((u) => u.name === name);
  const forms = new Map((await tx.commendationForm.findMany({ where: { provinceId }, select: { code: true, name: true, kind: true } })).map((f) => [f.code, f]));

  // Last year's decision: registry lines and the signed Word document, as the decision page writes them.
  const date = `${lastYear}-12-22`;
  const awards: Array<{ award: PastAward; unitId: number; personId: number | null; awardee: DecisionAwardee }> = [];
  for (const award of PAST) {
    const unit = unitOf(award.unit);
    const form = forms.get(award.formCode);
    if (!unit || !form) continue;
    let personId: number | null = null;
    if (award.person) {
      const [fullName, position] = award.person;
      const person = (await tx.person.findFirst({ where: { unitId: unit.id, fullName } })) ?? (await tx.person.create({ data: { unitId: unit.id, fullName, position } }));
      personId = person.id;
    }
    const awardee: DecisionAwardee = award.person
      ? { kind: 'PERSON', name: award.person[0], position: award.person[1], unit: unit.name, form: form.name }
      : { kind: 'COLLECTIVE', name: unit.name, position: null, unit: unit.parent?.name ?? province.name.replace(/^Tỉnh /u, 'tỉnh '), form: form.name };
    awards.push({ award, unitId: unit.id, personId, awardee });
  }
  if (awards.length === 0) return;
  const text = {
    number,
    date,
    signer: 'Hoàng Văn Thái',
    signerTitle: 'PHÓ CHỦ TỊCH',
    title: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    issuer: 'Chủ tịch UBND tỉnh Cao Bằng',
    proposalRef: `Tờ trình số 212/TTr-SNV ngày 15/12/${lastYear}`,
    years: [lastYear],
    councilDays: [],
  };
  const docx = await decisionDocx(text, [...awards.filter((a) => a.awardee.kind === 'COLLECTIVE'), ...awards.filter((a) => a.awardee.kind === 'PERSON')].map((a) => a.awardee));
  const file = await storedFile(tx, { provinceId, unitId: null, uploadedById: reviewer.id }, `Quyết định ${number.replace('/', '-')}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', new Uint8Array(docx));
  const recordedAt = new Date(`${date}T03:00:00Z`);
  const decision = await tx.decision.create({
    data: { provinceId, number, date: dayToDate(date), signer: text.signer, signerTitle: text.signerTitle, title: text.title, issuer: text.issuer, fileId: file.id, createdById: reviewer.id, createdAt: recordedAt },
  });
  for (const a of awards) {
    await tx.registryEntry.create({
      data: {
        provinceId,
        year: lastYear,
        kind: forms.get(a.award.formCode)!.kind,
        code: a.award.formCode,
        personId: a.personId,
        unitId: a.unitId,
        source: 'DECISION',
        decisionId: decision.id,
        decisionNumber: number,
        decisionDate: dayToDate(date),
        issuer: text.issuer,
        createdById: reviewer.id,
        createdAt: recordedAt,
      },
    });
  }
  await audit(tx, actor, { action: 'decision.record', entityType: 'Decision', entityId: decision.id, after: { number, date, demo: true, awardees: awards.length }, at: recordedAt });

  // The Emulation Flag proposal of Xã Quảng Uyên: appraised, disclosed for 10 working days, the window over.
  const flagUnit = unitOf(FLAG_UNIT);
  if (flagUnit) {
    const holidays = (await tx.holiday.findMany({ where: { provinceId }, select: { day: true } })).map((h) => dateToDay(h.day));
    const disclosureStart = addWorkingDays(today, -15, holidays);
    const disclosureEnd = addWorkingDays(disclosureStart, 9, holidays);
    const at = (day: string) => new Date(`${day}T02:00:00Z`);
    const proposal = await tx.proposal.create({
      data: {
        provinceId,
        unitId: flagUnit.id,
        year: Number(today.slice(0, 4)),
        formCode: 'CO_THI_DUA_UBND_TINH',
        recipient: 'COLLECTIVE',
        recipientUnitId: flagUnit.id,
        achievements:
          'Dẫn đầu Cụm thi đua các xã phía Đông: hoàn thành vượt 12/14 chỉ tiêu kinh tế - xã hội; thu ngân sách đạt 118% dự toán; tỷ lệ hộ nghèo giảm 5,1 điểm phần trăm; 100% thủ tục hành chính tiếp nhận trực tuyến; xây dựng 3 mô hình dân vận khéo được nhân rộng.',
        status: 'DISCLOSURE',
        version: 4,
        submissionCount: 1,
        eligible: true,
        appraisalNote: 'Đơn vị dẫn đầu cụm thi đua theo kết quả chấm điểm của cụm; hồ sơ đầy đủ. Đã công khai 10 ngày làm việc, không có ý kiến phản ánh. Đề nghị trình Hội đồng.',
        disclosureStart: dayToDate(disclosureStart),
        disclosureEnd: dayToDate(disclosureEnd),
        submittedAt: at(addWorkingDays(disclosureStart, -6, holidays)),
        appraisedAt: at(addWorkingDays(disclosureStart, -1, holidays)),
        appraisedById: reviewer.id,
        createdById: reviewer.id,
        createdAt: at(addWorkingDays(disclosureStart, -8, holidays)),
      },
    });
    const dossier: Array<['TO_TRINH' | 'BAO_CAO_THANH_TICH' | 'BIEN_BAN_HOP', string]> = [
      ['TO_TRINH', 'To trinh de nghi tang Co thi dua cua UBND tinh - Xa Quang Uyen'],
      ['BAO_CAO_THANH_TICH', 'Bao cao thanh tich tap the - Xa Quang Uyen'],
      ['BIEN_BAN_HOP', 'Bien ban hop Cum thi dua suy ton don vi dan dau'],
    ];
    for (const [docType, title] of dossier) {
      const pdf = await storedFile(tx, { provinceId, unitId: flagUnit.id, uploadedById: reviewer.id }, `${title}.pdf`, 'application/pdf', demoPdf(title));
      await tx.proposalDocument.create({ data: { proposalId: proposal.id, fileId: pdf.id, docType } });
    }
    await audit(tx, actor, { action: 'proposal.open-disclosure', entityType: 'Proposal', entityId: proposal.id, unitId: flagUnit.id, fromStatus: 'APPRAISED', toStatus: 'DISCLOSURE', after: { demo: true, disclosureStart, disclosureEnd }, at: at(disclosureStart) });
  }
  log(`demo: decision ${number} (${awards.length} awardees) and an Emulation Flag proposal ready for the council`);
}
