import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { appraiseProposal, openDisclosure } from '@/lib/proposals/appraisal-service';
import { commentFormToken, getPublicComments, postPublicComment } from '@/lib/proposals/public-comments';
import { getPublicDisclosures } from '@/lib/proposals/disclosure-queries';
import { getProposalDetail } from '@/lib/proposals/queries';
import { domainError, makeActor } from './admin-fixtures';
import { COMMUNE, person, proposeFor } from './proposal-fixtures';

let officer: Actor;
let head: Actor;
let reviewer: Actor;
let proposalId: number;

const OPENED = '2026-11-26T09:00:00+07:00';
// The window runs 27/11–10/12/2026; 02/12 10:00 is inside it.
const DURING = new Date('2026-12-02T10:00:00+07:00').getTime();

/** A comment posted `seconds` after its form was issued, at `at`. */
async function post(text: string, address: string, options: { seconds?: number; at?: number; website?: string; id?: number } = {}) {
  const at = options.at ?? DURING;
  const id = options.id ?? proposalId;
  setClock(new Date(at - (options.seconds ?? 20) * 1000));
  const token = commentFormToken(id);
  setClock(new Date(at));
  return postPublicComment({ proposalId: id, authorName: null, contact: null, text, token, website: options.website }, address);
}

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên');
  setClock(OPENED);
  const nominee = await db.person.create({ data: { unitId: officer.unitId!, fullName: 'Người thử Công khai', position: 'Phó Chủ tịch UBND xã', birthYear: 1980 } });
  const proposal = await proposeFor(officer, nominee.id, 'CSTD_TINH', head);
  await appraiseProposal(reviewer, { proposalId: proposal.id, version: 2, note: 'Đủ điều kiện công khai.' });
  await openDisclosure(reviewer, { proposalId: proposal.id, version: 3 });
  proposalId = proposal.id;
});

beforeEach(() => setClock(new Date(DURING)));

describe('the public page lists proposals while their window is open', () => {
  it('shows the nominee, unit, form, window and achievements, and nothing private', async () => {
    setClock(OPENED);
    expect((await getPublicDisclosures('04'))!.proposals).toEqual([]);
    setClock('2026-11-27T08:00:00+07:00');
    const [shown] = (await getPublicDisclosures('04'))!.proposals;
    expect(shown).toMatchObject({ id: proposalId, nominee: 'Người thử Công khai', position: 'Phó Chủ tịch UBND xã', unit: COMMUNE, year: 2026, form: { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh' } });
    expect(shown.start.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(shown.end.toISOString().slice(0, 10)).toBe('2026-12-10');
    expect(JSON.stringify(shown)).not.toMatch(/1980|birthYear|eligib|appraisal/i);
    setClock('2026-12-10T23:00:00+07:00');
    expect((await getPublicDisclosures('04'))!.proposals).toHaveLength(1);
    setClock('2026-12-11T00:01:00+07:00');
    expect((await getPublicDisclosures('04'))!.proposals).toEqual([]);
  });
});

describe('public comments', () => {
  it('takes five comments an hour from one address and refuses the sixth', async () => {
    for (let i = 1; i <= 5; i++) await post(`Ý kiến số ${i}: đồng ý với đề nghị.`, '203.0.113.7', { at: DURING + i * 1000 });
    const sixth = await domainError(post('Ý kiến số 6: đồng ý với đề nghị.', '203.0.113.7', { at: DURING + 6000 }));
    expect(sixth).toMatchObject({ code: 'RATE_LIMITED', messageKey: 'commendation.public.rateLimited' });
    // Another address is not held back, and an hour later the first one may post again.
    await post('Ý kiến từ một địa chỉ khác.', '198.51.100.4', { at: DURING + 7000 });
    await post('Ý kiến sau một giờ: vẫn đồng ý.', '203.0.113.7', { at: DURING + 3_601_000 + 1000 });
    const stored = await db.publicComment.findMany({ where: { proposalId } });
    expect(stored).toHaveLength(7);
    // The address is kept only as a keyed hash.
    expect(stored.every((c) => c.ipHash.length === 43 && !c.ipHash.includes('203.0.113.7'))).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'proposal.public-comment', entityId: String(proposalId), actorId: null } })).toBe(7);
  });

  it('refuses a filled honeypot, a form sent too fast or forged, and a closed window, storing nothing', async () => {
    const before = await db.publicComment.count();
    expect(await domainError(post('Một ý kiến từ người máy gửi tự động.', '192.0.2.1', { website: 'http://spam.example' }))).toMatchObject({ messageKey: 'commendation.public.spam' });
    expect(await domainError(post('Gửi ngay khi vừa mở trang ra.', '192.0.2.1', { seconds: 1 }))).toMatchObject({ messageKey: 'commendation.public.tooFast' });
    const forged = await domainError(postPublicComment({ proposalId, authorName: null, contact: null, text: 'Mã biểu mẫu giả mạo.', token: `${proposalId}.1.${'A'.repeat(43)}` }, '192.0.2.1'));
    expect(forged).toMatchObject({ messageKey: 'commendation.public.formExpired' });
    const closed = await domainError(post('Góp ý sau khi đã hết hạn công khai.', '192.0.2.1', { at: new Date('2026-12-11T09:00:00+07:00').getTime() }));
    expect(closed).toMatchObject({ code: 'NOT_FOUND', messageKey: 'commendation.public.closed' });
    expect(await db.publicComment.count()).toBe(before);
  });

  it('reaches Home Affairs on the proposal page, and no one else', async () => {
    await post('<script>alert(1)</script> Đề nghị xem lại thành tích năm 2025.', '192.0.2.9');
    const comments = await getPublicComments(reviewer, proposalId);
    // Stored as typed; the page renders it as text.
    expect(comments.map((c) => c.text)).toContain('<script>alert(1)</script> Đề nghị xem lại thành tích năm 2025.');
    expect((await getProposalDetail(reviewer, proposalId)).publicComments?.length).toBe(comments.length);
    expect((await domainError(getPublicComments(officer, proposalId))).code).toBe('FORBIDDEN');
    expect((await getProposalDetail(officer, proposalId)).publicComments).toBeNull();
  });
});
