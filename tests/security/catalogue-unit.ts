/**
 * The catalogue's actions on a unit's own records: reports, registrations, their review, exemplary
 * models, the unit's registry, proposals. See ./catalogue.ts for what an entry says.
 */
import { db } from '@/lib/db';
import { actionsOf, type ActionEntry } from './catalogue-types';
import { next, pdf, png } from './fixtures';

const xlsx = (bytes: Uint8Array | Buffer, name = 'tep.xlsx') => new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

const PROPOSAL_HIDDEN = 'findReadableProposal answers NOT_FOUND for a proposal the caller may not read (another unit\'s, or a draft outside the caller\'s units): its existence is not told';
const ACHIEVEMENTS = 'Hoàn thành xuất sắc nhiệm vụ được giao; chủ trì xây dựng mô hình chuyển đổi số cấp xã, 100% hồ sơ trực tuyến.';

const reporting = actionsOf('lib/reporting/actions.ts');
const registration = actionsOf('lib/registration/actions.ts');
const review = actionsOf('lib/review/actions.ts');
const models = actionsOf('lib/models/actions.ts');
const registry = actionsOf('lib/registry/actions.ts');
const proposals = actionsOf('lib/proposals/actions.ts');

export const UNIT_ACTIONS: ActionEntry[] = [
  // --- Periodic reports (the unit) and their review (Home Affairs)
  reporting('saveDraftAction', 'data', 'unit:edit', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'DRAFT');
    // Two figures and a note, so that malformed input reaches the values too.
    return {
      unitId: r.unitId,
      periodId: r.periodId,
      version: r.version,
      values: { DOSSIERS_TOTAL: '1.200', DOSSIERS_ONLINE: '900' },
      notes: { DOSSIERS_ONLINE: 'Tăng do triển khai dịch vụ công mới.' },
      note: `Ghi chú ${next()}`,
      narrative: 'Thuyết minh kỳ báo cáo.',
    };
  }),
  reporting('submitReportAction', 'data', 'unit:submit', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'DRAFT');
    return { reportId: r.reportId, version: r.version };
  }),
  reporting('addEvidenceAction', 'form', 'unit:edit', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'DRAFT');
    return { reportId: String(r.reportId), elementCode: '', file: pdf(), periodId: String(r.periodId) };
  }),
  reporting('removeEvidenceAction', 'data', 'unit:edit', 'unit', async ({ w, unit }) => {
    const e = await w.evidence(unit);
    return { evidenceId: e.evidenceId, periodId: e.periodId };
  }),
  reporting(
    'excelUploadAction',
    'form',
    'unit:edit',
    'unit',
    async ({ w, unit }) => ({ unitId: String(w.units[unit].id), periodId: String(w.q3.id), file: xlsx(await w.reportTemplate(unit)), intent: 'preview' }),
    { variant: 'preview' },
  ),
  reporting(
    'excelUploadAction',
    'form',
    'unit:edit',
    'unit',
    async ({ w, unit }) => {
      await w.report(unit, 'DRAFT');
      return { unitId: String(w.units[unit].id), periodId: String(w.q3.id), file: xlsx(await w.reportTemplate(unit)), intent: 'import' };
    },
    { variant: 'import' },
  ),
  review('acceptReportAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'SUBMITTED');
    return { reportId: String(r.reportId), version: String(r.version) };
  }),
  review('returnReportAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'SUBMITTED');
    return { reportId: String(r.reportId), version: String(r.version), 'c.general': 'Đề nghị bổ sung minh chứng.' };
  }),
  review('reopenReportAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.report(unit, 'ACCEPTED');
    return { reportId: String(r.reportId), version: String(r.version), reason: 'Điều chỉnh số liệu theo kết quả rà soát.' };
  }),
  review('reopenPeriodAction', 'form', 'review:act', 'unit', async ({ w, unit }) => ({
    periodId: String(w.q3.id),
    unitId: String(w.units[unit].id),
    until: '20/10/2026',
    reason: 'Đơn vị gặp sự cố mạng.',
  })),

  // --- Registrations (the unit) and their review (Home Affairs)
  registration('saveRegistrationAction', 'data', 'unit:edit', 'unit', async ({ w, unit }) => {
    const r = await w.registration(unit, 'DRAFT');
    // One target and one person, so that malformed input reaches them too.
    return {
      unitId: r.unitId,
      year: 2027,
      version: r.version,
      collectiveTitleCode: 'TTLDXS',
      note: `Ghi chú ${next()}`,
      targets: { 'DAR-ONLINE-PUBLIC-SERVICE-USAGE': { value: '95', note: 'Theo kế hoạch của xã.' } },
      individuals: [{ personId: await w.staffPerson(unit), position: 'Công chức', titleCode: 'LDTT' }],
    };
  }),
  registration('submitRegistrationAction', 'data', 'unit:submit', 'unit', async ({ w, unit }) => {
    const r = await w.registration(unit, 'DRAFT');
    return { registrationId: r.registrationId, version: r.version };
  }),
  registration('acceptRegistrationAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.registration(unit, 'SUBMITTED');
    return { registrationId: String(r.registrationId), version: String(r.version) };
  }),
  registration('returnRegistrationAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.registration(unit, 'SUBMITTED');
    return { registrationId: String(r.registrationId), version: String(r.version), 'c.general': 'Đề nghị điều chỉnh chỉ tiêu.' };
  }),
  registration('reopenRegistrationAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const r = await w.registration(unit, 'ACCEPTED');
    return { registrationId: String(r.registrationId), version: String(r.version), reason: 'Điều chỉnh theo Nghị quyết mới.' };
  }),

  // --- Exemplary models: the unit writes and submits, Home Affairs curates
  models('createModelAction', 'form', 'model:submit', 'none', async () => ({ title: `Mô hình ${next()}`, summary: 'Tóm tắt.', body: 'Nội dung.', photo: png(), caption: '' })),
  models('updateModelAction', 'form', 'model:submit', 'unit', async ({ w, unit }) => {
    const m = await w.model(unit, 'DRAFT');
    return { id: String(m.id), version: String(m.version), title: 'Tên mới', summary: 'Tóm tắt mới.', body: 'Nội dung mới.' };
  }),
  models('addPhotoAction', 'form', 'model:submit', 'unit', async ({ w, unit }) => {
    const m = await w.model(unit, 'DRAFT');
    return { id: String(m.id), version: String(m.version), photo: png(), caption: 'Ảnh' };
  }),
  models('removePhotoAction', 'form', 'model:submit', 'unit', async ({ w, unit }) => {
    const m = await w.model(unit, 'DRAFT', true);
    return { id: String(m.id), version: String(m.version), photoId: String(m.photoId) };
  }),
  ...(
    [
      ['submit', 'DRAFT', 'model:submit'],
      ['return', 'SUBMITTED', 'model:curate'],
      ['publish', 'SUBMITTED', 'model:curate'],
      ['archive', 'PUBLISHED', 'model:curate'],
    ] as const
  ).map(([transition, from, permission]) =>
    models(
      'moveModelAction',
      'form',
      permission,
      'unit',
      async ({ w, unit }) => {
        const m = await w.model(unit, from);
        return { id: String(m.id), version: String(m.version), transition, note: 'Đề nghị bổ sung ảnh.' };
      },
      { variant: transition },
    ),
  ),

  // --- The unit's commendation registry
  registry('saveYearSheetAction', 'data', 'unit:edit', 'unit', async ({ w, unit }) => {
    const sheet = await w.yearSheet(unit);
    return { unitId: w.units[unit].id, year: 2026, fingerprint: sheet.fingerprint, rows: [{ personId: null, awards: [], rating: null, discipline: null, initiatives: [] }] };
  }),
  ...(['preview', 'import'] as const).map((intent) =>
    registry('registryImportAction', 'form', 'unit:edit', 'unit', async ({ w, unit }) => ({ unitId: String(w.units[unit].id), intent, file: xlsx(await w.registryTemplate(unit)) }), {
      variant: intent,
    }),
  ),

  // --- Proposals: the unit prepares and submits, Home Affairs appraises
  proposals('createProposalAction', 'form', 'unit:edit', 'none', async ({ w, actor }) => {
    // A proposal is always of the caller's own unit: the nominee is a person of it.
    const unitId = actor?.unitId ?? w.units.own.id;
    const person = await db.person.create({ data: { unitId, fullName: `Người được đề nghị ${next()}` } });
    return { recipient: 'INDIVIDUAL', personId: String(person.id), recipientUnitId: '', formCode: w.forms.plain, year: '2026', achievements: ACHIEVEMENTS, docType: 'TO_TRINH', file: pdf('to-trinh.pdf') };
  }),
  proposals(
    'updateProposalAction',
    'form',
    'unit:edit',
    'unit',
    async ({ w, unit }) => {
      const p = await w.proposal(unit, 'DRAFT');
      return { proposalId: String(p.proposalId), version: String(p.version), recipient: 'INDIVIDUAL', personId: String(p.personId), recipientUnitId: '', formCode: w.forms.plain, year: '2026', achievements: ACHIEVEMENTS };
    },
    { hides: PROPOSAL_HIDDEN },
  ),
  proposals(
    'addDocumentAction',
    'form',
    'unit:edit',
    'unit',
    async ({ w, unit }) => {
      const p = await w.proposal(unit, 'DRAFT');
      return { proposalId: String(p.proposalId), version: String(p.version), docType: 'BAO_CAO_THANH_TICH', file: pdf('bao-cao.pdf') };
    },
    { hides: PROPOSAL_HIDDEN },
  ),
  proposals(
    'removeDocumentAction',
    'data',
    'unit:edit',
    'unit',
    async ({ w, unit }) => {
      const p = await w.proposal(unit, 'DRAFT');
      return { proposalId: p.proposalId, version: p.version, documentId: p.documentId };
    },
    { hides: PROPOSAL_HIDDEN },
  ),
  proposals(
    'submitProposalAction',
    'form',
    'unit:submit',
    'unit',
    async ({ w, unit }) => {
      const p = await w.proposal(unit, 'DRAFT');
      return { proposalId: String(p.proposalId), version: String(p.version), response: '' };
    },
    { hides: PROPOSAL_HIDDEN },
  ),
  ...(
    [
      ['receiveProposalAction', 'SUBMITTED', 'plain', {}],
      ['requestInfoAction', 'SUBMITTED', 'plain', { 'missing[]': 'BIEN_BAN_HOP', other: 'Bản sao bằng khen năm trước.' }],
      ['appraiseProposalAction', 'SUBMITTED', 'plain', { note: 'Đủ điều kiện, hồ sơ đầy đủ.' }],
      ['rejectProposalAction', 'SUBMITTED', 'plain', { reason: 'Chưa đủ số năm liên tục.' }],
      ['openDisclosureAction', 'APPRAISED', 'disclosure', {}],
    ] as const
  ).map(([name, status, form, extra]) =>
    proposals(name, 'form', 'review:act', 'unit', async ({ w, unit }) => {
      const p = await w.proposal(unit, status, form);
      return { proposalId: String(p.proposalId), version: String(p.version), ...extra };
    }),
  ),
];
