import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import type { BallotChoice } from '@/lib/commendation/ballot';
import { addProposalToSession, closeCouncilSession, createCouncilSession, openCouncilSession, removeProposalFromSession } from '@/lib/council/sessions';
import { castBallot } from '@/lib/council/ballot-box';
import { getCouncilSession, listCouncilCandidates, listCouncilSessions } from '@/lib/council/queries';
import { auditRows, domainError, makeActor } from './admin-fixtures';
import { makeMembers, makeProposal, setThreshold, unitOfficer } from './council-fixtures';

const FLAG = 'CO_THI_DUA_UBND_TINH';
let reviewer: Actor;
let reviewer2: Actor;
let members: Actor[];

beforeAll(async () => {
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên A');
  reviewer2 = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên B');
  members = await makeMembers(7);
  await unitOfficer('Xã Trùng Khánh');
  await unitOfficer('Xã Hòa An');
});

beforeEach(() => {
  setClock('2026-12-01T09:00:00+07:00');
});

/** A flag proposal whose disclosure ended before today, ready for the council. */
const disclosed = (unit: string) => makeProposal({ unit, formCode: FLAG, status: 'DISCLOSURE', disclosure: ['2026-11-03', '2026-11-14'], createdBy: reviewer });

async function openSessionWith(unitNames: string[]) {
  const session = await createCouncilSession(reviewer, { title: `Phiên họp ${unitNames.join(', ')}`, meetingDate: '2026-12-01' });
  const proposals = [];
  for (const name of unitNames) {
    const p = await disclosed(name);
    await addProposalToSession(reviewer, session.id, p.id);
    proposals.push(p);
  }
  await openCouncilSession(reviewer, session.id);
  const items = await db.councilItem.findMany({ where: { sessionId: session.id }, orderBy: { id: 'asc' } });
  return { session, proposals, items };
}

/** Each member's ballot: `plan[m][i]` is member m's choice on item i (undefined: the member does not vote). */
async function vote(sessionId: number, items: Array<{ id: number }>, plan: Array<BallotChoice[] | undefined>) {
  for (const [m, choices] of plan.entries()) {
    if (choices) await castBallot(members[m], sessionId, items.map((item, i) => ({ itemId: item.id, choice: choices[i] })));
  }
}

describe('the council session', () => {
  it('approves at 7 YES of 7 members at 90% and rejects at 6, whether the 7th says no or abstains', async () => {
    await setThreshold(90);
    const { session, proposals, items } = await openSessionWith(['Xã Trùng Khánh', 'Xã Hòa An', 'Xã Quang Trung']);
    const opened = await db.councilSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(opened).toMatchObject({ status: 'OPEN', memberCount: 7 });
    expect(Number(opened.thresholdPct)).toBe(90);

    // item 0: 7 yes; item 1: 6 yes + 1 no; item 2: 6 yes + 1 abstain
    const plan: BallotChoice[][] = Array.from({ length: 6 }, () => ['YES', 'YES', 'YES']);
    await vote(session.id, items, plan);
    // While open, nobody reads a tally: not Home Affairs, not a member.
    expect((await getCouncilSession(reviewer, session.id)).items.every((i) => i.result === null)).toBe(true);
    expect((await getCouncilSession(members[0], session.id)).items.every((i) => i.result === null)).toBe(true);
    await castBallot(members[6], session.id, [
      { itemId: items[0].id, choice: 'YES' },
      { itemId: items[1].id, choice: 'NO' },
      { itemId: items[2].id, choice: 'ABSTAIN' },
    ]);

    const results = await closeCouncilSession(reviewer, session.id);
    expect(results.map((r) => [r.yes, r.no, r.abstain, r.required, r.approved])).toEqual([
      [7, 0, 0, 7, true],
      [6, 1, 0, 7, false],
      [6, 0, 1, 7, false],
    ]);
    const after = await db.proposal.findMany({ where: { id: { in: proposals.map((p) => p.id) } }, orderBy: { id: 'asc' } });
    expect(after.map((p) => p.status)).toEqual(['APPROVED', 'REJECTED', 'REJECTED']);
    expect(after[1].rejectionReason).toBe('Hội đồng Thi đua - Khen thưởng tỉnh không thông qua: 6/7 thành viên đồng ý, cần ít nhất 7 (90% tổng số thành viên Hội đồng).');
    const items2 = await db.councilItem.findMany({ where: { sessionId: session.id }, orderBy: { id: 'asc' } });
    expect(items2.map((i) => i.approved)).toEqual([true, false, false]);

    // After the close, everyone reads the counts.
    const view = await getCouncilSession(members[3], session.id);
    expect(view.items.map((i) => i.result)).toEqual([
      { yes: 7, no: 0, abstain: 0, approved: true },
      { yes: 6, no: 1, abstain: 0, approved: false },
      { yes: 6, no: 0, abstain: 1, approved: false },
    ]);
    expect(view.requiredYes).toBe(7);
  });

  it('counts 6 YES of 7 as not approved when the 7th member does not vote at all', async () => {
    const { session, items } = await openSessionWith(['Xã Nam Tuấn']);
    await vote(session.id, items, [['YES'], ['YES'], ['YES'], ['YES'], ['YES'], ['YES']]);
    const [result] = await closeCouncilSession(reviewer, session.id);
    expect(result).toMatchObject({ yes: 6, no: 0, abstain: 0, required: 7, approved: false });
  });

  it('notifies the proposing unit of a rejection with the count, and of an approval', async () => {
    const { session, proposals, items } = await openSessionWith(['Xã Trùng Khánh', 'Xã Hòa An']);
    await vote(session.id, items, Array.from({ length: 7 }, (_, m) => (m < 5 ? ['YES', 'YES'] : ['YES', 'NO'])));
    await closeCouncilSession(reviewer, session.id);
    const rejected = await db.notification.findMany({ where: { kind: 'PROPOSAL_REJECTED_BY_COUNCIL', dedupeKey: { startsWith: `council-result:${session.id}:${proposals[1].id}:` } } });
    expect(rejected).toHaveLength(1);
    expect(rejected[0].params).toMatchObject({ nominee: 'Xã Hòa An', form: 'Cờ thi đua của Ủy ban nhân dân tỉnh', yes: 5, members: 7, required: 7 });
    expect(String((rejected[0].params as Record<string, unknown>).reason)).toContain('5/7');
    const approved = await db.notification.findMany({ where: { kind: 'PROPOSAL_APPROVED', dedupeKey: { startsWith: `council-result:${session.id}:${proposals[0].id}:` } } });
    expect(approved).toHaveLength(1);
  });

  it('refuses a second ballot from the same member, with a clear reason, and counts the first only', async () => {
    const { session, items } = await openSessionWith(['Xã Quảng Uyên']);
    await castBallot(members[0], session.id, [{ itemId: items[0].id, choice: 'YES' }]);
    const again = await domainError(castBallot(members[0], session.id, [{ itemId: items[0].id, choice: 'NO' }]));
    expect(again).toMatchObject({ code: 'CONFLICT', messageKey: 'council.errors.alreadyVoted' });
    // Two ballots of one member sent at the same moment: the unique key lets exactly one in.
    const racing = await Promise.allSettled([
      castBallot(members[1], session.id, [{ itemId: items[0].id, choice: 'NO' }]),
      castBallot(members[1], session.id, [{ itemId: items[0].id, choice: 'NO' }]),
    ]);
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = racing.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'council.errors.alreadyVoted' });
    const item = await db.councilItem.findUniqueOrThrow({ where: { id: items[0].id } });
    expect([item.yesCount, item.noCount, item.abstainCount]).toEqual([1, 1, 0]);
    expect(await db.councilVote.count({ where: { sessionId: session.id } })).toBe(2);
  });

  it('counts the ballots of all 7 members cast at the same moment', async () => {
    const { session, items } = await openSessionWith(['Xã Phục Hòa', 'Xã Hạnh Phúc']);
    const choices: BallotChoice[][] = [
      ['YES', 'NO'],
      ['YES', 'YES'],
      ['NO', 'ABSTAIN'],
      ['YES', 'YES'],
      ['ABSTAIN', 'YES'],
      ['YES', 'NO'],
      ['YES', 'YES'],
    ];
    await Promise.all(members.map((m, i) => castBallot(m, session.id, items.map((item, k) => ({ itemId: item.id, choice: choices[i][k] })))));
    const counted = await db.councilItem.findMany({ where: { sessionId: session.id }, orderBy: { id: 'asc' } });
    expect(counted.map((c) => [c.yesCount, c.noCount, c.abstainCount])).toEqual([
      [5, 1, 1],
      [4, 2, 1],
    ]);
    expect(await db.councilVote.count({ where: { sessionId: session.id } })).toBe(7);
    const sessions = await listCouncilSessions(members[2]);
    expect(sessions.find((s) => s.id === session.id)).toMatchObject({ voters: 7, votedByMe: true, status: 'OPEN' });
  });

  it('takes a ballot only in an open session, for every item, from a member', async () => {
    const session = await createCouncilSession(reviewer, { title: 'Phiên chưa mở', meetingDate: '2026-12-05' });
    const p = await disclosed('Xã Độc Lập');
    await addProposalToSession(reviewer, session.id, p.id);
    const item = await db.councilItem.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(await domainError(castBallot(members[0], session.id, [{ itemId: item.id, choice: 'YES' }]))).toMatchObject({ messageKey: 'council.errors.sessionNotOpen' });
    // Members do not see sessions in preparation.
    expect(await domainError(getCouncilSession(members[0], session.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await listCouncilSessions(members[0])).some((s) => s.id === session.id)).toBe(false);

    const other = await disclosed('Xã Bế Văn Đàn');
    await addProposalToSession(reviewer, session.id, other.id);
    await openCouncilSession(reviewer, session.id);
    const incomplete = await domainError(castBallot(members[0], session.id, [{ itemId: item.id, choice: 'YES' }]));
    expect(incomplete.code).toBe('VALIDATION');
    expect(Object.keys(incomplete.fieldErrors)).toHaveLength(1);
    expect(await domainError(castBallot(reviewer, session.id, []))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.councilVote.count({ where: { sessionId: session.id } })).toBe(0);

    await closeCouncilSession(reviewer, session.id);
    const items = await db.councilItem.findMany({ where: { sessionId: session.id } });
    const late = await domainError(castBallot(members[0], session.id, items.map((i) => ({ itemId: i.id, choice: 'YES' as const }))));
    expect(late).toMatchObject({ messageKey: 'council.errors.sessionNotOpen' });
  });

  it('puts on the agenda only proposals that need the council, once their disclosure is over', async () => {
    const session = await createCouncilSession(reviewer, { title: 'Phiên kiểm tra điều kiện', meetingDate: '2026-12-10' });
    const stillDisclosed = await makeProposal({ unit: 'Xã Cô Ba', formCode: FLAG, status: 'DISCLOSURE', disclosure: ['2026-11-20', '2026-12-03'], createdBy: reviewer });
    expect(await domainError(addProposalToSession(reviewer, session.id, stillDisclosed.id))).toMatchObject({ messageKey: 'council.errors.flow.disclosureNotOver' });
    const notDisclosed = await makeProposal({ unit: 'Xã Cô Ba', formCode: FLAG, status: 'APPRAISED', createdBy: reviewer });
    expect(await domainError(addProposalToSession(reviewer, session.id, notDisclosed.id))).toMatchObject({ messageKey: 'council.errors.flow.disclosureFirst' });
    const bangKhen = await makeProposal({ unit: 'Xã Cô Ba', formCode: 'BANG_KHEN_CT_UBND_TINH', status: 'APPRAISED', person: 'Nông Văn', createdBy: reviewer });
    expect(await domainError(addProposalToSession(reviewer, session.id, bangKhen.id))).toMatchObject({ messageKey: 'council.errors.flow.noCouncilNeeded' });
    expect(await domainError(addProposalToSession(members[0], session.id, bangKhen.id))).toMatchObject({ code: 'FORBIDDEN' });

    const ready = await disclosed('Xã Cô Ba');
    const candidates = await listCouncilCandidates(reviewer);
    expect(candidates.map((c) => c.id)).toContain(ready.id);
    expect(candidates.map((c) => c.id)).not.toContain(stillDisclosed.id);
    expect(candidates.map((c) => c.id)).not.toContain(bangKhen.id);
    await addProposalToSession(reviewer, session.id, ready.id);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: ready.id } })).toMatchObject({ status: 'COUNCIL', councilSessionId: session.id });
    expect(await domainError(addProposalToSession(reviewer, session.id, ready.id))).toMatchObject({ code: 'INVALID_STATE' });

    await removeProposalFromSession(reviewer, session.id, ready.id);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: ready.id } })).toMatchObject({ status: 'DISCLOSURE', councilSessionId: null });
    expect(await db.councilItem.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await domainError(openCouncilSession(reviewer, session.id))).toMatchObject({ messageKey: 'council.errors.emptySession' });
  });

  it('lets one of two reviewers closing the same session at once win, and audits every step without a choice', async () => {
    const { session, proposals, items } = await openSessionWith(['Xã Minh Khai']);
    await vote(session.id, items, Array.from({ length: 7 }, () => ['YES' as BallotChoice]));
    const closing = await Promise.allSettled([closeCouncilSession(reviewer, session.id), closeCouncilSession(reviewer2, session.id)]);
    expect(closing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((closing.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'STALE' });
    expect(await db.proposal.findUniqueOrThrow({ where: { id: proposals[0].id } })).toMatchObject({ status: 'APPROVED' });

    expect(await auditRows('council.create', session.id)).toHaveLength(1);
    expect(await auditRows('council.open', session.id)).toEqual([expect.objectContaining({ fromStatus: 'DRAFT', toStatus: 'OPEN', after: expect.objectContaining({ memberCount: 7, thresholdPct: 90, requiredYes: 7 }) })]);
    const closes = await auditRows('council.close', session.id);
    expect(closes).toHaveLength(1);
    expect(closes[0].after).toMatchObject({ voters: 7, results: [expect.objectContaining({ proposalId: proposals[0].id, yes: 7, approved: true })] });
    expect(await auditRows('proposal.sendToCouncil', proposals[0].id)).toEqual([expect.objectContaining({ fromStatus: 'DISCLOSURE', toStatus: 'COUNCIL' })]);
    expect(await auditRows('proposal.councilApprove', proposals[0].id)).toEqual([expect.objectContaining({ fromStatus: 'COUNCIL', toStatus: 'APPROVED' })]);
    const votes = await auditRows('council.vote', session.id);
    expect(votes.map((v) => v.actorId).sort()).toEqual(members.map((m) => m.id).sort());
    expect(votes.every((v) => v.before === null && v.after === null && v.fromStatus === null && v.toStatus === null)).toBe(true);
  });

  it('fixes the threshold and the number of members when the session opens', async () => {
    await setThreshold(90);
    const { session, items } = await openSessionWith(['Xã Kim Đồng']);
    // Changed during the session: neither counts for it.
    await setThreshold(60);
    const newcomer = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh', 'Thành viên mới');
    await vote(session.id, items, [['YES'], ['YES'], ['YES'], ['YES'], ['YES'], ['NO'], ['NO']]);
    // The ballot box holds as many ballots as there were members at the opening.
    expect(await domainError(castBallot(newcomer, session.id, [{ itemId: items[0].id, choice: 'YES' }]))).toMatchObject({ messageKey: 'council.errors.ballotBoxFull' });
    const [result] = await closeCouncilSession(reviewer, session.id);
    expect(result).toMatchObject({ yes: 5, required: 7, approved: false });
    // A session opened now takes the new setting and the 8 members: ceil(60% × 8) = 5.
    const next = await openSessionWith(['Xã Thạch An']);
    expect(await db.councilSession.findUniqueOrThrow({ where: { id: next.session.id } })).toMatchObject({ memberCount: 8 });
    expect((await getCouncilSession(reviewer, next.session.id)).requiredYes).toBe(5);
    await db.user.update({ where: { id: newcomer.id }, data: { active: false } });
  });
});
