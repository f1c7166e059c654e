import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { appraiseProposal, openDisclosure, receiveProposal, rejectProposal, requestMissingItems } from '@/lib/proposals/appraisal-service';
import { getProposalDetail } from '@/lib/proposals/queries';
import { auditRows, domainError, makeActor } from './admin-fixtures';
import { COMMUNE, current, person, proposeFor } from './proposal-fixtures';

let officer: Actor;
let head: Actor;
let reviewer: Actor;
let reviewer2: Actor;

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên A');
  reviewer2 = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên B');
});

beforeEach(() => setClock('2026-11-26T09:00:00+07:00'));

async function submitted(name: string, formCode = 'BANG_KHEN_CT_UBND_TINH') {
  const p = await person(COMMUNE, name);
  return proposeFor(officer, p.id, formCode, head);
}

describe('Home Affairs appraises', () => {
  it('receives the dossier once, appraises it with notes, and tells the unit', async () => {
    const proposal = await submitted('Người thử Một');
    await receiveProposal(reviewer, { proposalId: proposal.id, version: 2 });
    expect((await domainError(receiveProposal(reviewer2, { proposalId: proposal.id, version: 2 }))).messageKey).toBe('commendation.errors.alreadyReceived');
    expect((await getProposalDetail(reviewer, proposal.id)).can).toMatchObject({ receive: false, appraise: true, requestInfo: true, reject: true, openDisclosure: false });
    // The unit cannot appraise its own proposal.
    expect((await domainError(appraiseProposal(head, { proposalId: proposal.id, version: 2, note: 'Tự thẩm định' }))).code).toBe('FORBIDDEN');

    await appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Hồ sơ đầy đủ, đủ điều kiện theo Điều 74.' });
    expect(await current(proposal.id)).toMatchObject({ status: 'APPRAISED', version: 3, appraisalNote: 'Hồ sơ đầy đủ, đủ điều kiện theo Điều 74.', appraisedById: reviewer.id });
    expect(await db.notification.count({ where: { userId: { in: [officer.id, head.id] }, kind: 'PROPOSAL_APPRAISED', link: `/proposals/${proposal.id}` } })).toBe(2);
    expect(await auditRows('proposal.appraise', proposal.id)).toEqual([expect.objectContaining({ actorId: reviewer.id, fromStatus: 'SUBMITTED', toStatus: 'APPRAISED' })]);
    expect(await auditRows('proposal.receive', proposal.id)).toHaveLength(1);
    // A form without disclosure cannot be put on the public page.
    expect((await domainError(openDisclosure(reviewer, { proposalId: proposal.id, version: 3 }))).messageKey).toBe('commendation.flow.noDisclosureNeeded');
  });

  it('rejects with reasons, and the unit is notified with them', async () => {
    const proposal = await submitted('Người thử Hai');
    await rejectProposal(reviewer, { proposalId: proposal.id, version: 2, reason: 'Thành tích chưa tiêu biểu so với các đề nghị cùng đợt.' });
    expect(await current(proposal.id)).toMatchObject({ status: 'REJECTED', rejectionReason: 'Thành tích chưa tiêu biểu so với các đề nghị cùng đợt.' });
    const notes = await db.notification.findMany({ where: { userId: officer.id, kind: 'PROPOSAL_REJECTED', link: `/proposals/${proposal.id}` } });
    expect(notes).toEqual([expect.objectContaining({ params: expect.objectContaining({ reason: 'Thành tích chưa tiêu biểu so với các đề nghị cùng đợt.', nominee: 'Người thử Hai' }) })]);
    expect(await auditRows('proposal.reject', proposal.id)).toEqual([expect.objectContaining({ fromStatus: 'SUBMITTED', toStatus: 'REJECTED' })]);
    // Nothing more can happen to it.
    expect((await domainError(appraiseProposal(reviewer, { proposalId: proposal.id, version: 3, note: 'x' }))).messageKey).toBe('commendation.flow.wrongState');
  });

  it('lets only one of two reviewers acting at once win', async () => {
    const proposal = await submitted('Người thử Ba');
    const results = await Promise.allSettled([
      appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Đạt.' }),
      rejectProposal(reviewer2, { proposalId: proposal.id, version: 2, reason: 'Không đạt.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    // Both saw SUBMITTED: the second one's conditional change finds the version moved on (or, if it
    // looked after the first had finished, the state).
    expect([loser.reason.messageKey]).toContainEqual(expect.stringMatching(/^(alreadyDecided|commendation\.flow\.wrongState)$/));
    const after = await current(proposal.id);
    expect(after.version).toBe(3);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Proposal', entityId: String(proposal.id), action: { in: ['proposal.appraise', 'proposal.reject'] } } });
    expect(audit).toHaveLength(1);
    expect(audit[0].toStatus).toBe(after.status);
  });

  it('refuses a request for missing items from an old version', async () => {
    const proposal = await submitted('Người thử Bốn');
    await appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Đạt.' });
    const late = await domainError(requestMissingItems(reviewer2, { proposalId: proposal.id, version: 2, docTypes: ['BIEN_BAN_HOP'], notes: [] }));
    expect(late).toMatchObject({ code: 'INVALID_STATE', messageKey: 'commendation.flow.wrongState' });
  });
});

describe('public disclosure', () => {
  it('opens from the next working day for 10 working days, skipping the New Year holiday', async () => {
    const proposal = await submitted('Người thử Năm', 'CSTD_TINH');
    await appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Đề nghị công khai.' });
    // Monday 28/12/2026; 01/01/2027 is a public holiday (seeded Holiday row).
    setClock('2026-12-28T10:00:00+07:00');
    const window = await openDisclosure(reviewer, { proposalId: proposal.id, version: 3 });
    expect(window).toEqual({ start: '2026-12-29', end: '2027-01-12' });
    const opened = await current(proposal.id);
    expect(opened.status).toBe('DISCLOSURE');
    expect(opened.disclosureStart?.toISOString().slice(0, 10)).toBe('2026-12-29');
    expect(opened.disclosureEnd?.toISOString().slice(0, 10)).toBe('2027-01-12');
    expect(await auditRows('proposal.open-disclosure', proposal.id)).toEqual([
      expect.objectContaining({ fromStatus: 'APPRAISED', toStatus: 'DISCLOSURE', after: { start: '2026-12-29', end: '2027-01-12', workingDays: 10 } }),
    ]);
  });

  it('reads the holidays and the number of days the administrator set', async () => {
    const proposal = await submitted('Người thử Sáu', 'CSTD_TINH');
    await appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Đề nghị công khai.' });
    await db.setting.upsert({
      where: { provinceId_key: { provinceId: reviewer.provinceId, key: 'commendation.disclosureWorkingDays' } },
      create: { provinceId: reviewer.provinceId, key: 'commendation.disclosureWorkingDays', value: 3 },
      update: { value: 3 },
    });
    await db.holiday.create({ data: { provinceId: reviewer.provinceId, day: new Date('2026-12-01T00:00:00Z'), name: 'Ngày nghỉ thử' } });
    // Thursday 26/11: Friday 27, Monday 30, (Tuesday 01/12 off) Wednesday 02/12.
    expect(await openDisclosure(reviewer, { proposalId: proposal.id, version: 3 })).toEqual({ start: '2026-11-27', end: '2026-12-02' });
    await db.setting.deleteMany({ where: { key: 'commendation.disclosureWorkingDays' } });
  });
});
