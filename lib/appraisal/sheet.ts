/**
 * The scoring sheet (bảng chấm điểm) of a block or cluster as stored in ScoringSheet.definition:
 * lib/appraisal/ranking's ScoringSheet plus what people read and set — a name per criterion and
 * how leaders are proposed (places, minimum share). Pure: the zod schema shared by the editor and
 * the server, the default sheet, and reading typed scores.
 *
 * Areas are the campaign's contest areas (lĩnh vực thi đua), in the campaign's order: the order is
 * the tie-break priority of the ranking. Numbers are typed with a decimal comma or point ("8,5").
 */
import { z } from 'zod';
import { assertValidSheet, DEFAULT_MIN_SHARE, type ScoringSheet } from './ranking';

export const MAX_WEIGHT = 100;
export const MAX_CRITERION_SCORE = 1000;
export const MAX_LEADER_PLACES = 10;

export type SheetCriterion =
  | { code: string; name: string; source: 'SCORED'; maxScore: number }
  | { code: string; name: string; source: 'ATTAINMENT'; maxScore: number; indicatorCodes: string[] };
export type SheetArea = { code: string; weight: number; criteria: SheetCriterion[] };
export type SheetDefinition = { areas: SheetArea[]; leaders: { top: number; minShare: number } };

/** "8,5", "8.5", 8.5 -> 8.5; at most two decimals (scores are Decimal(8, 2)); anything else -> NaN. */
export function readDecimal(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw !== 'string') return raw === null || raw === undefined ? null : NaN;
  const s = raw.replace(/\s/g, '');
  if (s === '') return null;
  return /^-?\d{1,7}([.,]\d{1,2})?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
}

const decimal = (min: number, max: number, { exclusiveMin = false } = {}) => {
  const number = z.number({ message: 'appraisal.errors.decimal' });
  return z.preprocess(
    (v) => readDecimal(v) ?? undefined,
    (exclusiveMin ? number.gt(min, { message: 'appraisal.errors.positive' }) : number.min(min, { message: 'min' })).max(max, { message: 'max' }),
  );
};

const code = z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.string({ message: 'required' }).regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, { message: 'appraisal.errors.code' }));

const criterionSchema = z.object({
  code,
  name: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'required' }).min(1, { message: 'required' }).max(300, { message: 'tooLong' })),
  source: z.enum(['ATTAINMENT', 'SCORED'], { message: 'choose' }),
  maxScore: decimal(0, MAX_CRITERION_SCORE, { exclusiveMin: true }),
  indicatorCodes: z.array(z.string().max(80)).max(100).default([]),
});

export const sheetSchema = z
  .object({
    areas: z.array(z.object({ code: z.string().min(1).max(80), weight: decimal(0, MAX_WEIGHT), criteria: z.array(criterionSchema).max(30) })).min(1).max(20),
    leaders: z.object({
      top: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), z.number({ message: 'integer' }).int({ message: 'integer' }).min(1, { message: 'min' }).max(MAX_LEADER_PLACES, { message: 'max' })),
      /** the minimum share of the maximum score, in per cent in the form */
      minSharePct: decimal(0, 100),
    }),
  })
  .superRefine((sheet, ctx) => {
    const seen = new Set<string>();
    let criteria = 0;
    sheet.areas.forEach((area, a) =>
      area.criteria.forEach((c, i) => {
        criteria++;
        if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['areas', a, 'criteria', i, 'code'], message: 'appraisal.errors.codeTwice' });
        seen.add(c.code);
        if (c.source === 'ATTAINMENT' && c.indicatorCodes.length === 0) ctx.addIssue({ code: 'custom', path: ['areas', a, 'criteria', i, 'indicatorCodes'], message: 'appraisal.errors.noIndicator' });
      }),
    );
    if (criteria === 0) ctx.addIssue({ code: 'custom', path: ['areas'], message: 'appraisal.errors.noCriteria' });
    if (sheet.areas.every((a) => a.weight === 0)) ctx.addIssue({ code: 'custom', path: ['areas'], message: 'appraisal.errors.allWeightsZero' });
  });

export type SheetInput = z.input<typeof sheetSchema>;
export type ParsedSheet = z.output<typeof sheetSchema>;

/** The parsed form as the stored definition (checked once more by the ranking's own guard). */
export function toDefinition(parsed: ParsedSheet): SheetDefinition {
  const definition: SheetDefinition = {
    areas: parsed.areas.map((a) => ({
      code: a.code,
      weight: a.weight,
      criteria: a.criteria.map((c): SheetCriterion =>
        c.source === 'ATTAINMENT'
          ? { code: c.code, name: c.name, source: 'ATTAINMENT', maxScore: c.maxScore, indicatorCodes: [...new Set(c.indicatorCodes)] }
          : { code: c.code, name: c.name, source: 'SCORED', maxScore: c.maxScore },
      ),
    })),
    leaders: { top: parsed.leaders.top, minShare: Math.round(parsed.leaders.minSharePct * 100) / 10_000 },
  };
  assertValidSheet(definition);
  return definition;
}

/** The stored definition as the editor's input (the reverse of toDefinition). */
export function toInput(definition: SheetDefinition): SheetInput {
  return {
    areas: definition.areas.map((a) => ({
      code: a.code,
      weight: String(a.weight),
      criteria: a.criteria.map((c) => ({ code: c.code, name: c.name, source: c.source, maxScore: String(c.maxScore), indicatorCodes: c.source === 'ATTAINMENT' ? c.indicatorCodes : [] })),
    })),
    leaders: { top: String(definition.leaders.top), minSharePct: String(Math.round(definition.leaders.minShare * 10_000) / 100) },
  };
}

/** A stored definition, or null when it no longer reads as a sheet (a hand edit of the JSON). */
export function readDefinition(json: unknown): SheetDefinition | null {
  const stored = json as Partial<SheetDefinition> | null;
  if (!stored || !Array.isArray(stored.areas) || !stored.leaders) return null;
  const parsed = sheetSchema.safeParse(toInput(stored as SheetDefinition));
  if (!parsed.success) return null;
  try {
    return toDefinition(parsed.data);
  } catch {
    return null;
  }
}

/** What ranking.ts scores: the sheet without names and leader options. */
export function rankingSheet(definition: SheetDefinition): ScoringSheet {
  return { areas: definition.areas.map((a) => ({ code: a.code, weight: a.weight, criteria: a.criteria })) };
}

export const DEFAULT_AREA_WEIGHT = 1;
export const DEFAULT_CRITERION_MAX = 10;
/** Criterion names of the default sheet: data, in the language of the province's records. */
export const DEFAULT_NAMES = {
  attainment: 'Kết quả thực hiện các chỉ tiêu của lĩnh vực (tính từ số liệu đã tiếp nhận)',
  movement: 'Tổ chức phong trào thi đua, cách làm hay, mô hình mới',
} as const;

/**
 * The sheet a block or cluster starts from: every contest area weighs 1; each area scores the
 * attainment of its indicators that apply to the group's members (10 points) and how the member
 * organised the movement in that area (10 points, scored by the group). One leading place, at
 * least 80% of the maximum.
 */
export function defaultSheet(areas: ReadonlyArray<{ code: string }>, indicators: ReadonlyArray<{ code: string; areaCode: string }>): SheetDefinition {
  return {
    areas: areas.map((area, i) => {
      const codes = indicators.filter((x) => x.areaCode === area.code).map((x) => x.code);
      const criteria: SheetCriterion[] = [];
      if (codes.length > 0) criteria.push({ code: `LV${i + 1}-CHITIEU`, name: DEFAULT_NAMES.attainment, source: 'ATTAINMENT', maxScore: DEFAULT_CRITERION_MAX, indicatorCodes: codes });
      criteria.push({ code: `LV${i + 1}-PHONGTRAO`, name: DEFAULT_NAMES.movement, source: 'SCORED', maxScore: DEFAULT_CRITERION_MAX });
      return { code: area.code, weight: DEFAULT_AREA_WEIGHT, criteria };
    }),
    leaders: { top: 1, minShare: DEFAULT_MIN_SHARE },
  };
}

export type ScoreReading = { value: number | null; error?: { messageKey: string; params?: Record<string, number> } };

/** A score typed for a SCORED criterion: blank (not scored), or 0..max with at most two decimals. */
export function readScore(raw: string | null | undefined, maxScore: number): ScoreReading {
  const value = readDecimal(raw ?? '');
  if (value === null) return { value: null };
  if (Number.isNaN(value)) return { value: null, error: { messageKey: 'appraisal.errors.scoreNumber' } };
  if (value < 0 || value > maxScore) return { value: null, error: { messageKey: 'appraisal.errors.scoreRange', params: { max: maxScore } } };
  return { value };
}
