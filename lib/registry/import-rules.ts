/**
 * Checks of the rows of an Excel import of past years (one row per person, year and code), pure:
 * every problem is reported with its row, so the unit corrects the file once; nothing is written
 * unless no row has a problem.
 */
import type { RegistryKind } from '@/lib/generated/prisma/enums';
import { foldVietnamese } from '@/lib/admin/rules';
import { isRecordYear, lineIdentity, MAX_DESCRIPTION, recordableCode, yearSlot, FIRST_RECORD_YEAR, type Line, type UnitCatalogue } from './rules';

/** The marker of a row about the unit itself, in the person column. */
export const UNIT_MARKER = 'DV';

/** A row as read from the sheet, cells as text (null when empty). */
export type ImportCells = { rowNumber: number; personRef: string | null; name: string | null; year: string | null; code: string | null; note: string | null };

export type ImportError = { row: number | null; messageKey: string; params?: Record<string, string | number> };

export type ImportLine = Line & { rowNumber: number };

export type ImportContext = {
  currentYear: number;
  /** the unit's persons (inactive ones too: past years name them) */
  persons: ReadonlyArray<{ id: number; fullName: string }>;
  catalogue: UnitCatalogue;
  /** lines already on record for the unit and its persons, any year and source */
  recorded: readonly Line[];
};

const E = (key: string) => `registry.import.errors.${key}`;
const nameKey = (name: string) => foldVietnamese(name).trim().replace(/\s+/g, ' ');

function resolvePerson(cells: ImportCells, ctx: ImportContext, err: (key: string, params?: ImportError['params']) => void): { personId: number | null } | null {
  const ref = cells.personRef?.trim() ?? '';
  const name = cells.name?.trim() ?? '';
  if (ref.toUpperCase() === UNIT_MARKER) return { personId: null };
  if (ref) {
    const person = /^\d{1,9}$/.test(ref) ? ctx.persons.find((p) => p.id === Number(ref)) : undefined;
    if (!person) return err('unknownPersonId', { id: ref }), null;
    if (name && nameKey(name) !== nameKey(person.fullName)) return err('personMismatch', { id: ref, name, expected: person.fullName }), null;
    return { personId: person.id };
  }
  if (!name) return err('noPerson'), null;
  const matches = ctx.persons.filter((p) => nameKey(p.fullName) === nameKey(name));
  if (matches.length === 0) return err('unknownPerson', { name }), null;
  if (matches.length > 1) return err('ambiguousPerson', { name }), null;
  return { personId: matches[0].id };
}

/** The catalogue code a cell names: the code itself, or the name of the title/form (diacritics ignored). */
function codeOf(text: string, ctx: ImportContext, holder: 'person' | 'unit') {
  const cleaned = text.trim();
  const byCode = recordableCode(ctx.catalogue, cleaned.toUpperCase(), holder);
  if (byCode) return byCode;
  const all = holder === 'person' ? [...ctx.catalogue.personAwards, ...ctx.catalogue.ratings, ...ctx.catalogue.initiatives, ...ctx.catalogue.disciplines] : [...ctx.catalogue.unitAwards, ...ctx.catalogue.ratings];
  const wanted = nameKey(cleaned);
  return all.find((c) => nameKey(c.name) === wanted || (c.nameEn !== null && nameKey(c.nameEn) === wanted)) ?? null;
}

/** Checks every row; `lines` holds the rows without a problem, `errors` every problem by row. */
export function checkImportRows(rows: readonly ImportCells[], ctx: ImportContext): { lines: ImportLine[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const lines: ImportLine[] = [];
  const recordedIds = new Set(ctx.recorded.map(lineIdentity));
  const recordedSlots = new Map<string, Line>();
  for (const l of ctx.recorded) {
    const slot = yearSlot(l);
    if (slot) recordedSlots.set(slot, l);
  }
  const fileIds = new Map<string, number>();
  const fileSlots = new Map<string, { row: number; code: string }>();

  for (const cells of rows) {
    const row = cells.rowNumber;
    let failed = false;
    const err = (key: string, params: ImportError['params'] = {}) => {
      failed = true;
      errors.push({ row, messageKey: E(key), params: { row, ...params } });
    };
    const holder = resolvePerson(cells, ctx, err);
    const yearText = cells.year?.trim() ?? '';
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!yearText) err('noYear');
    else if (!isRecordYear(year, ctx.currentYear)) err('impossibleYear', { year: yearText, from: FIRST_RECORD_YEAR, to: ctx.currentYear });
    const codeText = cells.code?.trim() ?? '';
    const code = codeText && holder ? codeOf(codeText, ctx, holder.personId === null ? 'unit' : 'person') : null;
    if (!codeText) err('noCode');
    else if (holder && !code) {
      const elsewhere = codeOf(codeText, ctx, holder.personId === null ? 'person' : 'unit');
      err(elsewhere ? (holder.personId === null ? 'codeForPersons' : 'codeForUnits') : 'unknownCode', { code: codeText });
    }
    const note = cells.note?.trim() || null;
    if (code?.kind === 'INITIATIVE' && !note) err('descriptionRequired');
    if (note && note.length > MAX_DESCRIPTION) err('noteTooLong', { max: MAX_DESCRIPTION });
    if (failed || !holder || !code) continue;

    const line: ImportLine = { rowNumber: row, personId: holder.personId, year, kind: code.kind as RegistryKind, code: code.code, note };
    const id = lineIdentity(line);
    const slot = yearSlot(line);
    const firstRow = fileIds.get(id);
    if (firstRow !== undefined) err('duplicateInFile', { code: line.code, year, firstRow });
    else if (recordedIds.has(id)) err('alreadyRecorded', { code: line.code, year });
    else if (slot && fileSlots.has(slot)) err(line.kind === 'RATING' ? 'secondRatingInFile' : 'secondDisciplineInFile', { year, firstRow: fileSlots.get(slot)!.row, code: fileSlots.get(slot)!.code });
    else if (slot && recordedSlots.has(slot)) err(line.kind === 'RATING' ? 'ratingRecorded' : 'disciplineRecorded', { year, code: recordedSlots.get(slot)!.code });
    if (failed) continue;
    fileIds.set(id, row);
    if (slot) fileSlots.set(slot, { row, code: line.code });
    lines.push(line);
  }
  return { lines, errors };
}
