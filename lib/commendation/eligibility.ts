/**
 * Eligibility of a proposal (đề nghị khen thưởng) for a title or form, judged by the rule version in
 * force on the proposal's day (rules are data: lib/commendation/rule-schema.ts). Pure: the caller
 * brings the facts from the commendation registry (sổ khen thưởng) as plain entries.
 *
 * Years. The assessed years end with `throughYear`, by default the year BEFORE the proposal's day:
 * a proposal made on 26/11/2026 for "Chiến sĩ thi đua cơ sở 2 consecutive years" looks at 2024 and
 * 2025, because the 2026 review (bình xét) is not yet on record. A proposal made after the year's
 * review is recorded passes `throughYear` explicitly. "N consecutive years" means each of the N years
 * ending with throughYear; member rules of a collective (shares of members, discipline) read
 * throughYear alone.
 *
 * Every condition yields one verdict (two for a rating streak with initiatives) with an i18n key
 * under `eligibility.` and its parameters; params named in CODE_PARAMS hold registry codes
 * (CSTD_CO_SO, HTXSNV, CANH_CAO ...) that the caller replaces with their names before formatting.
 */
import { compareNumbers } from '@/lib/appraisal/compare';
import {
  COMPLETED_RATINGS,
  DISCIPLINE_CODES,
  type Condition,
  type ConditionType,
  type DisciplineCode,
  type Recipient,
  type RuleVersion,
} from './rule-schema';

export type RegistryKind = 'TITLE' | 'FORM' | 'RATING' | 'INITIATIVE' | 'DISCIPLINE';

/** One line of the registry for the candidate (or a member): `code` is the title, form, rating, initiative level or disciplinary measure. */
export type RegistryEntry = { year: number; kind: RegistryKind; code: string };

export type RankingFact = { proposed: boolean; rank?: number | null };

export type EligibilityFacts = {
  recipient: Recipient;
  /** The proposal's day, 'YYYY-MM-DD': picks the rule version and, by default, the assessed years. */
  proposalDay: string;
  /** Last assessed year; defaults to the year before the proposal's day. */
  throughYear?: number;
  /** The candidate's own registry entries (person or unit). */
  entries: readonly RegistryEntry[];
  /** Collective: each member's entries (persons of the unit), for the member rules. */
  members?: ReadonlyArray<{ entries: readonly RegistryEntry[] }>;
  /** Collective: whether its block/cluster ranking proposes it as a leading unit. */
  ranking?: RankingFact | null;
};

export type VerdictParams = Record<string, string | number>;

export type Verdict = {
  /** `<formCode>/v<version>` of the rule version judged. */
  ruleCode: string;
  /** JSON pointer to the node inside the rule version, e.g. '/individual/of/0'. */
  path: string;
  node: ConditionType | 'rule';
  passed: boolean;
  reasonKey: string;
  params: VerdictParams;
  legalSource: string;
};

export type EligibilityResult = {
  eligible: boolean;
  formCode: string;
  /** The version judged, or null when none is in force on the day. */
  rule: Pick<RuleVersion, 'formCode' | 'version' | 'effectiveFrom' | 'effectiveTo' | 'legalSource' | 'councilVote' | 'publicDisclosure'> | null;
  /** The rule has no criteria as data for this recipient: Home Affairs judges the dossier by hand. */
  manualReview: boolean;
  throughYear: number;
  verdicts: Verdict[];
};

/** Params whose values are registry codes, to be shown by name. */
export const CODE_PARAMS = ['code', 'rating', 'severity', 'form'] as const;

/** Titles that include Lao động tiên tiến the same year (Luật 06/2022, Điều 23: CSTĐ requires LĐTT). */
const LDTT_OR_ABOVE = new Set(['LDTT', 'CSTD_CO_SO', 'CSTD_TINH']);
const CSTD_OR_ABOVE = new Set(['CSTD_CO_SO', 'CSTD_TINH']);

/**
 * The version of `formCode` in force on `day`: effectiveFrom <= day <= effectiveTo (open-ended
 * when absent). If versions overlap, the latest effectiveFrom wins, then the highest number.
 */
export function pickRuleVersion<V extends RuleVersion>(versions: readonly V[], formCode: string, day: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.formCode !== formCode || v.effectiveFrom > day || (v.effectiveTo && v.effectiveTo < day)) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best;
}

function severityRank(code: string): number {
  const i = DISCIPLINE_CODES.indexOf(code as DisciplineCode);
  return i < 0 ? DISCIPLINE_CODES.length : i; // an unknown measure counts as the most severe
}

const yearsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const pctOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((10_000 * count) / total) / 100);

type Context = { facts: EligibilityFacts; throughYear: number; ruleCode: string; legalSource: string };
type Outcome = { passed: boolean; verdicts: Verdict[] };

function has(entries: readonly RegistryEntry[], year: number, kinds: readonly RegistryKind[], codes: ReadonlySet<string>) {
  return entries.some((e) => e.year === year && kinds.includes(e.kind) && codes.has(e.code));
}

function streak(ctx: Context, kinds: RegistryKind[], code: string, years: number) {
  const from = ctx.throughYear - years + 1;
  const window = yearsOf(from, ctx.throughYear);
  const missing = window.filter((y) => !has(ctx.facts.entries, y, kinds, new Set([code])));
  return { from, to: ctx.throughYear, found: years - missing.length, missing };
}

function initiativesIn(ctx: Context, from: number, codes?: readonly string[]) {
  return ctx.facts.entries.filter(
    (e) => e.kind === 'INITIATIVE' && e.year >= from && e.year <= ctx.throughYear && (!codes || codes.includes(e.code)),
  ).length;
}

function evaluate(c: Condition, path: string, ctx: Context): Outcome {
  const legalSource = c.legalSource ?? ctx.legalSource;
  const inner = { ...ctx, legalSource };
  const verdict = (passed: boolean, reasonKey: string, params: VerdictParams): Verdict => ({
    ruleCode: ctx.ruleCode,
    path,
    node: c.type,
    passed,
    reasonKey: `eligibility.${reasonKey}`,
    params,
    legalSource,
  });
  const leaf = (passed: boolean, reasonKey: string, params: VerdictParams): Outcome => ({ passed, verdicts: [verdict(passed, reasonKey, params)] });
  const members = ctx.facts.members ?? [];
  const year = ctx.throughYear;

  switch (c.type) {
    case 'all_of':
    case 'any_of': {
      const children = c.of.map((child, i) => evaluate(child, `${path}/of/${i}`, inner));
      const passedCount = children.filter((o) => o.passed).length;
      const passed = c.type === 'all_of' ? passedCount === children.length : passedCount > 0;
      const head = verdict(passed, c.type === 'all_of' ? 'allOf' : 'anyOf', { count: children.length, passedCount });
      return { passed, verdicts: [head, ...children.flatMap((o) => o.verdicts)] };
    }
    case 'consecutive_years_of': {
      const s = streak(ctx, ['TITLE', 'FORM'], c.code, c.years);
      const params = { code: c.code, years: c.years, from: s.from, to: s.to };
      return s.missing.length === 0
        ? leaf(true, 'consecutiveYearsMet', params)
        : leaf(false, 'consecutiveYearsMissing', { ...params, found: s.found, missing: s.missing.join(', ') });
    }
    case 'consecutive_years_rated': {
      const s = streak(ctx, ['RATING'], c.rating, c.years);
      const params = { rating: c.rating, years: c.years, from: s.from, to: s.to };
      const ratings =
        s.missing.length === 0
          ? verdict(true, 'consecutiveRatingsMet', params)
          : verdict(false, 'consecutiveRatingsMissing', { ...params, found: s.found, missing: s.missing.join(', ') });
      if (!c.initiatives) return { passed: ratings.passed, verdicts: [ratings] };
      const found = initiativesIn(ctx, s.from);
      const enough = found >= c.initiatives;
      const initiatives = verdict(enough, enough ? 'initiativesMet' : 'initiativesMissing', { required: c.initiatives, found, from: s.from, to: s.to });
      return { passed: ratings.passed && enough, verdicts: [ratings, initiatives] };
    }
    case 'needs_initiative': {
      const from = year - c.years + 1;
      const found = initiativesIn(ctx, from, c.codes);
      const enough = found >= c.count;
      return leaf(enough, enough ? 'initiativesMet' : 'initiativesMissing', { required: c.count, found, from, to: year });
    }
    case 'members_completed_pct':
    case 'members_ldtt_min_pct': {
      if (members.length === 0) return leaf(false, 'noMembers', { year });
      const completed = c.type === 'members_completed_pct';
      const codes = new Set(completed ? (c.ratings ?? COMPLETED_RATINGS) : LDTT_OR_ABOVE);
      const kinds: RegistryKind[] = completed ? ['RATING'] : ['TITLE'];
      const count = members.filter((m) => has(m.entries, year, kinds, codes)).length;
      const passed = compareNumbers(count * 100, c.min * members.length) >= 0;
      const key = completed ? 'membersCompleted' : 'membersLdtt';
      return leaf(passed, `${key}${passed ? 'Met' : 'Missing'}`, { min: c.min, pct: pctOf(count, members.length), count, total: members.length, year });
    }
    case 'members_cstd_co_so_min': {
      if (members.length === 0) return leaf(false, 'noMembers', { year });
      const count = members.filter((m) => has(m.entries, year, ['TITLE'], CSTD_OR_ABOVE)).length;
      const passed = count >= c.min;
      return leaf(passed, passed ? 'membersCstdMet' : 'membersCstdMissing', { min: c.min, count, year });
    }
    case 'members_no_discipline': {
      if (members.length === 0) return leaf(false, 'noMembers', { year });
      const floor = severityRank(c.minSeverity ?? 'CANH_CAO');
      const count = members.filter((m) => m.entries.some((e) => e.kind === 'DISCIPLINE' && e.year === year && severityRank(e.code) >= floor)).length;
      const severity = DISCIPLINE_CODES[floor];
      return count === 0 ? leaf(true, 'membersNoDisciplineMet', { severity, year }) : leaf(false, 'membersDisciplined', { severity, count, year });
    }
    case 'from_block_or_cluster_ranking': {
      const r = ctx.facts.ranking;
      return r?.proposed ? leaf(true, 'rankingProposed', { rank: r.rank ?? 1 }) : leaf(false, 'rankingNotProposed', {});
    }
    case 'no_discipline': {
      const years = c.years ?? 1;
      const from = year - years + 1;
      const floor = severityRank(c.minSeverity ?? DISCIPLINE_CODES[0]);
      const hit = ctx.facts.entries
        .filter((e) => e.kind === 'DISCIPLINE' && e.year >= from && e.year <= year && severityRank(e.code) >= floor)
        .sort((a, b) => b.year - a.year)[0];
      return hit ? leaf(false, 'disciplined', { code: hit.code, year: hit.year }) : leaf(true, 'noDisciplineMet', { from, to: year });
    }
  }
}

/** The year of a 'YYYY-MM-DD' day. */
const yearOfDay = (day: string) => Number(day.slice(0, 4));

/** Judges the facts against one rule version (already picked for the day). */
export function evaluateRuleVersion(version: RuleVersion, facts: EligibilityFacts): EligibilityResult {
  const throughYear = facts.throughYear ?? yearOfDay(facts.proposalDay) - 1;
  const ruleCode = `${version.formCode}/v${version.version}`;
  const { formCode, effectiveFrom, effectiveTo, legalSource, councilVote, publicDisclosure } = version;
  const rule = { formCode, version: version.version, effectiveFrom, effectiveTo, legalSource, councilVote, publicDisclosure };
  const ruleVerdict = (passed: boolean, reasonKey: string): Verdict => ({
    ruleCode,
    path: '',
    node: 'rule',
    passed,
    reasonKey: `eligibility.${reasonKey}`,
    params: { form: formCode, recipient: facts.recipient },
    legalSource,
  });
  const base = { formCode, rule, throughYear };

  if (!version.recipients.includes(facts.recipient)) {
    return { ...base, eligible: false, manualReview: false, verdicts: [ruleVerdict(false, 'recipientNotAllowed')] };
  }
  const branch = facts.recipient === 'INDIVIDUAL' ? 'individual' : 'collective';
  const condition = version[branch];
  if (!condition) return { ...base, eligible: true, manualReview: true, verdicts: [ruleVerdict(true, 'manualReview')] };

  const outcome = evaluate(condition, `/${branch}`, { facts, throughYear, ruleCode, legalSource });
  return { ...base, eligible: outcome.passed, manualReview: false, verdicts: outcome.verdicts };
}

/**
 * Eligibility of a proposal for `formCode`: picks the version in force on `facts.proposalDay`
 * and judges the facts by it. With no version in force the proposal is not eligible.
 */
export function checkEligibility(versions: readonly RuleVersion[], formCode: string, facts: EligibilityFacts): EligibilityResult {
  const version = pickRuleVersion(versions, formCode, facts.proposalDay);
  if (version) return evaluateRuleVersion(version, facts);
  return {
    eligible: false,
    formCode,
    rule: null,
    manualReview: false,
    throughYear: facts.throughYear ?? yearOfDay(facts.proposalDay) - 1,
    verdicts: [
      {
        ruleCode: formCode,
        path: '',
        node: 'rule',
        passed: false,
        reasonKey: 'eligibility.noRuleInForce',
        params: { form: formCode, day: facts.proposalDay.split('-').reverse().join('/') },
        legalSource: '',
      },
    ],
  };
}
