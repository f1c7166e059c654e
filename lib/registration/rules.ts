/**
 * What a unit registers for a year and when a registration is complete (DESIGN.md, flow 2). Pure:
 * inputs are plain objects shaped like the Prisma rows, errors are catalogue keys.
 *
 * - An indicator applies to a unit when it has a unit reading (not NONE) and the unit reports every
 *   data element its formula reads (a commune's poverty rate, its online-dossier rate, whether it
 *   meets the new-rural standard; not GRDP, which one owner reports).
 * - The unit's target has the shape of the reading: yes/no for YES_NO readings (and "done"
 *   targets), a minimum and a maximum for RANGE targets, one value otherwise.
 * - Numbers are read as the officer types them (1.234,5 in Vietnamese), by lib/reporting/values.
 */
import { unitReportsElement, type ElementReach, type UnitFacts } from '@/lib/catalogue/applicability';
import { parseValue, toDecimalString, toNumber, type Decimalish, type FieldError, type Locale } from '@/lib/reporting/values';
import { isCollectiveTitle, isIndividualTitle } from './titles';

export type TargetKind = 'VALUE' | 'RANGE' | 'YES_NO';

type IndicatorFacts = { unitReading: string; comparison: string; elements: ReadonlyArray<{ elementId: number }> };

export function applies(indicator: IndicatorFacts, elements: ReadonlyArray<ElementReach & { id: number }>, unit: UnitFacts): boolean {
  if (indicator.unitReading === 'NONE' || indicator.elements.length === 0) return false;
  return indicator.elements.every((link) => {
    const element = elements.find((e) => e.id === link.elementId);
    return element !== undefined && unitReportsElement(element, unit);
  });
}

export function targetKind(indicator: Pick<IndicatorFacts, 'unitReading' | 'comparison'>): TargetKind {
  if (indicator.unitReading === 'YES_NO' || indicator.comparison === 'BOOLEAN_DONE') return 'YES_NO';
  return indicator.comparison === 'RANGE' ? 'RANGE' : 'VALUE';
}

/** What the form sends for one indicator: typed text. */
export type TargetInput = { value?: string | null; min?: string | null; max?: string | null; note?: string | null };
/** A target as stored: Decimal(20,4) strings. */
export type TargetValues = { targetValue: string | null; targetMin: string | null; targetMax: string | null; note: string | null };

const err = (key: string, params?: FieldError['params']): FieldError => ({ messageKey: `registration.validation.${key}`, ...(params ? { params } : {}) });
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

export const MAX_TARGET_NOTE = 1000;

/**
 * The typed target read into stored values. An unreadable number is an error even in a draft
 * (there is no column to keep the text in); an empty or incomplete target is fine until submission.
 */
export function readTarget(kind: TargetKind, input: TargetInput, locale: Locale): { values: TargetValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const read = (raw: string | null | undefined, type: 'NUMBER' | 'YES_NO'): string | null => {
    if (blank(raw)) return null;
    const parsed = parseValue(raw!, type, locale);
    if (parsed.error || parsed.value === null) {
      errors.push(type === 'YES_NO' ? err('yesNo') : err('number'));
      return null;
    }
    return toDecimalString(parsed.value);
  };
  const note = blank(input.note) ? null : input.note!.trim();
  if (note && note.length > MAX_TARGET_NOTE) errors.push({ messageKey: 'validation.tooLong', params: { max: MAX_TARGET_NOTE } });
  const values: TargetValues =
    kind === 'RANGE'
      ? { targetValue: null, targetMin: read(input.min, 'NUMBER'), targetMax: read(input.max, 'NUMBER'), note }
      : { targetValue: read(input.value, kind === 'YES_NO' ? 'YES_NO' : 'NUMBER'), targetMin: null, targetMax: null, note };
  return { values, errors };
}

/** Is the stored target complete, of the right shape? The error to show beside the indicator if not. */
export function checkTarget(kind: TargetKind, target: { targetValue: Decimalish; targetMin: Decimalish; targetMax: Decimalish } | undefined): FieldError | null {
  const value = toNumber(target?.targetValue);
  const min = toNumber(target?.targetMin);
  const max = toNumber(target?.targetMax);
  if (kind === 'RANGE') {
    if (min === null || max === null) return err('rangeRequired');
    return min > max ? err('rangeOrder') : null;
  }
  if (value === null) return kind === 'YES_NO' ? err('yesNoRequired') : err('targetRequired');
  return kind === 'YES_NO' && value !== 0 && value !== 1 ? err('yesNo') : null;
}

export type IndividualInput = { personId: number; position: string | null; titleCode: string };

export const MAX_POSITION = 200;

/** Each person once, with an individual title: refused even in a draft (the table keeps one row per person). */
export function checkIndividuals(individuals: readonly IndividualInput[], unitPersonIds: ReadonlySet<number>): Record<string, FieldError[]> {
  const errors: Record<string, FieldError[]> = {};
  const seen = new Set<number>();
  for (const row of individuals) {
    const key = `i.${row.personId}`;
    const add = (e: FieldError) => (errors[key] ??= []).push(e);
    if (!unitPersonIds.has(row.personId)) add(err('personNotInUnit'));
    if (seen.has(row.personId)) add(err('personTwice'));
    seen.add(row.personId);
    if (!isIndividualTitle(row.titleCode)) add(err('individualTitle'));
    if (row.position && row.position.length > MAX_POSITION) add({ messageKey: 'validation.tooLong', params: { max: MAX_POSITION } });
  }
  return errors;
}

export type RegistrationContent = {
  collectiveTitleCode: string | null;
  targets: ReadonlyMap<string, { targetValue: Decimalish; targetMin: Decimalish; targetMax: Decimalish }>;
  individuals: readonly IndividualInput[];
};

/**
 * The checks of a submission: every applicable indicator has a target of the right shape, the
 * collective title is chosen, each individual appears once with an individual title. Errors are
 * keyed "t.<indicator code>", "collectiveTitle" and "i.<person id>".
 */
export function validateRegistration(
  indicators: ReadonlyArray<{ code: string; kind: TargetKind }>,
  content: RegistrationContent,
  unitPersonIds: ReadonlySet<number>,
): { ok: boolean; fieldErrors: Record<string, FieldError[]> } {
  const fieldErrors: Record<string, FieldError[]> = {};
  for (const indicator of indicators) {
    const problem = checkTarget(indicator.kind, content.targets.get(indicator.code));
    if (problem) fieldErrors[`t.${indicator.code}`] = [problem];
  }
  if (!content.collectiveTitleCode) fieldErrors.collectiveTitle = [err('collectiveTitleRequired')];
  else if (!isCollectiveTitle(content.collectiveTitleCode)) fieldErrors.collectiveTitle = [err('collectiveTitle')];
  Object.assign(fieldErrors, checkIndividuals(content.individuals, unitPersonIds));
  return { ok: Object.keys(fieldErrors).length === 0, fieldErrors };
}
