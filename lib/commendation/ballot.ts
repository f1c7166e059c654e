/**
 * Tally of the council's secret ballot (bỏ phiếu kín) and its approval threshold. Pure: the caller
 * brings the anonymous ballots of a closed session (nothing here knows who cast them) and the
 * session's settings.
 *
 * The threshold is a share of ALL members of the council, not of the ballots cast: a proposal is
 * approved when YES >= ceil(threshold% × members). Nghị định 91/2017 required "ít nhất 90% tổng số
 * thành viên Hội đồng" for the Emulation Flag and the provincial Emulation Fighter; the current
 * figure is a setting. So an abstention, a NO and a member who did not vote all count as not-yes:
 * 7 members at 90% need 7 YES (6.3 rounded up); 10 members at 90% need 9.
 * The arithmetic is in whole basis points, so no float rounding can move the boundary.
 */
export const BALLOT_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export type Tally = {
  yes: number;
  no: number;
  abstain: number;
  /** Ballots cast (yes + no + abstain). */
  cast: number;
  /** Members who did not vote on this proposal. */
  notVoted: number;
};

function assertMembers(memberCount: number) {
  if (!Number.isInteger(memberCount) || memberCount < 1) throw new RangeError(`A council has at least 1 member: ${memberCount}`);
}

/** The threshold in basis points (90 -> 9000); at most 2 decimals, within (0, 100]. */
function basisPoints(thresholdPct: number): number {
  const bp = Math.round(thresholdPct * 100);
  if (!Number.isFinite(thresholdPct) || Math.abs(bp - thresholdPct * 100) > 1e-6) {
    throw new RangeError(`Threshold must be a percentage with at most 2 decimals: ${thresholdPct}`);
  }
  if (bp <= 0 || bp > 10_000) throw new RangeError(`Threshold must be in (0, 100]: ${thresholdPct}`);
  return bp;
}

/** YES votes needed: ceil(thresholdPct × memberCount ÷ 100), exactly. */
export function requiredYes(memberCount: number, thresholdPct: number): number {
  assertMembers(memberCount);
  const bp = basisPoints(thresholdPct);
  return Math.floor((memberCount * bp + 9_999) / 10_000);
}

/** Counts the ballots of one proposal; refuses unknown choices and more ballots than members. */
export function tallyBallots(choices: Iterable<string>, memberCount: number): Tally {
  assertMembers(memberCount);
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const choice of choices) {
    if (choice === 'YES') tally.yes += 1;
    else if (choice === 'NO') tally.no += 1;
    else if (choice === 'ABSTAIN') tally.abstain += 1;
    else throw new RangeError(`Unknown ballot choice: ${choice}`);
  }
  const cast = tally.yes + tally.no + tally.abstain;
  if (cast > memberCount) throw new RangeError(`${cast} ballots for ${memberCount} members`);
  return { ...tally, cast, notVoted: memberCount - cast };
}

export type ProposalResult<Id = number> = {
  proposalId: Id;
  tally: Tally;
  /** YES votes needed (of all members). */
  required: number;
  approved: boolean;
  /** YES as a percentage of all members, for the minutes (e.g. 85.71). */
  yesPctOfMembers: number;
};

export type SessionSettings = { memberCount: number; thresholdPct: number };

/** The result of one proposal in a closed session. */
export function decideProposal<Id>(proposalId: Id, choices: Iterable<string>, settings: SessionSettings): ProposalResult<Id> {
  const tally = tallyBallots(choices, settings.memberCount);
  const required = requiredYes(settings.memberCount, settings.thresholdPct);
  return {
    proposalId,
    tally,
    required,
    approved: tally.yes >= required,
    yesPctOfMembers: Math.round((10_000 * tally.yes) / settings.memberCount) / 100,
  };
}

/** The result of every proposal of a session, in the given order. */
export function sessionResults<Id>(
  settings: SessionSettings,
  proposals: ReadonlyArray<{ proposalId: Id; choices: Iterable<string> }>,
): Array<ProposalResult<Id>> {
  return proposals.map((p) => decideProposal(p.proposalId, p.choices, settings));
}
