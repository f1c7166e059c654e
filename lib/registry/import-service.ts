import 'server-only';
/**
 * The Excel import of past years: the template of a unit, the preview that lists every problem by
 * row and writes nothing, and the confirmation that writes the lines (source IMPORT) in one
 * transaction with its audit row, after checking the file again under the unit's lock.
 */
import { db, type Tx } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { now } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { byFullName, currentYear, loadUnitCatalogue, lockUnitRegistry, recordedLines, unitFor } from './data';
import { buildImportTemplate, readImportFile, type TemplateLabels } from './import-excel';
import { checkImportRows, type ImportError, type ImportLine } from './import-rules';

/** The unit's import template: its persons, the codes it records. */
export async function importTemplateFor(actor: Actor, unitId: number, labels?: Partial<TemplateLabels>): Promise<{ name: string; bytes: Buffer }> {
  const unit = await unitFor(actor, unitId, 'unit:edit');
  const [{ catalogue }, persons] = await Promise.all([
    loadUnitCatalogue(db, actor.provinceId),
    db.person.findMany({ where: { unitId: unit.id }, select: { id: true, fullName: true, position: true, active: true } }),
  ]);
  const codes = [...catalogue.personAwards, ...catalogue.unitAwards.filter((c) => !catalogue.personAwards.includes(c)), ...catalogue.ratings, ...catalogue.initiatives, ...catalogue.disciplines];
  const bytes = await buildImportTemplate({ unit, persons: persons.sort(byFullName), codes, currentYear: currentYear(), labels });
  return { name: `so-khen-thuong-${unit.id}.xlsx`, bytes };
}

export type ImportPreview = {
  /** every problem, by row (row null: the file itself) */
  errors: ImportError[];
  /** the lines the file would add, when it has no problem */
  lines: Array<ImportLine & { person: string | null }>;
};

async function fileBytes(actor: Actor, file: unknown): Promise<{ bytes: Uint8Array; name: string; maxBytes: number }> {
  if (!(file instanceof File) || file.size === 0) throw new DomainError('FILE_REJECTED', 'fileMissing');
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  const maxBytes = maxMb * 1024 * 1024;
  if (file.size > maxBytes) throw new DomainError('FILE_REJECTED', 'fileTooLarge', { mb: maxMb });
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, maxBytes };
}

async function check(client: Tx | typeof db, actor: Actor, unitId: number, bytes: Uint8Array, maxBytes: number): Promise<ImportPreview> {
  const read = await readImportFile(bytes, { unitId, maxBytes });
  if (read.refusal) return { errors: [read.refusal], lines: [] };
  const [{ catalogue }, persons] = await Promise.all([
    loadUnitCatalogue(client, actor.provinceId),
    client.person.findMany({ where: { unitId }, select: { id: true, fullName: true } }),
  ]);
  const recorded = await recordedLines(client, actor.provinceId, unitId, persons.map((p) => p.id));
  const result = checkImportRows(read.rows, { currentYear: currentYear(), persons, catalogue, recorded });
  const names = new Map(persons.map((p) => [p.id, p.fullName]));
  return {
    errors: result.errors,
    lines: result.errors.length ? [] : result.lines.map((l) => ({ ...l, person: l.personId === null ? null : (names.get(l.personId) ?? null) })),
  };
}

/** Reads the file and reports every problem by row; writes nothing. */
export async function previewImport(actor: Actor, input: { unitId: number; file: unknown }): Promise<ImportPreview> {
  const unit = await unitFor(actor, input.unitId, 'unit:edit');
  const { bytes, maxBytes } = await fileBytes(actor, input.file);
  return check(db, actor, unit.id, bytes, maxBytes);
}

/**
 * Writes the file's lines with source IMPORT, all or nothing: the file is checked again under the
 * unit's lock, so a line recorded meanwhile (or the same file confirmed twice) comes back as a
 * problem and nothing is written.
 */
export async function confirmImport(actor: Actor, input: { unitId: number; file: unknown }): Promise<{ created: number; errors: ImportError[] }> {
  const unit = await unitFor(actor, input.unitId, 'unit:edit');
  const { bytes, maxBytes, name } = await fileBytes(actor, input.file);
  return db.$transaction(
    async (tx) => {
      await lockUnitRegistry(tx, unit.id);
      const preview = await check(tx, actor, unit.id, bytes, maxBytes);
      if (preview.errors.length) return { created: 0, errors: preview.errors };
      await tx.registryEntry.createMany({
        data: preview.lines.map((l) => ({ provinceId: actor.provinceId, year: l.year, kind: l.kind, code: l.code, personId: l.personId, unitId: unit.id, source: 'IMPORT' as const, note: l.note, createdById: actor.id })),
      });
      const years = [...new Set(preview.lines.map((l) => l.year))].sort();
      await audit(tx, auditActor(actor), {
        action: 'registry.import',
        entityType: 'RegistryImport',
        entityId: unit.id,
        unitId: unit.id,
        after: { unit: unit.name, file: name, count: preview.lines.length, years, lines: preview.lines.map((l) => ({ row: l.rowNumber, person: l.person, year: l.year, code: l.code, ...(l.note ? { note: l.note } : {}) })) },
        at: now(),
      });
      return { created: preview.lines.length, errors: [] };
    },
    { timeout: 30_000 },
  );
}
