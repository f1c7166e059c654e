/**
 * The makers of records in the state an action starts from (see ./fixtures.ts): each creates a fresh
 * record, or puts the unit's one record back into that state.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { ProposalStatus, Role, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { dayToDate, setClock } from '@/lib/clock';
import { demoValue } from '@/prisma/seed/demo-values';
import { addEvidence, saveReportDraft } from '@/lib/reporting/report-service';
import { reportingContext } from '@/lib/reporting/context';
import { templateFor } from '@/lib/reporting/excel-service';
import { saveRegistrationDraft } from '@/lib/registration/registration-service';
import { registrationContext } from '@/lib/registration/context';
import { importTemplateFor } from '@/lib/registry/import-service';
import { getYearSheet } from '@/lib/registry/year-sheet';
import { addProposalToSession, createCouncilSession, openCouncilSession } from '@/lib/council/sessions';
import { recordDecision } from '@/lib/decisions/record-decision';
import { commentFormToken } from '@/lib/proposals/public-comments';
import { next, NOW, pdf, pdfBytes, pngBytes, type UnitKey } from './fixtures-common';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Forms = { plain: string; disclosure: string; council: string; ruled: string; spare: string };

export type Base = {
  province: { id: number };
  units: Record<UnitKey, { id: number; name: string; groupId: number | null }>;
  actors: Record<Role, Actor>;
  staff: Record<UnitKey, { officer: Actor; head: Actor }>;
  reviewer: Actor;
  admin: Actor;
  campaign: { id: number };
  q3: { id: number };
  forms: Forms;
};

async function storedFile(base: Base, unitId: number | null, bytes: Uint8Array, name: string, mimeType: string) {
  return db.storedFile.create({
    data: { provinceId: base.province.id, unitId, uploadedById: base.admin.id, name, mimeType, size: bytes.byteLength, sha256: 'x'.repeat(64), blob: { create: { data: Buffer.from(bytes) } } },
    select: { id: true },
  });
}

/** The makers of records in a given state, for a unit. */
export async function makers(base: Base) {
  const { units, staff, reviewer } = base;

  // --- Reports of Q3/2026: one per unit, complete (valid figures, the evidence required), its status set per case.
  const reportIds: Partial<Record<UnitKey, number>> = {};
  async function completeReport(key: UnitKey) {
    const officer = staff[key].officer;
    const unitId = units[key].id;
    const ctx = await reportingContext(db, unitId, base.q3.id, base.province.id);
    const codes = ctx.elements.map((e) => e.code);
    const figures = new Map<string, number>();
    for (let pass = 0; pass < 2; pass++) for (const code of codes) figures.set(code, demoValue(code, unitId, 2026, 3, figures));
    const saved = await saveReportDraft(officer, {
      unitId,
      periodId: base.q3.id,
      version: 0,
      values: Object.fromEntries(codes.map((c) => [c, String(figures.get(c))])),
      notes: {},
      note: null,
      narrative: 'Thuyết minh kỳ báo cáo.',
    });
    for (const element of ctx.elements.filter((e) => e.evidenceRequired)) await addEvidence(officer, { reportId: saved.reportId, elementCode: element.code, file: pdf() });
    return saved.reportId;
  }
  async function report(key: UnitKey, status: WorkflowStatus) {
    reportIds[key] ??= await completeReport(key);
    const row = await db.report.update({ where: { id: reportIds[key] }, data: { status }, select: { id: true, version: true } });
    return { reportId: row.id, version: row.version, periodId: base.q3.id, unitId: units[key].id };
  }
  async function evidence(key: UnitKey) {
    const { reportId } = await report(key, 'DRAFT');
    const file = await storedFile(base, units[key].id, pdfBytes(), 'minh-chung.pdf', 'application/pdf');
    const row = await db.reportEvidence.create({ data: { reportId, fileId: file.id } });
    return { evidenceId: row.id, fileId: file.id, periodId: base.q3.id };
  }
  // Templates are built once per unit: building a workbook is slow, and its content does not matter here.
  const templates = new Map<string, Promise<Buffer>>();
  const once = (key: string, make: () => Promise<Buffer>) => (templates.has(key) ? templates.get(key)! : (templates.set(key, make()), templates.get(key)!));
  const reportTemplate = (key: UnitKey) => once(`report:${key}`, async () => (await templateFor(staff[key].officer, units[key].id, base.q3.id)).bytes);

  // --- Registrations for 2027: one per unit, complete, its status set per case.
  const registrationIds: Partial<Record<UnitKey, number>> = {};
  async function completeRegistration(key: UnitKey) {
    const ctx = await registrationContext(base.province.id, units[key].id, 2027);
    const value = (kind: string) => (kind === 'YES_NO' ? { value: '1' } : kind === 'RANGE' ? { min: '1', max: '2' } : { value: '10' });
    const saved = await saveRegistrationDraft(staff[key].officer, {
      unitId: units[key].id,
      year: 2027,
      version: 0,
      collectiveTitleCode: 'TTLDXS',
      note: null,
      targets: Object.fromEntries(ctx.indicators.map((i) => [i.code, value(i.kind)])),
      individuals: [],
    });
    return saved.registrationId;
  }
  async function registration(key: UnitKey, status: WorkflowStatus) {
    registrationIds[key] ??= await completeRegistration(key);
    const row = await db.registration.update({ where: { id: registrationIds[key] }, data: { status }, select: { id: true, version: true } });
    return { registrationId: row.id, version: row.version, unitId: units[key].id };
  }

  // --- Exemplary models: a fresh one per case.
  async function model(key: UnitKey, status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED', withPhoto = false) {
    const created = await db.exemplaryModel.create({
      data: {
        provinceId: base.province.id,
        unitId: units[key].id,
        title: `Mô hình thử ${next()}`,
        summary: 'Tóm tắt mô hình.',
        body: 'Nội dung mô hình.',
        status,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
        createdById: staff[key].officer.id,
      },
    });
    let photoId = 0;
    let fileId = 0;
    if (withPhoto) {
      const file = await storedFile(base, units[key].id, pngBytes(), 'anh.png', 'image/png');
      photoId = (await db.modelPhoto.create({ data: { modelId: created.id, fileId: file.id } })).id;
      fileId = file.id;
    }
    return { id: created.id, version: created.version, photoId, fileId };
  }

  // --- Proposals: a fresh one (and a fresh nominee) per case, with its tờ trình.
  async function proposal(key: UnitKey, status: ProposalStatus, kind: keyof Forms = 'plain', options: { disclosure?: [string, string]; councilSessionId?: number } = {}) {
    const person = await db.person.create({ data: { unitId: units[key].id, fullName: `Người được đề nghị ${next()}`, position: 'Chuyên viên' } });
    const submitted = status !== 'DRAFT';
    const created = await db.proposal.create({
      data: {
        provinceId: base.province.id,
        unitId: units[key].id,
        year: 2026,
        formCode: base.forms[kind],
        recipient: 'INDIVIDUAL',
        personId: person.id,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ được giao; chủ trì xây dựng mô hình chuyển đổi số cấp xã.',
        status,
        eligible: true,
        submissionCount: submitted ? 1 : 0,
        submittedAt: submitted ? new Date('2026-09-01T02:00:00Z') : null,
        appraisedAt: ['APPRAISED', 'DISCLOSURE', 'COUNCIL', 'APPROVED'].includes(status) ? new Date('2026-09-10T02:00:00Z') : null,
        disclosureStart: options.disclosure ? dayToDate(options.disclosure[0]) : null,
        disclosureEnd: options.disclosure ? dayToDate(options.disclosure[1]) : null,
        councilSessionId: options.councilSessionId ?? null,
        createdById: staff[key].officer.id,
      },
    });
    const file = await storedFile(base, units[key].id, pdfBytes(), 'to-trinh.pdf', 'application/pdf');
    const document = await db.proposalDocument.create({ data: { proposalId: created.id, fileId: file.id, docType: 'TO_TRINH' } });
    return { proposalId: created.id, version: created.version, documentId: document.id, fileId: file.id, personId: person.id, unitId: units[key].id };
  }
  /** A proposal of the council's form ready to go on an agenda (its disclosure over, if the form has one). */
  const councilReady = (key: UnitKey) => proposal(key, 'DISCLOSURE', 'council', { disclosure: ['2026-09-01', '2026-09-15'] });

  // --- Council sessions: prepared through the council's own functions, as Home Affairs would.
  async function councilSession(status: 'DRAFT' | 'OPEN', key: UnitKey | null) {
    const session = await createCouncilSession(reviewer, { title: `Phiên họp thử ${next()}`, meetingDate: '2026-10-05' });
    let proposalId = 0;
    if (key) {
      proposalId = (await councilReady(key)).proposalId;
      await addProposalToSession(reviewer, session.id, proposalId);
    }
    if (status === 'OPEN') await openCouncilSession(reviewer, session.id);
    const item = key ? await db.councilItem.findFirstOrThrow({ where: { sessionId: session.id } }) : null;
    return { sessionId: session.id, proposalId, itemId: item?.id ?? 0 };
  }

  // --- A decision (with its document file), for the certificate list and the public file.
  const decided = await proposal('own', 'APPRAISED', 'plain');
  const decision = await recordDecision(reviewer, {
    number: `${next()}/QĐ-UBND`,
    date: '2026-10-01',
    signer: 'Lê Hải Hòa',
    signerTitle: 'CHỦ TỊCH',
    title: 'Về việc khen thưởng',
    issuer: null,
    proposalRef: null,
    proposalIds: [decided.proposalId],
  });

  // --- Public comments: a proposal under disclosure today, and a form token issued a minute ago.
  async function disclosed(key: UnitKey) {
    const p = await proposal(key, 'DISCLOSURE', 'disclosure', { disclosure: ['2026-10-01', '2026-10-20'] });
    setClock(new Date(new Date(NOW).getTime() - 60_000));
    const token = commentFormToken(p.proposalId);
    setClock(NOW);
    return { ...p, token };
  }

  // --- Exports: a finished job with its file.
  async function exportJob() {
    const file = await storedFile(base, null, new TextEncoder().encode('PK not really a workbook'), 'bao-cao.xlsx', XLSX);
    const job = await db.exportJob.create({
      data: { provinceId: base.province.id, kind: 'PERIOD', params: { kind: 'PERIOD' }, status: 'DONE', progress: 100, fileId: file.id, requestedById: reviewer.id },
    });
    return { jobId: job.id };
  }
  const finishedExport = await exportJob();

  // --- Scoring sheets: one for the group of each commune, with a criterion Home Affairs scores.
  const area = await db.contestArea.findFirstOrThrow({ where: { campaignId: base.campaign.id }, orderBy: { sortOrder: 'asc' } });
  const sheetDefinition = (code = 'MOV') => ({
    areas: [{ code: area.code, weight: 1, criteria: [{ code, name: 'Tổ chức phong trào', source: 'SCORED', maxScore: 10 }] }],
    leaders: { top: 1, minShare: 0.5 },
  });
  for (const key of ['own', 'other'] as const) {
    const groupId = units[key].groupId;
    if (groupId === null) throw new Error(`${units[key].name} is in no cluster`);
    await db.scoringSheet.upsert({ where: { groupId_year: { groupId, year: 2026 } }, create: { provinceId: base.province.id, groupId, year: 2026, definition: sheetDefinition() }, update: {} });
  }
  async function scoringSheet(key: UnitKey) {
    const groupId = units[key].groupId!;
    const sheet = await db.scoringSheet.findUniqueOrThrow({ where: { groupId_year: { groupId, year: 2026 } } });
    return { groupId, year: 2026, unitId: units[key].id, version: sheet.version };
  }

  const registryTemplate = (key: UnitKey) => once(`registry:${key}`, async () => (await importTemplateFor(staff[key].officer, units[key].id)).bytes);
  const yearSheet = (key: UnitKey) => getYearSheet(staff[key].officer, units[key].id, 2026);

  /** A person of the unit, for registrations' individual lines. */
  const persons = new Map<UnitKey, number>();
  async function staffPerson(key: UnitKey) {
    if (!persons.has(key)) persons.set(key, (await db.person.create({ data: { unitId: units[key].id, fullName: `Cán bộ ${units[key].name}`, position: 'Công chức' } })).id);
    return persons.get(key)!;
  }

  async function notification(userId: number) {
    return db.notification.create({ data: { userId, kind: 'PERIOD_OPENED', params: {}, link: '/reports' } });
  }

  return {
    report,
    evidence,
    reportTemplate,
    registration,
    model,
    proposal,
    councilReady,
    councilSession,
    decision: { id: decision.id },
    disclosed,
    finishedExport,
    area,
    sheetDefinition,
    scoringSheet,
    registryTemplate,
    yearSheet,
    notification,
    staffPerson,
    storedFile: (unitId: number | null, bytes: Uint8Array, name: string, mime: string) => storedFile(base, unitId, bytes, name, mime),
    XLSX,
  };
}
