/**
 * The rules of the commendation registry (sổ khen thưởng) that the unit's own yearly review (bình
 * xét) and the Excel import of past years share. Pure: the callers bring the catalogue and the lines
 * already on record.
 *
 * A line is one title, form, rating, recognised initiative or disciplinary measure of a person (or
 * of the unit itself, personId null) for a year. Never two identical lines: for titles and forms the
 * same code for the same holder and year; a holder has at most one task-completion rating and one
 * disciplinary measure (the year's measure) per year; two initiatives of the same level must differ
 * by their description.
 */
import type { RecipientKind, RegistryKind, RegistrySource } from '@/lib/generated/prisma/enums';

/** The first year the registry accepts (past years come in by import). */
export const FIRST_RECORD_YEAR = 2000;
export const MAX_DESCRIPTION = 500;

export type CatalogueCode = { code: string; kind: RegistryKind; name: string; nameEn: string | null; recipient: RecipientKind; awardedByUnit: boolean; active: boolean; sortOrder: number };

/** What a unit records for itself, by column of the year sheet. */
export type UnitCatalogue = {
  /** titles and forms the unit awards its persons (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen) */
  personAwards: CatalogueCode[];
  /** titles and forms the unit records for itself (Tập thể lao động tiên tiến, Giấy khen) */
  unitAwards: CatalogueCode[];
  ratings: CatalogueCode[];
  initiatives: CatalogueCode[];
  disciplines: CatalogueCode[];
};

const forPersons = (c: CatalogueCode) => c.recipient !== 'COLLECTIVE';
const forUnits = (c: CatalogueCode) => c.recipient !== 'INDIVIDUAL';

/** The codes a unit records, from the catalogue (rules are data: the administrator's flags decide). */
export function unitCatalogue(codes: readonly CatalogueCode[]): UnitCatalogue {
  const active = [...codes].filter((c) => c.active).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const awards = active.filter((c) => (c.kind === 'TITLE' || c.kind === 'FORM') && c.awardedByUnit);
  return {
    personAwards: awards.filter(forPersons),
    unitAwards: awards.filter(forUnits),
    ratings: active.filter((c) => c.kind === 'RATING'),
    initiatives: active.filter((c) => c.kind === 'INITIATIVE' && forPersons(c)),
    disciplines: active.filter((c) => c.kind === 'DISCIPLINE' && forPersons(c)),
  };
}

/** The code, if a person (personId given) or the unit (null) may hold it in the unit's own record. */
export function recordableCode(catalogue: UnitCatalogue, code: string, holder: 'person' | 'unit'): CatalogueCode | null {
  const lists = holder === 'person' ? [catalogue.personAwards, catalogue.ratings, catalogue.initiatives, catalogue.disciplines] : [catalogue.unitAwards, catalogue.ratings.filter(forUnits)];
  for (const list of lists) {
    const found = list.find((c) => c.code === code);
    if (found) return found;
  }
  return null;
}

export type Line = { personId: number | null; year: number; kind: RegistryKind; code: string; note: string | null };
export type RecordedLine = Line & { id: number; source: RegistrySource; unitId: number };

const holderOf = (l: Pick<Line, 'personId'>) => (l.personId === null ? 'U' : String(l.personId));
const folded = (text: string | null) => (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Two lines with the same identity are the same entry of the registry. */
export function lineIdentity(l: Line): string {
  const base = `${holderOf(l)}|${l.year}|${l.code}`;
  return l.kind === 'INITIATIVE' ? `${base}|${folded(l.note)}` : base;
}

/** Kinds a holder has at most one of per year. */
export const ONE_PER_YEAR: ReadonlySet<RegistryKind> = new Set(['RATING', 'DISCIPLINE']);

/** The slot a one-per-year line takes (null for the others). */
export function yearSlot(l: Pick<Line, 'personId' | 'year' | 'kind'>): string | null {
  return ONE_PER_YEAR.has(l.kind) ? `${holderOf(l)}|${l.year}|${l.kind}` : null;
}

/** A year the registry can hold: from FIRST_RECORD_YEAR through the current year. */
export function isRecordYear(year: number, currentYear: number): boolean {
  return Number.isInteger(year) && year >= FIRST_RECORD_YEAR && year <= currentYear;
}

// ---------------------------------------------------------------------------------------------------
// The year sheet
// ---------------------------------------------------------------------------------------------------

/** One row of the year sheet as the form sends it: a person (or the unit, personId null). */
export type SheetRowInput = {
  personId: number | null;
  awards: string[];
  rating: string | null;
  discipline: string | null;
  initiatives: Array<{ code: string; description: string }>;
};

/** A problem of the sheet, on a row (personId, or null for the unit) and a field. */
export type SheetError = { personId: number | null; field: 'awards' | 'rating' | 'discipline' | 'initiatives' | 'row'; messageKey: string; params?: Record<string, string | number> };

/** The lines a row asks for, or the reasons it cannot be recorded. */
export function linesOfSheetRow(row: SheetRowInput, year: number, catalogue: UnitCatalogue): { lines: Line[]; errors: SheetError[] } {
  const holder = row.personId === null ? 'unit' : 'person';
  const lines: Line[] = [];
  const errors: SheetError[] = [];
  const err = (field: SheetError['field'], key: string, params?: SheetError['params']) => errors.push({ personId: row.personId, field, messageKey: `registry.sheet.errors.${key}`, ...(params ? { params } : {}) });
  const add = (code: string, field: SheetError['field'], kinds: readonly RegistryKind[], note: string | null = null) => {
    const c = recordableCode(catalogue, code, holder);
    if (!c || !kinds.includes(c.kind)) return err(field, 'unknownCode', { code });
    lines.push({ personId: row.personId, year, kind: c.kind, code, note });
  };
  for (const code of row.awards) add(code, 'awards', ['TITLE', 'FORM']);
  if (row.rating) add(row.rating, 'rating', ['RATING']);
  if (row.discipline) {
    if (holder === 'unit') err('discipline', 'unknownCode', { code: row.discipline });
    else add(row.discipline, 'discipline', ['DISCIPLINE']);
  }
  if (holder === 'unit' && row.initiatives.length > 0) err('initiatives', 'unknownCode', { code: row.initiatives[0].code });
  else {
    for (const i of row.initiatives) {
      const description = i.description.trim();
      if (!description) err('initiatives', 'descriptionRequired');
      else if (description.length > MAX_DESCRIPTION) err('initiatives', 'descriptionTooLong', { max: MAX_DESCRIPTION });
      else add(i.code, 'initiatives', ['INITIATIVE'], description);
    }
  }
  const seen = new Set<string>();
  for (const l of lines) {
    const id = lineIdentity(l);
    if (seen.has(id)) err(l.kind === 'INITIATIVE' ? 'initiatives' : 'awards', 'duplicate', { code: l.code });
    seen.add(id);
  }
  return { lines, errors };
}

/**
 * What saving a sheet changes. `recorded` are the lines on record for the sheet's holders and year;
 * a line is the unit's to change when it did not come from a decision and its code is one the unit
 * records. Desired lines already on record stay as they are (whatever their source); lines the unit
 * may change and no longer wants are removed; a desired line that a locked line already holds is
 * not added again; a one-per-year line may not take a slot a locked line holds.
 */
export function planSheetSave(
  recorded: readonly RecordedLine[],
  desired: readonly Line[],
  isEditable: (l: RecordedLine) => boolean,
): { create: Line[]; remove: RecordedLine[]; errors: SheetError[] } {
  const desiredIds = new Set(desired.map(lineIdentity));
  const recordedIds = new Set(recorded.map(lineIdentity));
  const lockedSlots = new Map<string, RecordedLine>();
  for (const l of recorded) {
    const slot = yearSlot(l);
    if (slot && !isEditable(l)) lockedSlots.set(slot, l);
  }
  const errors: SheetError[] = [];
  const create: Line[] = [];
  for (const l of desired) {
    if (recordedIds.has(lineIdentity(l))) continue;
    const slot = yearSlot(l);
    const holder = slot ? lockedSlots.get(slot) : undefined;
    if (holder) {
      errors.push({ personId: l.personId, field: l.kind === 'RATING' ? 'rating' : 'discipline', messageKey: 'registry.sheet.errors.slotTaken', params: { code: holder.code } });
      continue;
    }
    create.push(l);
  }
  const remove = recorded.filter((l) => isEditable(l) && !desiredIds.has(lineIdentity(l)));
  return { create, remove, errors };
}
