/**
 * What an officer types, read as a number, and the checks a report passes on submission.
 * Pure: inputs are plain objects shaped like the Prisma rows (Decimal columns as a string, a number
 * or a Prisma Decimal), outputs are numbers and catalogue keys under `reporting.validation.`.
 *
 * Reading numbers (`parseValue`):
 * - Vietnamese "1.234,5", English "1,234.5", plain "1234.5", a decimal comma "12,5", spaces as
 *   thousands separators "1 234,5", a leading sign, a percent sign for PERCENT and NUMBER values.
 * - With both "." and "," the last one is the decimal separator. A separator that repeats groups
 *   thousands ("1.234.567", "1,234,567"). Groups must have three digits ("1.23.456" is refused).
 * - Ambiguous: ONE separator followed by exactly three digits after 1–3 leading digits ("1.234",
 *   "1,234"). Resolved by the value type:
 *     INTEGER, RANK -> thousands separator (1234): counts and ranks are whole;
 *     PERCENT       -> decimal separator (1.234): a percentage is at most 100;
 *     NUMBER        -> the reader's locale: vi reads "." as thousands and "," as decimal, en the reverse.
 * - YES_NO: có / không (with or without diacritics), đạt / không đạt, yes / no, x (a ticked box),
 *   1 / 0, true / false; an Excel checkbox or boolean cell arrives as a boolean.
 *
 * Drafts keep what was typed, even when invalid; only `validateForSubmission` refuses.
 */
import type { ValueType } from '@/lib/generated/prisma/enums';

export type { ValueType };
export type Locale = 'vi' | 'en';
/** A Decimal column as Prisma gives it (Decimal object), or a string / number. */
export type Decimalish = string | number | { toString(): string } | null | undefined;
/** A field error: a catalogue key and its parameters. */
export type FieldError = { messageKey: string; params?: Record<string, string | number> };

export const MAX_RAW_LENGTH = 60;
/** Decimal(20,4): 16 digits before the point. */
const MAX_ABS = 1e16;

/** A Decimal column (or anything number-like) as a number; null when empty or not a finite number. */
export function toNumber(value: Decimalish): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim() === '' ? NaN : String(value));
  return Number.isFinite(n) ? n : null;
}

/** A number as the string Prisma stores in a Decimal(20,4) column (no float noise, no exponent). */
export function toDecimalString(value: number): string {
  return value.toFixed(4).replace(/\.?0+$/, '') || '0';
}

export type Parsed = { value: number | null; error?: FieldError };

const err = (key: string, params?: FieldError['params']): FieldError => ({ messageKey: `reporting.validation.${key}`, ...(params ? { params } : {}) });

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

const YES = new Set(['co', 'dat', 'yes', 'y', 'x', '1', 'true', '✓', '✔', '☑', '☒']);
const NO = new Set(['khong', 'khong dat', 'chua dat', 'no', 'n', '0', 'false', '☐']);

function parseYesNo(raw: string | number | boolean): Parsed {
  if (typeof raw === 'boolean') return { value: raw ? 1 : 0 };
  if (typeof raw === 'number') return raw === 1 || raw === 0 ? { value: raw } : { value: null, error: err('notYesNo') };
  const s = fold(raw);
  if (YES.has(s)) return { value: 1 };
  if (NO.has(s)) return { value: 0 };
  return { value: null, error: err('notYesNo') };
}

function validGroups(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** The decimal separator of a single-separator number, by the rule above. */
function singleSeparatorIsDecimal(sep: '.' | ',', intPart: string, fraction: string, valueType: ValueType, locale: Locale): boolean {
  const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  if (!ambiguous) return true;
  if (valueType === 'INTEGER' || valueType === 'RANK') return false;
  if (valueType === 'PERCENT') return true;
  return locale === 'vi' ? sep === ',' : sep === '.';
}

function parseNumeric(text: string, valueType: ValueType, locale: Locale): Parsed {
  let s = text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/\u2212/g, '-').trim();
  if (s.endsWith('%') || s.startsWith('%')) {
    if (valueType !== 'PERCENT' && valueType !== 'NUMBER') return { value: null, error: err('percentSign') };
    s = (s.endsWith('%') ? s.slice(0, -1) : s.slice(1)).trim();
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1).trim();
  }
  if (!/^[\d., ]+$/.test(s) || !/\d/.test(s) || /^ | $/.test(s)) return { value: null, error: err('notANumber') };

  const spaces = s.includes(' ');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let group: string | null = null;
  let decimal: string | null = null;
  if (spaces) {
    // "1 234,5": spaces group, and a single "." or "," can only be the decimal separator.
    if (dots + commas > 1) return { value: null, error: err('notANumber') };
    group = ' ';
    decimal = dots ? '.' : commas ? ',' : null;
  } else if (dots && commas) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return { value: null, error: err('notANumber') };
  } else if (dots + commas > 1) {
    group = dots ? '.' : ',';
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [intPart, fraction] = s.split(sep);
    if (singleSeparatorIsDecimal(sep, intPart, fraction, valueType, locale)) decimal = sep;
    else group = sep;
  }

  const [intPartRaw, fraction = ''] = decimal ? s.split(decimal) : [s];
  if (decimal && !/^\d+$/.test(fraction)) return { value: null, error: err('notANumber') };
  let intDigits = intPartRaw;
  if (group && intPartRaw.includes(group)) {
    if (!validGroups(intPartRaw, group)) return { value: null, error: err('notANumber') };
    intDigits = intPartRaw.split(group).join('');
  }
  if (!/^\d*$/.test(intDigits) || (intDigits === '' && fraction === '')) return { value: null, error: err('notANumber') };
  const value = sign * Number(`${intDigits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_ABS) return { value: null, error: err('tooLarge') };
  return { value: value === 0 ? 0 : value };
}

/**
 * What was typed (or an Excel cell's value) as a number; `{ value: null }` without an error when empty.
 * Never throws.
 */
export function parseValue(raw: string | number | boolean | null | undefined, valueType: ValueType, locale: Locale = 'vi'): Parsed {
  if (raw === null || raw === undefined) return { value: null };
  if (valueType === 'YES_NO') {
    if (typeof raw === 'string' && raw.trim() === '') return { value: null };
    return parseYesNo(raw);
  }
  if (typeof raw === 'boolean') return { value: null, error: err('notANumber') };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: null, error: err('notANumber') };
    return Math.abs(raw) >= MAX_ABS ? { value: null, error: err('tooLarge') } : { value: raw === 0 ? 0 : raw };
  }
  if (raw.trim() === '') return { value: null };
  if (raw.length > MAX_RAW_LENGTH) return { value: null, error: err('tooLong', { max: MAX_RAW_LENGTH }) };
  return parseNumeric(raw, valueType, locale);
}

/** A value as an officer would type it: "1.234,5" in Vietnamese, "1,234.5" in English, "Có"/"Không" for yes/no. */
export function formatValue(value: number, valueType: ValueType, locale: Locale = 'vi'): string {
  if (valueType === 'YES_NO') return value === 1 ? (locale === 'vi' ? 'Có' : 'Yes') : locale === 'vi' ? 'Không' : 'No';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
}

// ---------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------

/** The fields of a DataElement row the rules read. */
export type ElementRule = {
  id: number;
  code: string;
  name?: string;
  valueType: ValueType;
  minValue?: Decimalish;
  maxValue?: Decimalish;
  /** the id of the element this one is a part of (POOR_HOUSEHOLDS -> HOUSEHOLDS) */
  totalElementId?: number | null;
  evidenceRequired?: boolean;
};

/** The bounds an element's values must keep, from its type and its min/max columns. */
export function boundsOf(element: Pick<ElementRule, 'valueType' | 'minValue' | 'maxValue'>): { min: number | null; max: number | null } {
  const min = toNumber(element.minValue);
  const max = toNumber(element.maxValue);
  switch (element.valueType) {
    case 'INTEGER':
      return { min: Math.max(min ?? 0, 0), max };
    case 'PERCENT':
      return { min: Math.max(min ?? 0, 0), max: Math.min(max ?? 100, 100) };
    case 'RANK':
      return { min: Math.max(min ?? 1, 1), max: max ?? 34 };
    case 'YES_NO':
      return { min: 0, max: 1 };
    case 'NUMBER':
      return { min, max };
  }
}

/**
 * The checks of one value against its element's type and range (not whether it is required, nor the
 * rules across elements). `value` is an already parsed number.
 */
export function checkValue(element: Pick<ElementRule, 'valueType' | 'minValue' | 'maxValue'>, value: number): FieldError | null {
  const { min, max } = boundsOf(element);
  switch (element.valueType) {
    case 'YES_NO':
      return value === 0 || value === 1 ? null : err('notYesNo');
    case 'PERCENT':
      if (value < 0 || value > 100) return err('percentRange');
      break;
    case 'RANK':
      if (!Number.isInteger(value)) return err('notWhole');
      if (value < min! || (max !== null && value > max)) return err('rankRange', { min: min!, max: max ?? 34 });
      return null;
    case 'INTEGER':
      if (!Number.isInteger(value)) return err('notWhole');
      if (value < 0) return err('negative');
      break;
    case 'NUMBER':
      break;
  }
  if (min !== null && value < min) return err('belowMin', { min });
  if (max !== null && value > max) return err('aboveMax', { max });
  return null;
}

/** A ReportValue as saved: the typed text (kept for drafts), the valid number, the unit's note. */
export type EnteredValue = { rawValue?: string | null; value?: Decimalish; note?: string | null };

/** The number an entered value holds: the typed text when there is one (it may be invalid), else the stored value. */
export function readEntered(element: Pick<ElementRule, 'valueType'>, entered: EnteredValue | undefined, locale: Locale = 'vi'): Parsed {
  if (!entered) return { value: null };
  if (entered.rawValue !== null && entered.rawValue !== undefined && entered.rawValue.trim() !== '') {
    return parseValue(entered.rawValue, element.valueType, locale);
  }
  return { value: toNumber(entered.value) };
}

/** Parse and check one value as a draft does: an error to show beside the field, never a refusal to save. */
export function checkEntered(element: ElementRule, raw: string | number | boolean | null | undefined, locale: Locale = 'vi'): Parsed {
  const parsed = parseValue(raw, element.valueType, locale);
  if (parsed.error || parsed.value === null) return parsed;
  const error = checkValue(element, parsed.value);
  return error ? { value: null, error } : parsed;
}

/** A part above its total (POOR_HOUSEHOLDS > HOUSEHOLDS), when both have a valid value; errors by part code. */
export function checkPartsWithinTotals(elements: readonly ElementRule[], values: ReadonlyMap<string, number | null>): Map<string, FieldError> {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const errors = new Map<string, FieldError>();
  for (const part of elements) {
    const total = part.totalElementId ? byId.get(part.totalElementId) : undefined;
    if (!total) continue;
    const partValue = values.get(part.code);
    const totalValue = values.get(total.code);
    if (partValue === null || partValue === undefined || totalValue === null || totalValue === undefined) continue;
    if (partValue > totalValue) errors.set(part.code, err('partAboveTotal', { total: total.name ?? total.code, totalValue }));
  }
  return errors;
}

export type OutlierFlag = { outlier: boolean; previous: number | null; changePct: number | null };

export type SubmissionInput = {
  /** the elements the unit reports in this period (each one is required on submission) */
  elements: readonly ElementRule[];
  /** the report's values by element code */
  values: Readonly<Record<string, EnteredValue | undefined>>;
  /** the report's evidence files; a file counts for the element it is attached to */
  evidence: ReadonlyArray<{ elementCode?: string | null }>;
  /** from outliers.ts `detectOutliers`: an outlier needs a note */
  outliers?: Readonly<Record<string, OutlierFlag | undefined>>;
  locale?: Locale;
};

export type SubmissionCheck = {
  ok: boolean;
  /** the valid number of each element (null when empty or invalid) */
  values: Record<string, number | null>;
  /** errors by element code, in the order they should be shown */
  fieldErrors: Record<string, FieldError[]>;
};

/** Everything a submission must satisfy; drafts are not checked with this. */
export function validateForSubmission(input: SubmissionInput): SubmissionCheck {
  const locale = input.locale ?? 'vi';
  const values: Record<string, number | null> = {};
  const fieldErrors: Record<string, FieldError[]> = {};
  const add = (code: string, error: FieldError) => (fieldErrors[code] ??= []).push(error);
  const withEvidence = new Set(input.evidence.map((e) => e.elementCode).filter((c): c is string => !!c));

  for (const element of input.elements) {
    const entered = input.values[element.code];
    const parsed = readEntered(element, entered, locale);
    const error = parsed.error ?? (parsed.value === null ? err('required') : checkValue(element, parsed.value));
    values[element.code] = error ? null : parsed.value;
    if (error) add(element.code, error);

    const value = values[element.code];
    if (element.evidenceRequired && value !== null && !withEvidence.has(element.code)) {
      if (element.valueType === 'YES_NO') {
        if (value === 1) add(element.code, err('evidenceRequiredYes'));
      } else add(element.code, err('evidenceRequired'));
    }

    const flag = input.outliers?.[element.code];
    if (value !== null && flag?.outlier && !entered?.note?.trim()) {
      add(
        element.code,
        flag.changePct === null
          ? err('outlierFromZero', { previous: flag.previous ?? 0 })
          : err('outlierNeedsNote', { previous: flag.previous ?? 0, changePct: Math.round(flag.changePct * 10) / 10 }),
      );
    }
  }
  for (const [code, error] of checkPartsWithinTotals(input.elements, new Map(Object.entries(values)))) add(code, error);
  return { ok: Object.keys(fieldErrors).length === 0, values, fieldErrors };
}
