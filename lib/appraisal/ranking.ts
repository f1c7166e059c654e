/**
 * Scoring and ranking inside one emulation group (khối thi đua: block of provincial departments;
 * cụm thi đua: cluster of communes/wards), and the leading units it proposes for the Emulation Flag
 * (Cờ thi đua của UBND tỉnh). Pure: the caller brings the sheet, each member's attainment
 * (lib/appraisal/attainment) and the scores the group gave.
 *
 * The scoring sheet (bảng chấm điểm) has one section per contest area with a weight; each section
 * has criteria with a maximum score. A criterion is either
 *   ATTAINMENT  computed: maxScore × (indicators ATTAINED ÷ indicators of the list that apply to the
 *               member). An indicator applies when the member has an attainment result for it;
 *               NO_DATA counts as not attained (not reporting must not pay). When none of the list
 *               applies, the criterion is left out of both the member's score and its maximum.
 *   SCORED      scored by the group (0..maxScore, decimals allowed); not yet scored counts 0 and
 *               marks the member's sheet incomplete.
 * Member total = Σ area weight × Σ criterion scores; maximum = the same over applicable criteria;
 * share = total ÷ maximum. Members are ranked by share, so one whose list of applicable indicators
 * is shorter is neither favoured nor penalised.
 *
 * Tie-breaks, in order: (1) higher share; (2) higher area ratio (score ÷ maximum of the area),
 * area by area in the sheet's order, so the sheet's first area is the priority one; (3) more
 * indicators attained. Members still equal share the rank (1, 1, 3) and are listed in Vietnamese
 * alphabetical order. All comparisons use compareNumbers (no float noise).
 */
import { compareNumbers } from './compare';
import type { AttainmentResult } from './attainment';

export type ScoringCriterion =
  | { code: string; source: 'SCORED'; maxScore: number }
  | { code: string; source: 'ATTAINMENT'; maxScore: number; indicatorCodes: string[] };

export type ScoringArea = { code: string; weight: number; criteria: ScoringCriterion[] };

export type ScoringSheet = { areas: ScoringArea[] };

export type MemberInput = {
  unitId: number;
  name: string;
  /** Attainment per indicator code, only for the indicators that apply to the member. */
  attainment: Readonly<Record<string, Pick<AttainmentResult, 'status'>>>;
  /** The group's score per SCORED criterion code; absent or null = not scored yet. */
  scores: Readonly<Record<string, number | null | undefined>>;
};

export type CriterionScore = {
  code: string;
  source: ScoringCriterion['source'];
  maxScore: number;
  /** null when the criterion does not apply to the member (no listed indicator applies). */
  score: number | null;
  /** SCORED only: false until the group gives a score. */
  scored: boolean;
};

export type AreaScore = { code: string; weight: number; score: number; maxScore: number; ratio: number | null };

export type MemberScore = {
  unitId: number;
  name: string;
  criteria: CriterionScore[];
  areas: AreaScore[];
  /** Weighted total and weighted maximum over applicable criteria. */
  total: number;
  maxTotal: number;
  /** total ÷ maxTotal, null when nothing applies. */
  share: number | null;
  attainedCount: number;
  /** Every SCORED criterion has a score. */
  complete: boolean;
};

export type RankedMember = MemberScore & { rank: number };

/** Throws when the sheet cannot be scored: duplicate codes, non-positive maximum, negative weight. */
export function assertValidSheet(sheet: ScoringSheet): void {
  const seen = new Set<string>();
  for (const area of sheet.areas) {
    if (!(Number.isFinite(area.weight) && area.weight >= 0)) throw new RangeError(`Area ${area.code}: weight must be >= 0`);
    for (const c of area.criteria) {
      if (seen.has(c.code)) throw new RangeError(`Criterion code ${c.code} is used twice`);
      seen.add(c.code);
      if (!(Number.isFinite(c.maxScore) && c.maxScore > 0)) throw new RangeError(`Criterion ${c.code}: maxScore must be > 0`);
      if (c.source === 'ATTAINMENT' && c.indicatorCodes.length === 0) throw new RangeError(`Criterion ${c.code}: no indicator`);
    }
  }
}

function scoreCriterion(c: ScoringCriterion, member: MemberInput): CriterionScore {
  const base = { code: c.code, source: c.source, maxScore: c.maxScore };
  if (c.source === 'ATTAINMENT') {
    const applicable = c.indicatorCodes.filter((code) => member.attainment[code] !== undefined);
    if (applicable.length === 0) return { ...base, score: null, scored: true };
    const attained = applicable.filter((code) => member.attainment[code].status === 'ATTAINED').length;
    return { ...base, score: (c.maxScore * attained) / applicable.length, scored: true };
  }
  const given = member.scores[c.code];
  if (given === null || given === undefined) return { ...base, score: 0, scored: false };
  if (!Number.isFinite(given) || compareNumbers(given, 0) < 0 || compareNumbers(given, c.maxScore) > 0) {
    throw new RangeError(`Unit ${member.unitId}, criterion ${c.code}: score ${given} outside 0..${c.maxScore}`);
  }
  return { ...base, score: given, scored: true };
}

/** One member's scores on the sheet (see the file comment for the arithmetic). */
export function scoreMember(sheet: ScoringSheet, member: MemberInput): MemberScore {
  const criteria: CriterionScore[] = [];
  const areas: AreaScore[] = [];
  let total = 0;
  let maxTotal = 0;
  for (const area of sheet.areas) {
    const scored = area.criteria.map((c) => scoreCriterion(c, member));
    criteria.push(...scored);
    const applicable = scored.filter((c) => c.score !== null);
    const score = applicable.reduce((s, c) => s + (c.score ?? 0), 0);
    const maxScore = applicable.reduce((s, c) => s + c.maxScore, 0);
    areas.push({ code: area.code, weight: area.weight, score, maxScore, ratio: maxScore > 0 ? score / maxScore : null });
    total += area.weight * score;
    maxTotal += area.weight * maxScore;
  }
  const attainedCount = Object.values(member.attainment).filter((a) => a.status === 'ATTAINED').length;
  return {
    unitId: member.unitId,
    name: member.name,
    criteria,
    areas,
    total,
    maxTotal,
    share: maxTotal > 0 ? total / maxTotal : null,
    attainedCount,
    complete: criteria.every((c) => c.scored),
  };
}

const orNone = (x: number | null) => (x === null ? -1 : x);

/** Negative when `a` ranks before `b`, 0 when they tie on every tie-break. */
function compareForRank(a: MemberScore, b: MemberScore): number {
  const byShare = compareNumbers(orNone(b.share), orNone(a.share));
  if (byShare !== 0) return byShare;
  for (let i = 0; i < a.areas.length; i++) {
    const byArea = compareNumbers(orNone(b.areas[i].ratio), orNone(a.areas[i].ratio));
    if (byArea !== 0) return byArea;
  }
  return b.attainedCount - a.attainedCount;
}

const collator = new Intl.Collator('vi');

/** Scores and ranks the members of one group, best first, with shared ranks for full ties. */
export function rankMembers(sheet: ScoringSheet, members: readonly MemberInput[]): RankedMember[] {
  assertValidSheet(sheet);
  const scored = members.map((m) => scoreMember(sheet, m));
  scored.sort((a, b) => compareForRank(a, b) || collator.compare(a.name, b.name) || a.unitId - b.unitId);
  const ranked: RankedMember[] = [];
  scored.forEach((m, i) => {
    const prev = ranked[i - 1];
    const rank = prev && compareForRank(prev, m) === 0 ? prev.rank : i + 1;
    ranked.push({ ...m, rank });
  });
  return ranked;
}

/** A default, not a legal figure: the administrator sets the real minimum per campaign. */
export const DEFAULT_MIN_SHARE = 0.8;

export type LeaderOptions = {
  /** How many leading places to propose (default 1 per group). */
  top?: number;
  /** Minimum share of the maximum score (0..1, inclusive) a leader needs (default DEFAULT_MIN_SHARE). */
  minShare?: number;
};

export type LeaderProposal = {
  leaders: RankedMember[];
  /** Why nobody is proposed; null when someone is. */
  reason: null | 'NO_MEMBERS' | 'SCORING_INCOMPLETE' | 'BELOW_MIN_SHARE';
};

/**
 * The leading unit(s) a group proposes for the Emulation Flag: members ranked within the first
 * `top` places (all members sharing such a rank, so a tie proposes both) whose share reaches
 * `minShare`. Nobody is proposed while any member's sheet is incomplete, nor when no member
 * reaches the minimum: a lower-ranked member never moves up to take an empty place.
 */
export function proposeLeaders(ranked: readonly RankedMember[], options: LeaderOptions = {}): LeaderProposal {
  const top = options.top ?? 1;
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  if (!Number.isInteger(top) || top < 1) throw new RangeError('top must be a whole number >= 1');
  if (ranked.length === 0) return { leaders: [], reason: 'NO_MEMBERS' };
  if (ranked.some((m) => !m.complete)) return { leaders: [], reason: 'SCORING_INCOMPLETE' };
  const leaders = ranked.filter((m) => m.rank <= top && m.share !== null && compareNumbers(m.share, minShare) >= 0);
  return leaders.length > 0 ? { leaders, reason: null } : { leaders: [], reason: 'BELOW_MIN_SHARE' };
}
