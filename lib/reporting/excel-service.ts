import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { getSetting } from '@/lib/settings/queries';
import { getAnyTranslations } from '@/lib/i18n/translate';
import { periodLabel } from '@/lib/i18n/periods';
import { assertPeriodOpen, reportingContext } from './context';
import { acceptedHistory } from './snapshot';
import { comparableValue } from './outliers';
import { buildTemplate, parseUpload, type UploadResult } from './excel';
import { saveReportDraft } from './report-service';

/** The pre-filled Excel template of a unit's report for a period: elements, last comparable values, the draft's figures. */
export async function templateFor(actor: Actor, unitId: number, periodId: number): Promise<{ name: string; bytes: Buffer }> {
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  const ctx = await reportingContext(db, unitId, periodId, actor.provinceId);
  const [report, history, t] = await Promise.all([
    db.report.findUnique({ where: { unitId_periodId: { unitId, periodId } }, include: { values: { include: { element: { select: { code: true } } } } } }),
    acceptedHistory(unitId, null),
    getAnyTranslations(),
  ]);
  const previousValues: Record<string, number> = {};
  for (const e of ctx.elements) {
    const previous = comparableValue(e, ctx.period, history);
    if (previous) previousValues[e.code] = previous.value;
  }
  const bytes = await buildTemplate({
    unit: ctx.unit,
    period: { id: ctx.period.id, label: periodLabel(t, ctx.period), dueDate: ctx.period.dueDate },
    elements: ctx.elements,
    previousValues,
    currentValues: Object.fromEntries((report?.values ?? []).map((v) => [v.element.code, { rawValue: v.rawValue, value: v.value, note: v.note }])),
  });
  return { name: `bao-cao-${ctx.unit.id}-${ctx.period.year}-${ctx.period.type.toLowerCase()}${ctx.period.number}.xlsx`, bytes };
}

async function readUploadFor(actor: Actor, unitId: number, periodId: number, file: unknown): Promise<UploadResult> {
  requirePermission(actor, 'unit:edit', { unitId, provinceId: actor.provinceId });
  const ctx = await reportingContext(db, unitId, periodId, actor.provinceId);
  assertPeriodOpen(ctx.window);
  if (!(file instanceof File) || file.size === 0) throw new DomainError('FILE_REJECTED', 'fileMissing');
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  if (file.size > maxMb * 1024 * 1024) throw new DomainError('FILE_REJECTED', 'fileTooLarge', { mb: maxMb });
  return parseUpload(new Uint8Array(await file.arrayBuffer()), { unitId, periodId, elements: ctx.elements, maxBytes: maxMb * 1024 * 1024 });
}

/** Reads an uploaded template and reports every problem by row; writes nothing. */
export function previewUpload(actor: Actor, input: { unitId: number; periodId: number; file: unknown }) {
  return readUploadFor(actor, input.unitId, input.periodId, input.file);
}

/** Saves an uploaded template's figures into the draft (the user confirmed the preview). */
export async function importUpload(actor: Actor, input: { unitId: number; periodId: number; file: unknown }) {
  const result = await readUploadFor(actor, input.unitId, input.periodId, input.file);
  if (!result.usable) throw new DomainError('FILE_REJECTED', 'fileType');
  const report = await db.report.findUnique({ where: { unitId_periodId: { unitId: input.unitId, periodId: input.periodId } }, select: { version: true, note: true, narrative: true } });
  const saved = await saveReportDraft(actor, {
    unitId: input.unitId,
    periodId: input.periodId,
    version: report?.version ?? 0,
    values: Object.fromEntries(result.rows.map((r) => [r.code, r.raw])),
    notes: Object.fromEntries(result.rows.map((r) => [r.code, r.note])),
    note: report?.note ?? null,
    narrative: report?.narrative ?? null,
  });
  return { count: result.rows.filter((r) => r.raw !== null).length, version: saved.version };
}
