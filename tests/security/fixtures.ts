/**
 * The world the security tests act on: Cao Bằng with a user of every role, two communes ("own": the
 * unit of the unit officer and head; "other": a commune none of them belongs to), and makers of
 * every record an action needs, each in the state the action starts from. A maker either creates a
 * fresh record or puts the unit's one record back into that state, so a call that succeeded
 * (submitted a report, voted, published a model) never leaves the next case a consumed record.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { ProposalStatus, Role, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { dayToDate, setClock } from '@/lib/clock';
import { hashPassword } from '@/lib/auth/password';
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
import { ROLES } from '@/lib/auth/permissions';

/** The day every case runs on: Q3/2026 open and on time, the 2027 registration window open. */
export const NOW = '2026-10-05T09:00:00+07:00';
export const PASSWORD = 'Matkhau@2026';

export type UnitKey = 'own' | 'other';
export const OWN = 'Xã Cốc Pàng';
export const OTHER = 'Xã Đức Long';

let sequence = 0;
/** A number never used before in this file's database: unique codes, names, usernames. */
export const next = () => ++sequence;

// Bytes the upload checks judge by content (the first bytes); the rest need not be a whole file.
export const pdfBytes = () => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, ...new Array(600).fill(0x20)]);
export const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]);
export const pdf = (name = 'minh-chung.pdf') => new File([pdfBytes()], name, { type: 'application/pdf' });
export const png = (name = 'anh.png') => new File([pngBytes()], name, { type: 'image/png' });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function actorFor(role: Role, unitId: number | null, name: string, passwordHash: string): Promise<Actor> {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const user = await db.user.create({ data: { provinceId: province.id, username: `security.${role.toLowerCase()}.${next()}`, passwordHash, displayName: name, role, unitId } });
  const unit = unitId === null ? null : await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  // As getActor does: a unit head's own units are the unit and everything below it.
  const below =
    role === 'UNIT_HEAD' && unitId !== null
      ? (
          await db.$queryRaw<Array<{ id: number }>>`
            WITH RECURSIVE tree AS (SELECT id FROM "Unit" WHERE "parentId" = ${unitId} UNION ALL SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id)
            SELECT id FROM tree`
        ).map((r) => r.id)
      : [];
  return { id: user.id, username: user.username, name, role, provinceId: province.id, unitId, unitName: unit?.name ?? null, ownUnitIds: unitId === null ? [] : [unitId, ...below] };
}

type Forms = { plain: string; disclosure: string; council: string; ruled: string; spare: string };

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Built once per test file (the clock at NOW). */
export async function buildWorld() {
  setClock(NOW);
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const unitOf = (name: string) => db.unit.findFirstOrThrow({ where: { provinceId: province.id, name }, select: { id: true, name: true, groupId: true } });
  const units = { own: await unitOf(OWN), other: await unitOf(OTHER) };
  const home = { REVIEWER: 'Sở Nội vụ', COUNCIL_MEMBER: 'Hội đồng Thi đua - Khen thưởng tỉnh', LEADER: 'Văn phòng UBND tỉnh' } as Partial<Record<Role, string>>;
  const passwordHash = await hashPassword(PASSWORD);

  const actors = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const unitId = role === 'UNIT_OFFICER' || role === 'UNIT_HEAD' ? units.own.id : home[role] ? (await unitOf(home[role]!)).id : null;
    actors[role] = await actorFor(role, unitId, `Người thử ${role}`, passwordHash);
  }
  // The other commune's own staff: they prepare its records (the matrix actors never belong to it).
  const staff: Record<UnitKey, { officer: Actor; head: Actor }> = {
    own: { officer: actors.UNIT_OFFICER, head: actors.UNIT_HEAD },
    other: { officer: await actorFor('UNIT_OFFICER', units.other.id, 'Cán bộ xã khác', passwordHash), head: await actorFor('UNIT_HEAD', units.other.id, 'Chủ tịch xã khác', passwordHash) },
  };
  const reviewer = actors.REVIEWER;
  const admin = actors.ADMIN;

  const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId: province.id, code: 'TD-2026-2030' } });
  const period = (type: 'QUARTER' | 'YEAR', year: number, number: number) =>
    db.reportingPeriod.findFirstOrThrow({ where: { campaignId: campaign.id, type, year, number, isBaseline: false }, select: { id: true } });
  const q3 = await period('QUARTER', 2026, 3);
  const q2 = await period('QUARTER', 2026, 2);

  const form = async (where: Record<string, unknown>) =>
    (
      await db.commendationForm.findFirstOrThrow({
        where: { provinceId: province.id, active: true, awardedByUnit: false, kind: { in: ['TITLE', 'FORM'] }, recipient: { in: ['INDIVIDUAL', 'INDIVIDUAL_OR_COLLECTIVE'] }, ...where },
        orderBy: { code: 'asc' },
      })
    ).code;
  const ruledForm = await db.eligibilityRule.findFirstOrThrow({ where: { provinceId: province.id }, orderBy: { id: 'asc' } });
  const forms: Forms = {
    plain: await form({ needsCouncilVote: false, needsPublicDisclosure: false }),
    disclosure: await form({ needsPublicDisclosure: true }),
    council: await form({ needsCouncilVote: true }),
    ruled: ruledForm.formCode,
    spare: '',
  };
  // A form none of the flows above uses, for the catalogue editor to change at will.
  forms.spare = (await db.commendationForm.findFirstOrThrow({ where: { provinceId: province.id, code: { notIn: Object.values(forms).filter(Boolean) } }, orderBy: { code: 'desc' } })).code;

  // Records of the administration pages, edited (not consumed) by their update actions.
  const adminProvince = await db.province.create({ data: { code: `T${next()}`, name: 'Tỉnh thử quản trị' } });
  const adminUnit = await db.unit.create({ data: { provinceId: province.id, name: 'Xã thử quản trị', kind: 'COMMUNE' } });
  const adminUser = await actorFor('LEADER', adminUnit.id, 'Người dùng thử quản trị', passwordHash);
  const adminPerson = await db.person.create({ data: { unitId: adminUnit.id, fullName: 'Nông Văn Thử', position: 'Công chức' } });
  // The catalogue editor works on a spare campaign: the seeded one stays as the reports need it.
  const spareCampaign = await db.campaign.create({
    data: { provinceId: province.id, code: 'TD-THU-2031', name: 'Phong trào thử', theme: 'Thử', startYear: 2031, endYear: 2038, active: false },
  });
  const spareArea = await db.contestArea.create({ data: { campaignId: spareCampaign.id, code: 'LV-THU', name: 'Lĩnh vực thử' } });
  const spareElement = await db.dataElement.create({
    data: { campaignId: spareCampaign.id, code: 'THU_SO_LIEU', name: 'Số liệu thử', unitLabel: 'hồ sơ', valueType: 'INTEGER', overTime: 'FLOW', periodTypes: ['QUARTER'], reporterGroups: ['COMMUNES'] },
  });
  const spareIndicator = await db.indicator.create({
    data: { campaignId: spareCampaign.id, contestAreaId: spareArea.id, code: 'THU-CHI-TIEU', name: 'Chỉ tiêu thử', unitLabel: 'hồ sơ', comparison: 'AT_LEAST', targetValue: 10, horizon: 'BY_YEAR', horizonYear: 2035, sourceText: 'Thử', formula: 'THU_SO_LIEU' },
  });
  await db.indicatorElement.create({ data: { indicatorId: spareIndicator.id, elementId: spareElement.id } });

  const world = { province, units, actors, staff, reviewer, admin, campaign, q3, q2, forms, passwordHash, adminProvince, adminUnit, adminUser, adminPerson, spareCampaign, spareElement, spareIndicator };
  return { ...world, ...(await makers(world)) };
}

type Base = {
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
async function makers(base: Base) {
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
    storedFile: (unitId: number | null, bytes: Uint8Array, name: string, mime: string) => storedFile(base, unitId, bytes, name, mime),
    XLSX,
  };
}
