/**
 * Demo commendation proposals of units other than the demo commune, so that Home Affairs' queue,
 * the unit pages and the public disclosure page have content: one in each step (submitted eligible
 * and not, received, asked for missing items, appraised, under disclosure with a public comment,
 * rejected). Xã Cốc Pàng's Nông Thị Hạnh and Hoàng Văn Bình are left to the end-to-end scenarios.
 * Created once (nothing is done if these units have proposals); SEED_DEMO=1 only; runs after the
 * demo registry, whose "nothing yet" check it must not trip.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import { addDays, dateToDay, dayToDate, now, vnDay } from '@/lib/clock';
import { audit } from '@/lib/audit';
import { addWorkingDays } from '@/lib/commendation/working-days';
import { judgeProposal } from '@/lib/proposals/eligibility-facts';
import { disclosureWindowFrom } from '@/lib/proposals/rules';

type DemoProposal = {
  unit: string;
  /** a person of the unit (created if missing), or null: the unit itself */
  person: [fullName: string, position: string] | null;
  formCode: string;
  status: Extract<ProposalStatus, 'SUBMITTED' | 'NEEDS_INFO' | 'APPRAISED' | 'DISCLOSURE' | 'REJECTED'>;
  /** Chiến sĩ thi đua cơ sở in these years (the registry lines the demo needs) */
  cstdYears?: number[];
  /** a recognised initiative in this year */
  initiativeYear?: number;
  received?: boolean;
  achievements: string;
  note?: string;
};

const DEMO: DemoProposal[] = [
  {
    unit: 'Phường Thục Phán',
    person: ['Hoàng Thị Lan Anh', 'Phó Chủ tịch UBND phường'],
    formCode: 'BANG_KHEN_CT_UBND_TINH',
    status: 'SUBMITTED',
    cstdYears: [2024, 2025],
    achievements: 'Chỉ đạo cải cách hành chính của phường: 100% thủ tục hành chính tiếp nhận trực tuyến, không có hồ sơ trễ hạn; vận động nhân dân hiến đất mở rộng 3 tuyến ngõ.',
  },
  {
    unit: 'Xã Bảo Lâm',
    person: ['Lý Văn Quân', 'Công chức Văn phòng - Thống kê'],
    formCode: 'BANG_KHEN_CT_UBND_TINH',
    status: 'SUBMITTED',
    received: true,
    achievements: 'Hoàn thành tốt nhiệm vụ thống kê, số hóa hồ sơ lưu trữ của xã giai đoạn 2015–2025.',
  },
  {
    unit: 'Xã Trùng Khánh',
    person: null,
    formCode: 'TTLDXS',
    status: 'NEEDS_INFO',
    achievements: 'Tập thể UBND xã hoàn thành xuất sắc nhiệm vụ năm; thu ngân sách vượt 15% dự toán; tỷ lệ hộ nghèo giảm 4,2 điểm phần trăm.',
  },
  {
    unit: 'Phường Tân Giang',
    person: ['Đàm Thị Huệ', 'Công chức Văn hóa - Xã hội'],
    formCode: 'BANG_KHEN_CT_UBND_TINH',
    status: 'APPRAISED',
    cstdYears: [2024, 2025],
    achievements: 'Tổ chức tốt công tác an sinh xã hội, chi trả trợ cấp không dùng tiền mặt cho 100% đối tượng bảo trợ xã hội của phường.',
    note: 'Hồ sơ đầy đủ; đủ điều kiện theo Điều 74 Luật Thi đua, khen thưởng. Đề nghị trình khen.',
  },
  {
    unit: 'Xã Hà Quảng',
    person: ['Nông Văn Thành', 'Chủ tịch UBND xã'],
    formCode: 'CSTD_TINH',
    status: 'DISCLOSURE',
    cstdYears: [2023, 2024, 2025],
    initiativeYear: 2025,
    achievements: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; chủ trì mô hình trồng hồi, quế theo chuỗi giá trị giúp 120 hộ thoát nghèo; sáng kiến quản lý đất đai bằng bản đồ số được áp dụng toàn tỉnh.',
    note: 'Đủ điều kiện; đề nghị công khai lấy ý kiến nhân dân trước khi trình Hội đồng.',
  },
  {
    unit: 'Xã Hưng Đạo',
    person: ['Triệu Văn Sáng', 'Công chức Địa chính - Xây dựng'],
    formCode: 'BANG_KHEN_CT_UBND_TINH',
    status: 'REJECTED',
    achievements: 'Hoàn thành nhiệm vụ được giao năm 2025.',
    note: 'Chưa đạt Chiến sĩ thi đua cơ sở hai năm liên tục (Điều 74); thành tích chưa tiêu biểu.',
  },
];

/** A one-page PDF whose text says what it is (ASCII: the demo dossier only needs to open). */
function demoPdf(title: string): Uint8Array {
  const text = title.replace(/[()\\]/g, ' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 14 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 14 Tf 72 770 Td (${text}) Tj ET\nendstream`,
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

export async function seedDemoProposals(tx: Tx, provinceId: number, log: (line: string) => void) {
  const units = await tx.unit.findMany({ where: { provinceId, name: { in: DEMO.map((d) => d.unit) } }, select: { id: true, name: true } });
  if (units.length === 0 || (await tx.proposal.count({ where: { unitId: { in: units.map((u) => u.id) } } })) > 0) return;
  const users = await tx.user.findMany({ where: { provinceId, username: { in: ['admin', 'noivu'] } }, select: { id: true, username: true, displayName: true } });
  const admin = users.find((u) => u.username === 'admin');
  const reviewer = users.find((u) => u.username === 'noivu');
  if (!admin || !reviewer) return;
  const today = vnDay();
  const year = Number(today.slice(0, 4));
  const holidays = (await tx.holiday.findMany({ where: { provinceId }, select: { day: true } })).map((h) => dateToDay(h.day));
  const at = (daysAgo: number, hour = 9) => new Date(dayToDate(addDays(today, -daysAgo)).getTime() + (hour - 7) * 3_600_000);
  let created = 0;

  for (const [i, demo] of DEMO.entries()) {
    const unit = units.find((u) => u.name === demo.unit);
    if (!unit) continue;
    let personId: number | null = null;
    if (demo.person) {
      const [fullName, position] = demo.person;
      const person = (await tx.person.findFirst({ where: { unitId: unit.id, fullName } })) ?? (await tx.person.create({ data: { unitId: unit.id, fullName, position } }));
      personId = person.id;
      // Years as of a 2026 demo, moved along when the demo is seeded in another year.
      const shift = year - 2026;
      for (const y of demo.cstdYears ?? []) {
        await tx.registryEntry.create({ data: { provinceId, year: y + shift, kind: 'TITLE', code: 'CSTD_CO_SO', personId, unitId: unit.id, source: 'IMPORT', createdById: admin.id } });
      }
      if (demo.initiativeYear) {
        await tx.registryEntry.create({ data: { provinceId, year: demo.initiativeYear + shift, kind: 'INITIATIVE', code: 'SANG_KIEN_TINH', personId, unitId: unit.id, source: 'IMPORT', note: 'Quản lý đất đai bằng bản đồ số', createdById: admin.id } });
      }
    }
    const submittedAt = at(6 - i);
    const nominee = { provinceId, formCode: demo.formCode, recipient: personId ? ('INDIVIDUAL' as const) : ('COLLECTIVE' as const), personId, recipientUnitId: personId ? null : unit.id, year };
    const eligibility = await judgeProposal(tx, nominee, dateToDay(submittedAt));
    const reviewed = at(Math.max(0, 4 - i), 15);
    const disclosure = demo.status === 'DISCLOSURE' ? disclosureWindowFrom(addWorkingDays(today, -2, holidays), 10, holidays) : null;
    const proposal = await tx.proposal.create({
      data: {
        ...nominee,
        unitId: unit.id,
        achievements: demo.achievements,
        status: demo.status,
        version: 2 + (demo.status === 'SUBMITTED' ? 0 : 1) + (disclosure ? 1 : 0),
        submissionCount: 1,
        eligibility: eligibility as unknown as Prisma.InputJsonValue,
        eligible: eligibility.eligible,
        submittedAt,
        submittedById: admin.id,
        createdById: admin.id,
        createdAt: at(8 - i),
        ...(demo.status === 'APPRAISED' || demo.status === 'DISCLOSURE' ? { appraisalNote: demo.note, appraisedAt: reviewed, appraisedById: reviewer.id } : {}),
        ...(demo.status === 'REJECTED' ? { rejectionReason: demo.note } : {}),
        ...(disclosure ? { disclosureStart: dayToDate(disclosure.start), disclosureEnd: dayToDate(disclosure.end) } : {}),
      },
    });
    const bytes = demoPdf(`To trinh de nghi khen thuong so ${proposal.id}`);
    const file = await tx.storedFile.create({
      data: {
        provinceId,
        unitId: unit.id,
        uploadedById: admin.id,
        name: `to-trinh-${proposal.id}.pdf`,
        mimeType: 'application/pdf',
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        blob: { create: { data: Buffer.from(bytes) } },
      },
    });
    await tx.proposalDocument.create({ data: { proposalId: proposal.id, fileId: file.id, docType: 'TO_TRINH' } });

    const comment = (kind: string, text: string) => tx.proposalComment.create({ data: { proposalId: proposal.id, authorId: reviewer.id, kind, text, createdAt: reviewed } });
    if (demo.received || demo.status !== 'SUBMITTED') await comment('RECEIVED', '');
    if (demo.status === 'NEEDS_INFO') {
      await comment('NEEDS_INFO_DOC', 'BIEN_BAN_HOP');
      await comment('NEEDS_INFO_DOC', 'BAO_CAO_THANH_TICH');
      await comment('NEEDS_INFO', 'Danh sách cán bộ, công chức của xã kèm kết quả xếp loại năm 2025.');
    }
    if (demo.status === 'APPRAISED' || demo.status === 'DISCLOSURE') await comment('APPRAISAL', demo.note!);
    if (demo.status === 'REJECTED') await comment('REJECTION', demo.note!);
    if (disclosure) {
      await tx.publicComment.create({
        data: { proposalId: proposal.id, authorName: 'Một người dân xã Hà Quảng', text: 'Tôi đồng ý với đề nghị. Mô hình trồng hồi, quế của xã giúp nhiều hộ có thu nhập ổn định.', ipHash: 'demo', createdAt: now() },
      });
    }
    await audit(tx, { id: admin.id, name: admin.displayName, provinceId }, {
      action: 'proposal.submit',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: unit.id,
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      after: { demo: true, eligible: eligibility.eligible },
      at: submittedAt,
    });
    created += 1;
  }
  if (created) log(`demo: ${created} commendation proposals`);
}
