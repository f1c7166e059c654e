/**
 * The catalogue forms of the administrator: campaigns and their parts, indicators, data elements,
 * periods and settings. One zod source for the form and the server; messages are catalogue keys.
 * Checks that need the database (codes taken, formulas, cycles) live in the admin-* domain files.
 */
import { z } from 'zod';
import {
  Comparison,
  FocusKind,
  Horizon,
  MilestoneKind,
  OverTime,
  PeriodType,
  ReporterGroup,
  UnitReading,
  ValueType,
} from '@/lib/generated/prisma/enums';
import { checkbox, enumField, idField, intField, optionalInt, optionalText, requiredText } from '@/lib/forms/fields';
import { SETTINGS, type SettingKey, type SettingValue } from '@/lib/settings/defaults';
import { parseDayText, parseDecimalText } from './form-values';

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...Array<T[keyof T]>];
const V = (key: string) => `catalogue.validation.${key}`;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** An optional decimal typed as 1.234,5, as a canonical string for a Decimal(20, 4) column: at most 16 digits before the point. */
export const decimalField = () =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === 'string' ? (parseDecimalText(v) ?? v) : v),
    z.string().regex(/^-?\d{1,16}(\.\d+)?$/, { message: V('decimal') }).nullable(),
  );

/** An optional calendar day typed as dd/mm/yyyy, as 'YYYY-MM-DD' (one that does not exist, 30/02, fails the pattern). */
export const optionalDayField = z.preprocess(
  (v) => (blank(v) ? null : typeof v === 'string' ? (parseDayText(v) ?? `invalid ${v}`) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: V('day') }).nullable(),
);
export const dayField = z.preprocess(
  (v) => (blank(v) ? undefined : typeof v === 'string' ? (parseDayText(v) ?? `invalid ${v}`) : v),
  z.string({ message: 'required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: V('day') }),
);

const code = (pattern: RegExp, message: string, max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'required' }).min(1, { message: 'required' }).max(max, { message: 'tooLong' }).regex(pattern, { message: V(message) }));

/** Checkbox groups post `name[]` once per ticked box. */
const multi = <T extends readonly [string, ...string[]]>(options: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(options, { message: 'choose' })).min(1, { message: V('atLeastOne') }));

const yearField = intField(2000, 2100);
/** A hidden "as loaded" marker: the record's updatedAt (ISO) for the optimistic check. */
const loadedAt = z.preprocess((v) => (typeof v === 'string' && v ? new Date(v) : v), z.date({ message: 'invalid' }));
const version = intField(1, 2_000_000_000);

// ---------------------------------------------------------------------------------------------------
// Campaigns and their parts
// ---------------------------------------------------------------------------------------------------

const campaignFields = {
  code: code(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'campaignCode', 40),
  name: requiredText(500),
  nameEn: optionalText(500),
  theme: requiredText(1000),
  startYear: yearField,
  endYear: yearField,
  documentRef: optionalText(2000),
  active: checkbox,
};

const yearsInOrder = (v: { startYear: number; endYear: number }, ctx: z.RefinementCtx) => {
  if (v.endYear < v.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: V('endBeforeStart') });
  else if (v.endYear - v.startYear > 9) ctx.addIssue({ code: 'custom', path: ['endYear'], message: V('yearsTooLong') });
};

export const createCampaignSchema = z.object({ ...campaignFields, withBaseline: checkbox }).superRefine(yearsInOrder);
export const updateCampaignSchema = z.object({ ...campaignFields, id: idField, updatedAt: loadedAt }).superRefine(yearsInOrder);

/** Milestones, contest areas and focus items carry a fingerprint of the row as loaded (they have no version). */
const fingerprint = z.string().max(100).optional();

export const milestoneSchema = z.object({
  campaignId: idField,
  id: idField.optional(),
  fingerprint,
  code: code(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'milestoneCode', 40),
  kind: enumField(values(MilestoneKind)),
  name: requiredText(500),
  year: yearField,
  anchorDate: optionalDayField,
  note: optionalText(2000),
});

export const contestAreaSchema = z.object({
  campaignId: idField,
  id: idField.optional(),
  fingerprint,
  code: code(/^[A-Z0-9][A-Z0-9-]{0,39}$/, 'milestoneCode', 40),
  name: requiredText(500),
  nameEn: optionalText(500),
  sortOrder: intField(0, 10_000),
});

export const focusItemSchema = z.object({
  campaignId: idField,
  id: idField.optional(),
  fingerprint,
  kind: enumField(values(FocusKind)),
  number: intField(1, 100),
  name: requiredText(1000),
  nameEn: optionalText(1000),
});

// ---------------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------------

/** Kept as typed (not trimmed) so that an error's position points into what the administrator sees. */
const formulaField = z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+$/, '') : v), z.string({ message: 'required' }).max(2000, { message: 'tooLong' }));

export const indicatorSchema = z
  .object({
    campaignId: idField,
    id: idField.optional(),
    version: version.optional(),
    code: code(/^[A-Z0-9][A-Z0-9_-]{1,79}$/, 'indicatorCode', 80),
    name: requiredText(1000),
    nameEn: optionalText(1000),
    contestAreaId: idField,
    unitLabel: requiredText(100),
    comparison: enumField(values(Comparison)),
    targetValue: decimalField(),
    targetMin: decimalField(),
    targetMax: decimalField(),
    horizon: enumField(values(Horizon)),
    horizonYear: optionalInt(2000, 2100),
    baselineYear: optionalInt(2000, 2100),
    sourceText: requiredText(5000),
    interpretation: optionalText(5000),
    notes: optionalText(5000).transform((v) => (v ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)),
    formula: formulaField,
    unitReading: enumField(values(UnitReading)),
    active: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.comparison === 'RANGE') {
      if (v.targetMin === null) ctx.addIssue({ code: 'custom', path: ['targetMin'], message: V('rangeRequired') });
      if (v.targetMax === null) ctx.addIssue({ code: 'custom', path: ['targetMax'], message: V('rangeRequired') });
      if (v.targetMin !== null && v.targetMax !== null && Number(v.targetMin) > Number(v.targetMax)) {
        ctx.addIssue({ code: 'custom', path: ['targetMax'], message: V('minAboveMax') });
      }
    } else if (v.comparison !== 'BOOLEAN_DONE' && v.targetValue === null) {
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: V('targetRequired') });
    }
    if (v.horizon === 'BY_YEAR' && v.horizonYear === null) ctx.addIssue({ code: 'custom', path: ['horizonYear'], message: V('horizonYearRequired') });
  });

export type IndicatorInput = z.output<typeof indicatorSchema>;

// ---------------------------------------------------------------------------------------------------
// Data elements
// ---------------------------------------------------------------------------------------------------

export const ELEMENT_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

export const elementSchema = z
  .object({
    campaignId: idField,
    id: idField.optional(),
    version: version.optional(),
    code: code(ELEMENT_CODE, 'elementCode', 60),
    name: requiredText(1000),
    nameEn: optionalText(1000),
    unitLabel: requiredText(100),
    valueType: enumField(values(ValueType)),
    overTime: enumField(values(OverTime)),
    'periodTypes[]': multi(values(PeriodType)),
    'reporterGroups[]': multi(values(ReporterGroup)),
    ownerUnitId: z.preprocess((v) => (blank(v) ? null : v), idField.nullable()),
    minValue: decimalField(),
    maxValue: decimalField(),
    totalElementId: z.preprocess((v) => (blank(v) ? null : v), idField.nullable()),
    evidenceRequired: checkbox,
    outlierThresholdPct: decimalField().refine((v) => v === null || /^\d{1,6}(\.\d{1,2})?$/.test(v), { message: V('decimal') }), // Decimal(8, 2), not negative
    active: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.minValue !== null && v.maxValue !== null && Number(v.minValue) > Number(v.maxValue)) {
      ctx.addIssue({ code: 'custom', path: ['maxValue'], message: V('minAboveMax') });
    }
    if (v['reporterGroups[]'].includes('OWNER') && v.ownerUnitId === null) {
      ctx.addIssue({ code: 'custom', path: ['ownerUnitId'], message: V('ownerRequired') });
    }
  })
  .transform(({ 'periodTypes[]': periodTypes, 'reporterGroups[]': reporterGroups, ...rest }) => ({
    ...rest,
    periodTypes,
    reporterGroups,
    // An owner only means something when the owner reports.
    ownerUnitId: reporterGroups.includes('OWNER') ? rest.ownerUnitId : null,
  }));

export type ElementInput = z.output<typeof elementSchema>;

// ---------------------------------------------------------------------------------------------------
// Periods and settings
// ---------------------------------------------------------------------------------------------------

export const periodDatesSchema = z.object({ id: idField, updatedAt: loadedAt, dueDate: dayField, expiryDate: dayField });

export const addPeriodSchema = z.object({
  campaignId: idField,
  type: enumField(values(PeriodType)),
  year: yearField,
  number: intField(1, 4),
  dueDate: optionalDayField,
  expiryDate: optionalDayField,
});

const SETTING_KEYS = Object.keys(SETTINGS) as [SettingKey, ...SettingKey[]];

export const settingSchema = z
  .object({
    key: z.enum(SETTING_KEYS, { message: V('settingUnknown') }),
    value: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'required' }).min(1, { message: 'required' }).max(50)),
    /** the row's updatedAt when the form was loaded, or empty when the province had no row yet */
    updatedAt: z.preprocess((v) => (v === '' || v === undefined ? null : v), loadedAt.nullable()),
  })
  .transform((v, ctx) => {
    // Settings are numbers today (typed as 1.234,5); a text setting would reach its schema as typed.
    const decimal = parseDecimalText(v.value);
    const parsed = SETTINGS[v.key].schema.safeParse(decimal === null ? v.value : Number(decimal));
    if (!parsed.success) {
      // The key's own schema decides; its issues keep their bounds for the "min"/"max" messages.
      for (const issue of parsed.error.issues) {
        const message =
          issue.code === 'too_small' ? 'min' : issue.code === 'too_big' ? 'max' : decimal === null ? V('number') : issue.code === 'invalid_type' ? 'integer' : 'invalid';
        ctx.addIssue({ ...issue, path: ['value'], message } as Parameters<typeof ctx.addIssue>[0]);
      }
      return z.NEVER;
    }
    return { key: v.key, value: parsed.data as SettingValue<SettingKey>, updatedAt: v.updatedAt };
  });

export type SettingInput = z.output<typeof settingSchema>;
