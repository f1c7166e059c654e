import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideProposal, requiredYes, sessionResults, tallyBallots } from '@/lib/commendation/ballot';

const votes = (yes: number, no = 0, abstain = 0) => [...Array(yes).fill('YES'), ...Array(no).fill('NO'), ...Array(abstain).fill('ABSTAIN')];

describe('YES votes required, of all members', () => {
  it('rounds the share of all members up', () => {
    expect(requiredYes(7, 90)).toBe(7); // 6.3
    expect(requiredYes(10, 90)).toBe(9); // exactly 9
    expect(requiredYes(11, 90)).toBe(10); // 9.9
    expect(requiredYes(20, 90)).toBe(18);
    expect(requiredYes(9, 50)).toBe(5); // 4.5
    expect(requiredYes(10, 50)).toBe(5);
    expect(requiredYes(3, 66.67)).toBe(3); // 2.0001
    expect(requiredYes(3, 66.66)).toBe(2); // 1.9998
    expect(requiredYes(7, 100)).toBe(7);
  });
  it('refuses impossible settings', () => {
    expect(() => requiredYes(0, 90)).toThrow(RangeError);
    expect(() => requiredYes(7.5, 90)).toThrow(RangeError);
    expect(() => requiredYes(7, 0)).toThrow(RangeError);
    expect(() => requiredYes(7, 100.01)).toThrow(RangeError);
    expect(() => requiredYes(7, 66.666)).toThrow(RangeError);
    expect(() => requiredYes(7, Number.NaN)).toThrow(RangeError);
  });
  it('is the smallest count reaching the threshold (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 10_000 }), (members, bp) => {
        const need = requiredYes(members, bp / 100);
        expect(need * 10_000).toBeGreaterThanOrEqual(members * bp);
        expect((need - 1) * 10_000).toBeLessThan(members * bp);
        expect(need).toBeLessThanOrEqual(members);
      }),
    );
  });
});

describe('tally', () => {
  it('counts choices and members who did not vote', () => {
    expect(tallyBallots(votes(4, 1, 1), 7)).toEqual({ yes: 4, no: 1, abstain: 1, cast: 6, notVoted: 1 });
    expect(tallyBallots([], 7)).toEqual({ yes: 0, no: 0, abstain: 0, cast: 0, notVoted: 7 });
  });
  it('refuses unknown choices and more ballots than members', () => {
    expect(() => tallyBallots(['YES', 'MAYBE'], 7)).toThrow(/Unknown/);
    expect(() => tallyBallots(votes(8), 7)).toThrow(/8 ballots/);
  });
});

describe('the result of a proposal', () => {
  const seven = { memberCount: 7, thresholdPct: 90 };
  const ten = { memberCount: 10, thresholdPct: 90 };
  it('7 members at 90%: 7 YES pass, 6 YES fail', () => {
    expect(decideProposal(1, votes(7), seven)).toMatchObject({ approved: true, required: 7, yesPctOfMembers: 100 });
    expect(decideProposal(1, votes(6, 1), seven)).toMatchObject({ approved: false, required: 7, yesPctOfMembers: 85.71 });
  });
  it('10 members at 90%: 9 YES pass exactly at the boundary, 8 fail', () => {
    expect(decideProposal(1, votes(9, 1), ten)).toMatchObject({ approved: true, required: 9 });
    expect(decideProposal(1, votes(8, 2), ten)).toMatchObject({ approved: false, required: 9 });
  });
  it('counts abstentions and absent members as not-yes, not as ballots left out', () => {
    // 9 of 9 votes cast are YES (100% of votes) but 9 of 11 members is below 90%.
    expect(decideProposal(1, votes(9), { memberCount: 11, thresholdPct: 90 })).toMatchObject({ approved: false, required: 10 });
    expect(decideProposal(1, votes(8, 0, 2), ten)).toMatchObject({ approved: false, tally: { abstain: 2, notVoted: 0 } });
  });
  it('gives one result per proposal of a session', () => {
    const results = sessionResults(seven, [
      { proposalId: 'flag-1', choices: votes(7) },
      { proposalId: 'flag-2', choices: votes(5, 1, 1) },
      { proposalId: 'cstd-3', choices: votes(6) },
    ]);
    expect(results.map((r) => [r.proposalId, r.approved, r.tally.yes, r.tally.notVoted])).toEqual([
      ['flag-1', true, 7, 0],
      ['flag-2', false, 5, 0],
      ['cstd-3', false, 6, 1],
    ]);
  });
});
