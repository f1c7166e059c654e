import 'server-only';
/**
 * The unit's year sheet (kết quả bình xét hằng năm): one row per person of the unit and one for the
 * unit itself, with the titles and forms the unit awards, the task-completion rating, recognised
 * initiatives and disciplinary measures. Saving rewrites only what changed, in one transaction with
 * its audit row; lines that came from a decision are shown and never touched.
 */
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { now } from '@/lib/clock';
import { byFullName, currentYear, loadUnitCatalogue, lockUnitRegistry, recordedLines, sheetPersons, unitFor } from './data';
import { isRecordYear, linesOfSheetRow, planSheetSave, recordableCode, type CatalogueCode, type Line, type RecordedLine, type SheetError, type SheetRowInput, type UnitCatalogue } from './rules';
import type { SaveSheetInput } from './schema';

export type SheetLine = { id: number; code: string; kind: RecordedLine['kind']; note: string | null; source: RecordedLine['source']; decisionNumber: string | null; decisionDate: Date | null; editable: boolean };
export type SheetRow = { personId: number | null; name: string; position: string | null; active: boolean; lines: SheetLine[] };
export type YearSheet = {
  unit: { id: number; name: string };
  year: number;
  editable: boolean;
  fingerprint: string;
  catalogue: UnitCatalogue;
  rows: SheetRow[];
};

function fingerprintOf(lines: ReadonlyArray<{ id: number }>): string {
  const ids = lines.map((l) => l.id).sort((a, b) => a - b);
  return createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 24);
}

/** A line is the unit's to change when no decision wrote it and the unit records its code. */
function editableIn(catalogue: UnitCatalogue) {
  return (l: Pick<RecordedLine, 'source' | 'code' | 'personId'>) => l.source !== 'DECISION' && recordableCode(catalogue, l.code, l.personId === null ? 'unit' : 'person') !== null;
}

async function sheetState(provinceId: number, unitId: number, year: number, client: Parameters<typeof recordedLines>[0] = db) {
  const persons = (await sheetPersons(client, unitId, year)).sort(byFullName);
  const lines = await recordedLines(client, provinceId, unitId, persons.map((p) => p.id), [year]);
  return { persons, lines };
}

/** The sheet of a unit for a year; 'unit:read' shows it, 'unit:edit' on the unit lets the caller change it. */
export async function getYearSheet(actor: Actor, unitId: number, year: number): Promise<YearSheet> {
  const unit = await unitFor(actor, unitId, 'unit:read');
  if (!isRecordYear(year, currentYear())) throw new DomainError('NOT_FOUND');
  const [{ catalogue }, { persons, lines }] = await Promise.all([loadUnitCatalogue(db, actor.provinceId), sheetState(actor.provinceId, unit.id, year)]);
  const editable = editableIn(catalogue);
  const toSheetLine = (l: (typeof lines)[number]): SheetLine => ({
    id: l.id,
    code: l.code,
    kind: l.kind,
    note: l.note,
    source: l.source,
    decisionNumber: l.decisionNumber,
    decisionDate: l.decisionDate,
    editable: editable(l),
  });
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    editable: isAllowed(actor, 'unit:edit', { unitId: unit.id, provinceId: unit.provinceId }),
    fingerprint: fingerprintOf(lines),
    catalogue,
    rows: [
      { personId: null, name: unit.name, position: null, active: true, lines: lines.filter((l) => l.personId === null).map(toSheetLine) },
      ...persons.map((p) => ({ personId: p.id, name: p.fullName, position: p.position, active: p.active, lines: lines.filter((l) => l.personId === p.id).map(toSheetLine) })),
    ],
  };
}

const fieldOf = (e: Pick<SheetError, 'personId' | 'field'>) => `row.${e.personId ?? 'unit'}.${e.field}`;

function sheetErrors(errors: readonly SheetError[], codes: readonly CatalogueCode[]): DomainError {
  const fieldErrors: Record<string, FieldErrorKey[]> = {};
  for (const e of errors) {
    const params = { ...e.params };
    // Show a code by its name: the unit knows "Hoàn thành tốt nhiệm vụ", not HTTNV.
    if (typeof params.code === 'string') params.code = codes.find((c) => c.code === params.code)?.name ?? params.code;
    (fieldErrors[fieldOf(e)] ??= []).push({ messageKey: e.messageKey, params });
  }
  return new DomainError('VALIDATION', 'VALIDATION', {}, fieldErrors);
}

type AuditLine = { person: string | null; code: string; note?: string | null; source?: string };

/**
 * Saves the unit's review results for a year: the rows sent replace what the unit recorded for those
 * persons (and the unit) that year. Refused: another unit's sheet, a future or impossible year, a
 * person who is not on the sheet, a code the unit does not record, two identical lines, a second
 * rating or disciplinary measure beside one from a decision, and a sheet someone saved meanwhile.
 */
export async function saveYearSheet(actor: Actor, input: SaveSheetInput): Promise<{ created: number; removed: number; fingerprint: string }> {
  const unit = await unitFor(actor, input.unitId, 'unit:edit');
  if (!isRecordYear(input.year, currentYear())) throw new DomainError('VALIDATION', 'VALIDATION', {}, { year: ['registry.sheet.errors.year'] });
  const { catalogue, codes } = await loadUnitCatalogue(db, actor.provinceId);

  const seenRows = new Set<string>();
  const desired: Line[] = [];
  const errors: SheetError[] = [];
  for (const row of input.rows as SheetRowInput[]) {
    const key = String(row.personId ?? 'unit');
    if (seenRows.has(key)) throw new DomainError('VALIDATION');
    seenRows.add(key);
    const result = linesOfSheetRow(row, input.year, catalogue);
    desired.push(...result.lines);
    errors.push(...result.errors);
  }
  if (errors.length) throw sheetErrors(errors, codes);

  return db.$transaction(async (tx) => {
    await lockUnitRegistry(tx, unit.id);
    const { persons, lines } = await sheetState(actor.provinceId, unit.id, input.year, tx);
    if (fingerprintOf(lines) !== input.fingerprint) throw new DomainError('STALE');
    const names = new Map(persons.map((p) => [p.id, p.fullName]));
    for (const row of input.rows) if (row.personId !== null && !names.has(row.personId)) throw new DomainError('NOT_FOUND');

    const holders = new Set(input.rows.map((r) => r.personId));
    const inScope = lines.filter((l) => holders.has(l.personId));
    const plan = planSheetSave(inScope, desired, editableIn(catalogue));
    if (plan.errors.length) throw sheetErrors(plan.errors, codes);
    if (plan.create.length === 0 && plan.remove.length === 0) return { created: 0, removed: 0, fingerprint: input.fingerprint };

    if (plan.remove.length) {
      const removed = await tx.registryEntry.deleteMany({ where: { id: { in: plan.remove.map((l) => l.id) }, source: { not: 'DECISION' } } });
      if (removed.count !== plan.remove.length) throw new DomainError('STALE');
    }
    await tx.registryEntry.createMany({
      data: plan.create.map((l) => ({ provinceId: actor.provinceId, year: l.year, kind: l.kind, code: l.code, personId: l.personId, unitId: unit.id, source: 'UNIT_REVIEW' as const, note: l.note, createdById: actor.id })),
    });
    const short = (l: Line & { source?: string }): AuditLine => ({ person: l.personId === null ? null : (names.get(l.personId) ?? String(l.personId)), code: l.code, ...(l.note ? { note: l.note } : {}), ...(l.source ? { source: l.source } : {}) });
    const removedIds = new Set(plan.remove.map((l) => l.id));
    const kept = inScope.filter((l) => !removedIds.has(l.id));
    await audit(tx, auditActor(actor), {
      action: 'registry.review.save',
      entityType: 'RegistryYear',
      entityId: `${unit.id}:${input.year}`,
      unitId: unit.id,
      before: { unit: unit.name, year: input.year, lines: inScope.map(short) },
      after: { unit: unit.name, year: input.year, lines: [...kept.map(short), ...plan.create.map((l) => short({ ...l, source: 'UNIT_REVIEW' }))], added: plan.create.length, removed: plan.remove.length },
      at: now(),
    });
    // The form goes on from what it saved: its next save compares with the sheet as it is now.
    const after = await sheetState(actor.provinceId, unit.id, input.year, tx);
    return { created: plan.create.length, removed: plan.remove.length, fingerprint: fingerprintOf(after.lines) };
  });
}
