import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { addProposalDocument, createProposal, removeProposalDocument, submitProposal, updateProposal } from '@/lib/proposals/proposal-service';
import { requestMissingItems } from '@/lib/proposals/appraisal-service';
import { findReadableProposal } from '@/lib/proposals/lookup';
import { getProposalDetail, getProposalList } from '@/lib/proposals/queries';
import { asStoredEligibility } from '@/lib/proposals/rules';
import { auditRows, domainError, makeActor } from './admin-fixtures';
import { ACHIEVEMENTS, COMMUNE, OTHER_COMMUNE, current, pdf, person, png, proposeFor, titles } from './proposal-fixtures';

const LAW_74 = 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74';
let officer: Actor;
let head: Actor;
let reviewer: Actor;
let outsider: Actor;
let outsiderHead: Actor;
let hanh: { id: number };
let binh: { id: number };

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên Nội vụ');
  outsider = await makeActor('UNIT_OFFICER', OTHER_COMMUNE, 'Cán bộ xã khác');
  outsiderHead = await makeActor('UNIT_HEAD', OTHER_COMMUNE, 'Chủ tịch xã khác');
  hanh = await person(COMMUNE, 'Người thử Hạnh');
  binh = await person(COMMUNE, 'Người thử Bình');
  // Chiến sĩ thi đua cơ sở: Hạnh in the two years before 2026, Bình with a gap in 2024.
  await titles(hanh.id, 'CSTD_CO_SO', [2024, 2025], head.id);
  await titles(binh.id, 'CSTD_CO_SO', [2023, 2025], head.id);
});

beforeEach(() => setClock('2026-11-26T09:00:00+07:00'));

describe('a unit proposes, its head submits, eligibility is judged and stored', () => {
  it('stores the verdict citing the rule when the person held the title in the two previous years', async () => {
    const { id } = await createProposal(officer, { recipient: 'INDIVIDUAL', personId: hanh.id, recipientUnitId: null, formCode: 'BANG_KHEN_CT_UBND_TINH', year: 2026, achievements: ACHIEVEMENTS, docType: 'TO_TRINH', file: pdf() });
    const draft = await db.proposal.findUniqueOrThrow({ where: { id }, include: { documents: true } });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, unitId: officer.unitId, personId: hanh.id, eligibility: null });
    expect(draft.documents).toEqual([expect.objectContaining({ docType: 'TO_TRINH' })]);

    // The officer prepares; only the head submits.
    expect((await domainError(submitProposal(officer, { proposalId: id, version: 1 }))).code).toBe('FORBIDDEN');
    const { eligible } = await submitProposal(head, { proposalId: id, version: 1 });
    expect(eligible).toBe(true);

    const submitted = await current(id);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2, submissionCount: 1, submittedById: head.id, eligible: true });
    const stored = asStoredEligibility(submitted.eligibility)!;
    expect(stored).toMatchObject({ eligible: true, judgedOn: '2026-11-26', throughYear: 2025, rule: { formCode: 'BANG_KHEN_CT_UBND_TINH', version: 1, legalSource: LAW_74 } });
    expect(stored.verdicts).toContainEqual(
      expect.objectContaining({ passed: true, reasonKey: 'eligibility.consecutiveYearsMet', params: expect.objectContaining({ code: 'CSTD_CO_SO', from: 2024, to: 2025 }), legalSource: LAW_74 }),
    );

    // Locked for the unit once submitted; Home Affairs hears of it.
    expect((await domainError(updateProposal(officer, { proposalId: id, version: 2, recipient: 'INDIVIDUAL', personId: hanh.id, recipientUnitId: null, formCode: 'BANG_KHEN_CT_UBND_TINH', year: 2026, achievements: ACHIEVEMENTS }))).code).toBe('INVALID_STATE');
    const notes = await db.notification.findMany({ where: { userId: reviewer.id, kind: 'PROPOSAL_SUBMITTED' } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ link: `/proposals/${id}`, params: expect.objectContaining({ nominee: 'Người thử Hạnh', unit: COMMUNE, form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }) });

    const audit = await db.auditEvent.findMany({ where: { entityType: 'Proposal', entityId: String(id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['proposal.create', 'proposal.submit']);
    expect(audit[1]).toMatchObject({ actorId: head.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', after: expect.objectContaining({ eligible: true, rule: 'BANG_KHEN_CT_UBND_TINH/v1' }) });
  });

  it('lets an ineligible proposal be submitted, saying which year is missing and under which law', async () => {
    const proposal = await proposeFor(officer, binh.id, 'BANG_KHEN_CT_UBND_TINH');
    // The draft already shows the check as it would be today.
    const detail = await getProposalDetail(officer, proposal.id);
    expect(detail.eligibilityIsPreview).toBe(true);
    expect(detail.eligibility?.eligible).toBe(false);

    const { eligible } = await submitProposal(head, { proposalId: proposal.id, version: proposal.version });
    expect(eligible).toBe(false);
    const stored = asStoredEligibility((await current(proposal.id)).eligibility)!;
    expect(stored.eligible).toBe(false);
    expect(stored.verdicts).toContainEqual(
      expect.objectContaining({ passed: false, reasonKey: 'eligibility.consecutiveYearsMissing', params: expect.objectContaining({ code: 'CSTD_CO_SO', found: 1, missing: '2024' }), legalSource: LAW_74 }),
    );
    expect(stored.verdicts[0]).toMatchObject({ node: 'any_of', passed: false });
  });

  it('refuses a form the nominee cannot receive, a person of another unit, a second open proposal and a picture as a dossier', async () => {
    const base = { recipient: 'INDIVIDUAL' as const, recipientUnitId: null, year: 2026, achievements: ACHIEVEMENTS };
    const collectiveOnly = await domainError(createProposal(officer, { ...base, personId: hanh.id, formCode: 'CO_THI_DUA_UBND_TINH' }));
    expect(collectiveOnly.fieldErrors.formCode).toEqual(['commendation.errors.recipientMismatchIndividual']);
    const stranger = await person(OTHER_COMMUNE, 'Người xã khác');
    expect((await domainError(createProposal(officer, { ...base, personId: stranger.id, formCode: 'CSTD_TINH' }))).fieldErrors.personId).toEqual(['commendation.errors.personNotInUnit']);
    const twice = await domainError(createProposal(officer, { ...base, personId: hanh.id, formCode: 'BANG_KHEN_CT_UBND_TINH' }));
    expect(twice.fieldErrors.formCode).toEqual([expect.objectContaining({ messageKey: 'commendation.errors.duplicate' })]);
    const oldYear = await domainError(createProposal(officer, { ...base, personId: hanh.id, formCode: 'CSTD_TINH', year: 2020 }));
    expect(oldYear.fieldErrors.year).toEqual(['commendation.errors.yearOutOfRange']);
    const picture = await domainError(createProposal(officer, { ...base, personId: hanh.id, formCode: 'CSTD_TINH', docType: 'TO_TRINH', file: png() }));
    expect(picture).toMatchObject({ code: 'FILE_REJECTED', fieldErrors: { file: ['commendation.errors.fileType'] } });
    expect(await db.proposal.count({ where: { personId: hanh.id, formCode: 'CSTD_TINH' } })).toBe(0);
  });

  it('needs a tờ trình before the head can submit', async () => {
    const lan = await person(COMMUNE, 'Người thử Lan');
    const { id } = await createProposal(officer, { recipient: 'INDIVIDUAL', personId: lan.id, recipientUnitId: null, formCode: 'CSTD_TINH', year: 2026, achievements: ACHIEVEMENTS });
    const refused = await domainError(submitProposal(head, { proposalId: id, version: 1 }));
    expect(refused).toMatchObject({ code: 'VALIDATION', messageKey: 'commendation.errors.toTrinhRequired' });
    await addProposalDocument(officer, { proposalId: id, version: 1, docType: 'BAO_CAO_THANH_TICH', file: pdf('bao-cao.pdf') });
    await addProposalDocument(officer, { proposalId: id, version: 2, docType: 'TO_TRINH', file: pdf() });
    const [report] = await db.proposalDocument.findMany({ where: { proposalId: id, docType: 'BAO_CAO_THANH_TICH' } });
    // A stale version (someone else changed the dossier) is refused.
    expect((await domainError(removeProposalDocument(officer, { proposalId: id, version: 2, documentId: report.id }))).code).toBe('STALE');
    await removeProposalDocument(officer, { proposalId: id, version: 3, documentId: report.id });
    expect(await db.storedFile.count({ where: { id: report.fileId } })).toBe(0);
    await submitProposal(head, { proposalId: id, version: 4 });
    expect((await current(id)).status).toBe('SUBMITTED');
    expect((await auditRows('proposal.document-remove', id))).toHaveLength(1);
  });
});

describe('a collective', () => {
  it('is judged from its members’ registry lines, or by hand where the rule has no criteria as data', async () => {
    const commune = officer.unitId!;
    const flagless = await createProposal(officer, { recipient: 'COLLECTIVE', personId: null, recipientUnitId: commune, formCode: 'TTLDXS', year: 2026, achievements: ACHIEVEMENTS, docType: 'TO_TRINH', file: pdf() });
    const { eligible } = await submitProposal(head, { proposalId: flagless.id, version: 1 });
    expect(eligible).toBe(false);
    const stored = asStoredEligibility((await current(flagless.id)).eligibility)!;
    // Members' shares are read from the persons of the commune (Hạnh and Bình hold CSTĐCS in 2025).
    expect(stored.verdicts).toContainEqual(expect.objectContaining({ reasonKey: 'eligibility.membersCstdMet', params: expect.objectContaining({ count: 2, year: 2025 }) }));
    expect(stored.verdicts).toContainEqual(expect.objectContaining({ passed: false, reasonKey: 'eligibility.consecutiveRatingsMissing', params: expect.objectContaining({ rating: 'HTXSNV' }) }));

    const byHand = await createProposal(officer, { recipient: 'COLLECTIVE', personId: null, recipientUnitId: commune, formCode: 'BANG_KHEN_CT_UBND_TINH', year: 2026, achievements: ACHIEVEMENTS, docType: 'TO_TRINH', file: pdf() });
    await submitProposal(head, { proposalId: byHand.id, version: 1 });
    expect(asStoredEligibility((await current(byHand.id)).eligibility)).toMatchObject({ eligible: true, manualReview: true, verdicts: [expect.objectContaining({ reasonKey: 'eligibility.manualReview' })] });
    const row = (await getProposalList(reviewer, { status: 'SUBMITTED' })).rows.find((r) => r.id === byHand.id);
    expect(row).toMatchObject({ eligible: true, manualReview: true, nominee: COMMUNE });
    // A unit outside the commune's tree is not its to propose.
    const other = await db.unit.findFirstOrThrow({ where: { name: OTHER_COMMUNE } });
    const refused = await domainError(createProposal(officer, { recipient: 'COLLECTIVE', personId: null, recipientUnitId: other.id, formCode: 'TTLDXS', year: 2026, achievements: ACHIEVEMENTS }));
    expect(refused.fieldErrors.recipientUnitId).toEqual(['commendation.errors.unitNotInTree']);
  });
});

describe('a request for every missing item, then the resubmission', () => {
  it('sends one consolidated request the unit sees, and the head resubmits with a note', async () => {
    const lan = await person(COMMUNE, 'Người thử Thu');
    const proposal = await proposeFor(officer, lan.id, 'CSTD_TINH', head);
    await requestMissingItems(reviewer, { proposalId: proposal.id, version: 2, docTypes: ['BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP'], notes: ['Xác nhận của cơ quan có thẩm quyền về sáng kiến năm 2025'] });

    const asked = await current(proposal.id);
    expect(asked).toMatchObject({ status: 'NEEDS_INFO', version: 3 });
    const detail = await getProposalDetail(officer, proposal.id);
    expect(detail.openRequest.map((c) => [c.kind, c.text])).toEqual([
      ['NEEDS_INFO_DOC', 'BAO_CAO_THANH_TICH'],
      ['NEEDS_INFO_DOC', 'BIEN_BAN_HOP'],
      ['NEEDS_INFO', 'Xác nhận của cơ quan có thẩm quyền về sáng kiến năm 2025'],
    ]);
    expect(detail.can).toMatchObject({ edit: true, submit: false });
    const notes = await db.notification.findMany({ where: { userId: { in: [officer.id, head.id] }, kind: 'PROPOSAL_NEEDS_INFO' } });
    expect(notes).toHaveLength(2);
    expect(notes[0].params).toMatchObject({ count: 3 });
    // Nothing to ask is no request.
    expect((await domainError(requestMissingItems(reviewer, { proposalId: proposal.id, version: 3, docTypes: [], notes: [] }))).messageKey).toBe('commendation.errors.itemsRequired');

    await addProposalDocument(officer, { proposalId: proposal.id, version: 3, docType: 'BAO_CAO_THANH_TICH', file: pdf('bao-cao.pdf') });
    await addProposalDocument(officer, { proposalId: proposal.id, version: 4, docType: 'BIEN_BAN_HOP', file: pdf('bien-ban.pdf') });
    await submitProposal(head, { proposalId: proposal.id, version: 5, response: 'Đã bổ sung báo cáo thành tích và biên bản họp xét.' });
    const again = await current(proposal.id);
    expect(again).toMatchObject({ status: 'SUBMITTED', submissionCount: 2 });
    expect((await getProposalDetail(reviewer, proposal.id)).openRequest).toEqual([]);
    expect(await db.proposalComment.count({ where: { proposalId: proposal.id, kind: 'RESPONSE' } })).toBe(1);
    const actions = (await db.auditEvent.findMany({ where: { entityType: 'Proposal', entityId: String(proposal.id) }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['proposal.create', 'proposal.submit', 'proposal.request-info', 'proposal.document-add', 'proposal.document-add', 'proposal.submit']);
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: 'PROPOSAL_SUBMITTED', link: `/proposals/${proposal.id}` } })).toBe(2);
  });
});

describe('who sees and changes what', () => {
  it('keeps a unit’s proposals from another unit, and drafts from Home Affairs', async () => {
    const loan = await person(COMMUNE, 'Người thử Loan');
    const proposal = await proposeFor(officer, loan.id, 'CSTD_TINH');
    for (const stranger of [outsider, outsiderHead]) {
      expect((await domainError(findReadableProposal(stranger, proposal.id))).code).toBe('NOT_FOUND');
      expect((await domainError(addProposalDocument(stranger, { proposalId: proposal.id, version: 1, docType: 'OTHER', file: pdf() }))).code).toBe('NOT_FOUND');
    }
    expect((await domainError(submitProposal(outsiderHead, { proposalId: proposal.id, version: 1 }))).code).toBe('NOT_FOUND');
    // A draft is the unit's own business until it is sent.
    expect((await domainError(getProposalDetail(reviewer, proposal.id))).code).toBe('NOT_FOUND');
    expect((await getProposalList(reviewer, {})).rows.map((r) => r.id)).not.toContain(proposal.id);
    expect((await getProposalList(outsider, {})).rows.map((r) => r.id)).not.toContain(proposal.id);
    expect((await getProposalList(officer, {})).rows.map((r) => r.id)).toContain(proposal.id);

    await submitProposal(head, { proposalId: proposal.id, version: 1 });
    expect((await getProposalList(reviewer, { status: 'SUBMITTED' })).rows.map((r) => r.id)).toContain(proposal.id);
    const leader = await makeActor('LEADER', 'Văn phòng UBND tỉnh', 'Lãnh đạo');
    const seen = await getProposalDetail(leader, proposal.id);
    expect(seen.can).toEqual({ edit: false, submit: false, receive: false, requestInfo: false, appraise: false, reject: false, openDisclosure: false });
    expect(seen.publicComments).toBeNull();
    // A reviewer proposes nothing.
    expect((await domainError(createProposal(reviewer, { recipient: 'INDIVIDUAL', personId: loan.id, recipientUnitId: null, formCode: 'CSTD_TINH', year: 2026, achievements: ACHIEVEMENTS }))).code).toBe('FORBIDDEN');
  });
});
