/**
 * The shape of an eligibility rule version (tiêu chuẩn khen thưởng) as data, and the zod schema that
 * checks it when the administrator edits one. The engine is lib/commendation/eligibility.ts; the
 * defaults are prisma/seed/eligibility-rules.ts.
 *
 * A version is in force from `effectiveFrom` through `effectiveTo` (both 'YYYY-MM-DD', both
 * inclusive; no `effectiveTo` = until replaced). Its conditions are a tree, one per kind of recipient;
 * a recipient allowed without a condition is judged by hand (no criteria as data).
 * zod messages are catalogue keys: under `validation.` (required, invalid, min, max, integer, ...)
 * or full keys under `eligibility.rule.` listed in the report of this module.
 */
import { z } from 'zod';
import { isDay } from './working-days';

/** Ratings of task completion (xếp loại mức độ hoàn thành nhiệm vụ), best first. */
export const RATING_CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
/** Ratings that count as "completed tasks" (hoàn thành nhiệm vụ trở lên). */
export const COMPLETED_RATINGS: readonly string[] = ['HTXSNV', 'HTTNV', 'HTNV'];
/**
 * Disciplinary measures (hình thức kỷ luật), least severe first: khiển trách (reprimand), cảnh cáo
 * (warning), hạ bậc lương, giáng chức, cách chức, buộc thôi việc.
 */
export const DISCIPLINE_CODES = ['KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC'] as const;
export type DisciplineCode = (typeof DISCIPLINE_CODES)[number];

export const RECIPIENTS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Any node may cite its own legal source; otherwise the version's applies. */
type Cited = { legalSource?: string };

export type Condition = Cited &
  (
    | { type: 'all_of'; of: Condition[] }
    | { type: 'any_of'; of: Condition[] }
    /** Holds title/form `code` every year of the `years` ending with the assessed year. */
    | { type: 'consecutive_years_of'; code: string; years: number }
    /** Rated `rating` every year of the window, with at least `initiatives` recognised in it. */
    | { type: 'consecutive_years_rated'; rating: string; years: number; initiatives?: number }
    /** At least `count` recognised initiatives (of `codes`, if given) in the last `years` years. */
    | { type: 'needs_initiative'; count: number; years: number; codes?: string[] }
    /** Collective, assessed year: share of members rated `ratings` (default COMPLETED_RATINGS). */
    | { type: 'members_completed_pct'; min: number; ratings?: string[] }
    /** Collective, assessed year: share of members holding Lao động tiên tiến (or a CSTĐ title). */
    | { type: 'members_ldtt_min_pct'; min: number }
    /** Collective, assessed year: members holding Chiến sĩ thi đua cơ sở (or above). */
    | { type: 'members_cstd_co_so_min'; min: number }
    /** Collective, assessed year: no member disciplined at `minSeverity` (default CANH_CAO) or worse. */
    | { type: 'members_no_discipline'; minSeverity?: DisciplineCode }
    /** Collective: proposed as a leading unit by its block/cluster ranking. */
    | { type: 'from_block_or_cluster_ranking' }
    /** The candidate has no discipline at `minSeverity` (default any) or worse in the last `years` (default 1). */
    | { type: 'no_discipline'; years?: number; minSeverity?: DisciplineCode }
  );

export type ConditionType = Condition['type'];

export type RuleVersion = {
  formCode: string;
  version: number;
  effectiveFrom: string;
  effectiveTo?: string | null;
  legalSource: string;
  recipients: Recipient[];
  individual?: Condition | null;
  collective?: Condition | null;
  /** Needs the provincial council's secret ballot. */
  councilVote?: boolean;
  /** Needs public disclosure before the council meets. */
  publicDisclosure?: boolean;
  note?: string | null;
};

/** Deepest nesting of any_of/all_of an administrator may write. */
export const MAX_CONDITION_DEPTH = 6;

const code = z.string({ message: 'required' }).regex(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'eligibility.rule.code' });
const day = z.string({ message: 'required' }).refine(isDay, { message: 'eligibility.rule.day' });
const years = z.number({ message: 'integer' }).int({ message: 'integer' }).min(1, { message: 'min' }).max(50, { message: 'max' });
const count = z.number({ message: 'integer' }).int({ message: 'integer' }).min(0, { message: 'min' }).max(1000, { message: 'max' });
const pct = z.number({ message: 'number' }).min(0, { message: 'min' }).max(100, { message: 'max' });
const source = z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(500, { message: 'tooLong' });
const severity = z.enum(DISCIPLINE_CODES, { message: 'choose' });
const cited = { legalSource: source.optional() };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('all_of'), of: z.array(conditionSchema).min(1, { message: 'eligibility.rule.emptyGroup' }), ...cited }),
      z.strictObject({ type: z.literal('any_of'), of: z.array(conditionSchema).min(1, { message: 'eligibility.rule.emptyGroup' }), ...cited }),
      z.strictObject({ type: z.literal('consecutive_years_of'), code, years, ...cited }),
      z.strictObject({ type: z.literal('consecutive_years_rated'), rating: code, years, initiatives: count.optional(), ...cited }),
      z.strictObject({ type: z.literal('needs_initiative'), count: count.min(1, { message: 'min' }), years, codes: z.array(code).optional(), ...cited }),
      z.strictObject({ type: z.literal('members_completed_pct'), min: pct, ratings: z.array(code).min(1).optional(), ...cited }),
      z.strictObject({ type: z.literal('members_ldtt_min_pct'), min: pct, ...cited }),
      z.strictObject({ type: z.literal('members_cstd_co_so_min'), min: count, ...cited }),
      z.strictObject({ type: z.literal('members_no_discipline'), minSeverity: severity.optional(), ...cited }),
      z.strictObject({ type: z.literal('from_block_or_cluster_ranking'), ...cited }),
      z.strictObject({ type: z.literal('no_discipline'), years: years.optional(), minSeverity: severity.optional(), ...cited }),
    ],
    { message: 'eligibility.rule.unknownCondition' },
  ),
);

/** Nesting depth of a condition: a leaf is 1. */
export function conditionDepth(c: Condition): number {
  return c.type === 'all_of' || c.type === 'any_of' ? 1 + Math.max(0, ...c.of.map(conditionDepth)) : 1;
}

const COLLECTIVE_ONLY: ReadonlySet<ConditionType> = new Set([
  'members_completed_pct',
  'members_ldtt_min_pct',
  'members_cstd_co_so_min',
  'members_no_discipline',
  'from_block_or_cluster_ranking',
]);

/** Condition types used under a node (itself included). */
export function conditionTypes(c: Condition): ConditionType[] {
  return c.type === 'all_of' || c.type === 'any_of' ? [c.type, ...c.of.flatMap(conditionTypes)] : [c.type];
}

export const ruleVersionSchema = z
  .strictObject({
    formCode: code,
    version: z.number({ message: 'integer' }).int({ message: 'integer' }).min(1, { message: 'min' }),
    effectiveFrom: day,
    effectiveTo: day.nullish(),
    legalSource: source,
    recipients: z.array(z.enum(RECIPIENTS, { message: 'choose' })).min(1, { message: 'choose' }),
    individual: conditionSchema.nullish(),
    collective: conditionSchema.nullish(),
    councilVote: z.boolean().optional(),
    publicDisclosure: z.boolean().optional(),
    note: z.string().max(2000, { message: 'tooLong' }).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'eligibility.rule.endsBeforeStart' });
    }
    for (const recipient of ['individual', 'collective'] as const) {
      const condition = v[recipient];
      if (!condition) continue;
      if (!v.recipients.includes(recipient === 'individual' ? 'INDIVIDUAL' : 'COLLECTIVE')) {
        ctx.addIssue({ code: 'custom', path: [recipient], message: 'eligibility.rule.recipientNotAllowed' });
      }
      if (conditionDepth(condition) > MAX_CONDITION_DEPTH) {
        ctx.addIssue({ code: 'custom', path: [recipient], message: 'eligibility.rule.tooDeep' });
      }
      if (recipient === 'individual' && conditionTypes(condition).some((t) => COLLECTIVE_ONLY.has(t))) {
        ctx.addIssue({ code: 'custom', path: [recipient], message: 'eligibility.rule.collectiveOnly' });
      }
    }
  });

/**
 * A list of versions (the whole rule table): each valid, and per form no two versions with the same
 * number or the same first day, so the version in force on a day is never ambiguous.
 */
export const ruleVersionListSchema = z.array(ruleVersionSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((v, i) => {
    for (const key of [`${v.formCode}#v${v.version}`, `${v.formCode}@${v.effectiveFrom}`]) {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: 'eligibility.rule.duplicateVersion' });
      seen.add(key);
    }
  });
});

/** A rule version typed as JSON text (the administrator's editor): parsed, then checked. */
export const ruleVersionJsonSchema = z
  .string({ message: 'required' })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'eligibility.rule.notJson' });
      return z.NEVER;
    }
  })
  .pipe(ruleVersionSchema);
