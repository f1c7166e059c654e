import 'server-only';
import { db, prepared, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit, auditInsertFrom } from '@/lib/audit';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { dateToDay, now } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { allowedFrom, canMove, EDITABLE_STATUSES, isEditableStatus } from '@/lib/workflow/transitions';
import { notify, reviewersOf } from '@/lib/notifications/notify';
import { EVIDENCE_KINDS, readUpload, storeFile } from '@/lib/files/store';
import { assertPeriodOpen, reportingContext } from './context';
import { checkEntered, validateForSubmission, MAX_RAW_LENGTH, toDecimalString } from './values';
import { detectOutliers } from './outliers';
import { acceptedHistory, snapshotOf } from './snapshot';

export const MAX_NOTE = 2000;
export const MAX_NARRATIVE = 20000;

export type DraftInput = {
  unitId: number;
  periodId: number;
  /** the version the editor last saw; 0 when the report does not exist yet */
  version: number;
  /** typed text by element code */
  values: Record<string, string | null>;
  notes: Record<string, string | null>;
  note: string | null;
  narrative: string | null;
};

/** A report as the draft save compares the form with it. */
type StoredDraft = {
  id: number;
  status: WorkflowStatus;
  version: number;
  note: string | null;
  narrative: string | null;
  values: Array<{ elementId: number; rawValue: string | null; note: string | null; valued: boolean }>;
};

function limited(text: string | null | undefined, max: number, field: string): string | null {
  const value = text?.trim() ? text : null;
  if (value && value.length > max) throw new DomainError('VALIDATION', 'VALIDATION', {}, { [field]: [{ messageKey: 'validation.tooLong', params: { max } }] });
  return value;
}

/**
 * Saves what the officer typed, valid or not (a draft may hold invalid values; only submitting
 * validates). The version check refuses to overwrite another editor's newer save.
 */
export async function saveReportDraft(actor: Actor, input: DraftInput) {
  requirePermission(actor, 'unit:edit', { unitId: input.unitId, provinceId: actor.provinceId });
  const ctx = await reportingContext(db, input.unitId, input.periodId, actor.provinceId);
  assertPeriodOpen(ctx.window);
  const byCode = new Map(ctx.elements.map((e) => [e.code, e]));
  for (const code of [...Object.keys(input.values), ...Object.keys(input.notes)]) {
    if (!byCode.has(code)) throw new DomainError('VALIDATION', 'unknownElement');
  }
  const note = limited(input.note, MAX_NOTE, 'note');
  const narrative = limited(input.narrative, MAX_NARRATIVE, 'narrative');
  const rows = ctx.elements
    .filter((e) => e.code in input.values || e.code in input.notes)
    .map((e) => {
      const raw = limited(input.values[e.code], MAX_RAW_LENGTH, `v.${e.code}`);
      const parsed = raw === null ? { value: null } : checkEntered(e, raw);
      return { element: e, raw, value: parsed.value, note: limited(input.notes[e.code], MAX_NOTE, `n.${e.code}`), error: parsed.error };
    });

  const [report] = await prepared<StoredDraft>(Prisma.sql`
    SELECT r.id, r.status::text AS status, r.version, r.note, r.narrative,
           coalesce((SELECT json_agg(json_build_object('elementId', v."elementId", 'rawValue', v."rawValue", 'note', v.note, 'valued', v.value IS NOT NULL))
                       FROM "ReportValue" v WHERE v."reportId" = r.id), '[]') AS values
    FROM "Report" r WHERE r."unitId" = ${input.unitId} AND r."periodId" = ${input.periodId}`);
  if (report && !isEditableStatus(report.status)) throw new DomainError('INVALID_STATE', 'notEditable');
  if (report ? report.version !== input.version : input.version !== 0) throw new DomainError('STALE');

  const changes: Record<string, [unknown, unknown]> = {};
  // An autosave sends the whole form; only the figures that changed are written (and re-derived by the dashboards' triggers).
  const written = rows.filter((row) => {
    const old = report?.values.find((v) => v.elementId === row.element.id);
    if (old && old.rawValue === row.raw && old.note === row.note && old.valued === (row.value !== null)) return false;
    if ((old?.rawValue ?? null) !== row.raw || (old?.note ?? null) !== row.note) changes[row.element.code] = [old?.rawValue ?? null, row.raw];
    return true;
  });
  if (report && report.note !== note) changes.note = [report.note, note];
  if (report && report.narrative !== narrative) {
    changes.narrative = [report.narrative ? `${report.narrative.length} ký tự` : null, narrative ? `${narrative.length} ký tự` : null];
  }

  // One statement, so one transaction: the report (created, or moved on from the version the editor
  // saw: else nothing is written and the editor is told to reload), its changed values and the audit row.
  const saved = report
    ? Prisma.sql`UPDATE "Report" SET note = ${note}, narrative = ${narrative}, version = version + 1, "updatedById" = ${actor.id}, "updatedAt" = ${now()}
                 WHERE id = ${report.id} AND version = ${input.version} AND status = ANY(${EDITABLE_STATUSES}::"WorkflowStatus"[])
                 RETURNING id, version, "updatedAt"`
    : // two first saves at once: the unique (unit, period) lets one create the report; the other reloads
      Prisma.sql`INSERT INTO "Report" ("provinceId", "unitId", "periodId", note, narrative, "updatedById", "updatedAt")
                 VALUES (${actor.provinceId}, ${input.unitId}, ${input.periodId}, ${note}, ${narrative}, ${actor.id}, ${now()})
                 ON CONFLICT ("unitId", "periodId") DO NOTHING
                 RETURNING id, version, "updatedAt"`;
  const audited = Object.keys(changes).length > 0 || !report;
  const [fresh] = await prepared<{ id: number; version: number; updatedAt: Date }>(Prisma.sql`
    WITH saved AS (${saved}),
    written AS (
      INSERT INTO "ReportValue" ("reportId", "elementId", value, "rawValue", note)
      SELECT saved.id, w.element, w.value, w.raw, w.note
        FROM saved, unnest(${written.map((w) => w.element.id)}::int[], ${written.map((w) => (w.value === null ? null : toDecimalString(w.value)))}::numeric[],
                           ${written.map((w) => w.raw)}::text[], ${written.map((w) => w.note)}::text[]) AS w(element, value, raw, note)
      ON CONFLICT ("reportId", "elementId") DO UPDATE SET value = EXCLUDED.value, "rawValue" = EXCLUDED."rawValue", note = EXCLUDED.note
    )${audited ? Prisma.sql`, audited AS (${auditInsertFrom(Prisma.sql`saved`, Prisma.sql`saved.id`, auditActor(actor), { action: 'report.save', entityType: 'Report', unitId: input.unitId, after: { changes } })})` : Prisma.empty}
    SELECT id, version, "updatedAt" FROM saved`);
  if (!fresh) throw new DomainError('STALE');
  const hints: Record<string, FieldErrorKey[]> = {};
  for (const row of rows) if (row.error) hints[`v.${row.element.code}`] = [row.error];
  return { reportId: fresh.id, version: fresh.version, savedAt: fresh.updatedAt, hints };
}

/**
 * Inside a change to a report's evidence: holds the report row until the commit and re-checks that the
 * unit still has it, so a file can never be attached to or removed from a report being submitted.
 * Evidence does not move the version, so this lock is what orders it with the submission.
 */
async function lockEditable(tx: Tx, reportId: number): Promise<void> {
  const [row] = await tx.$queryRaw<Array<{ status: string }>>`SELECT status::text AS status FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
  if (!row || !isEditableStatus(row.status as WorkflowStatus)) throw new DomainError('INVALID_STATE', 'notEditable');
}

async function findOwnReport(actor: Actor, reportId: number, tx: Tx | typeof db = db) {
  const report = await tx.report.findFirst({
    where: { id: reportId, provinceId: actor.provinceId },
    include: { unit: { select: { id: true, name: true } }, period: true },
  });
  if (!report) throw new DomainError('NOT_FOUND');
  return report;
}

/** The unit head sends the report: everything is validated now; after the due day it is marked late. */
export async function submitReport(actor: Actor, input: { reportId: number; version: number }) {
  const report = await findOwnReport(actor, input.reportId);
  requirePermission(actor, 'unit:submit', { unitId: report.unitId, provinceId: actor.provinceId });
  if (!canMove('submit', report.status, actor.role)) throw new DomainError('INVALID_STATE', 'notEditable');
  const ctx = await reportingContext(db, report.unitId, report.periodId, actor.provinceId);
  assertPeriodOpen(ctx.window);

  const [values, evidence, history, threshold] = await Promise.all([
    db.reportValue.findMany({ where: { reportId: report.id }, include: { element: { select: { code: true } } } }),
    db.reportEvidence.findMany({ where: { reportId: report.id }, include: { file: { select: { name: true } } } }),
    acceptedHistory(report.unitId, report.id),
    getSetting(actor.provinceId, 'reporting.outlierThresholdPct'),
  ]);
  const entered = Object.fromEntries(values.map((v) => [v.element.code, { rawValue: v.rawValue, value: v.value, note: v.note }]));
  const codeOf = new Map(ctx.elements.map((e) => [e.id, e.code]));
  const evidenceRefs = evidence.map((e) => ({ elementCode: e.elementId ? (codeOf.get(e.elementId) ?? null) : null }));
  const first = validateForSubmission({ elements: ctx.elements, values: entered, evidence: evidenceRefs });
  const outliers = detectOutliers({ period: report.period, elements: ctx.elements, values: first.values, history, thresholdPct: threshold });
  const check = validateForSubmission({ elements: ctx.elements, values: entered, evidence: evidenceRefs, outliers });
  if (!check.ok) {
    throw new DomainError('VALIDATION', 'VALIDATION', {}, Object.fromEntries(Object.entries(check.fieldErrors).map(([code, errors]) => [`v.${code}`, errors])));
  }

  const late = report.late || ctx.today > dateToDay(report.period.dueDate);
  const at = now();
  await db.$transaction(async (tx) => {
    const moved = await tx.report.updateMany({
      where: { id: report.id, version: input.version, status: { in: [...allowedFrom('submit')] } },
      data: { status: 'SUBMITTED', late, version: { increment: 1 }, submissionCount: { increment: 1 }, submittedAt: at, submittedById: actor.id },
    });
    if (moved.count !== 1) throw new DomainError('STALE');
    // The row is ours now; evidence attached or removed since it was validated means another look.
    const evidenceNow = await tx.reportEvidence.findMany({ where: { reportId: report.id }, select: { id: true }, orderBy: { id: 'asc' } });
    if (evidenceNow.map((e) => e.id).join() !== evidence.map((e) => e.id).sort((a, b) => a - b).join()) throw new DomainError('STALE');
    const number = report.submissionCount + 1;
    await tx.submissionVersion.create({
      data: {
        reportId: report.id,
        number,
        late,
        submittedById: actor.id,
        submittedAt: at,
        snapshot: snapshotOf(report, values, evidence, codeOf) as Prisma.InputJsonValue,
      },
    });
    await audit(tx, auditActor(actor), {
      action: 'report.submit',
      entityType: 'Report',
      entityId: report.id,
      unitId: report.unitId,
      fromStatus: report.status,
      toStatus: 'SUBMITTED',
      after: { late, submission: number },
    });
    await notify(tx, await reviewersOf(tx, actor.provinceId), {
      kind: 'REPORT_SUBMITTED',
      params: { periodType: report.period.type, year: report.period.year, number: report.period.number, unit: report.unit.name },
      link: `/review/reports/${report.id}`,
      event: `report-submitted:${report.id}:${number}`,
    });
  });
  return { late };
}

/** Attaches an evidence file (to one element or the whole report), stored in the same transaction. */
export async function addEvidence(actor: Actor, input: { reportId: number; elementCode: string | null; file: unknown }) {
  const report = await findOwnReport(actor, input.reportId);
  requirePermission(actor, 'unit:edit', { unitId: report.unitId, provinceId: actor.provinceId });
  if (!isEditableStatus(report.status)) throw new DomainError('INVALID_STATE', 'notEditable');
  const ctx = await reportingContext(db, report.unitId, report.periodId, actor.provinceId);
  assertPeriodOpen(ctx.window);
  const element = input.elementCode ? ctx.elements.find((e) => e.code === input.elementCode) : null;
  if (input.elementCode && !element) throw new DomainError('VALIDATION', 'unknownElement');
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  const upload = await readUpload(input.file, maxMb * 1024 * 1024);
  return db.$transaction(async (tx) => {
    await lockEditable(tx, report.id);
    const file = await storeFile(tx, upload, { provinceId: actor.provinceId, unitId: report.unitId, uploadedById: actor.id }, EVIDENCE_KINDS);
    const row = await tx.reportEvidence.create({ data: { reportId: report.id, fileId: file.id, elementId: element?.id ?? null } });
    await audit(tx, auditActor(actor), {
      action: 'report.evidence-add',
      entityType: 'Report',
      entityId: report.id,
      unitId: report.unitId,
      after: { file: file.name, size: file.size, element: element?.code ?? null },
    });
    return { evidenceId: row.id, file };
  });
}

export async function removeEvidence(actor: Actor, evidenceId: number) {
  const evidence = await db.reportEvidence.findFirst({
    where: { id: evidenceId, report: { provinceId: actor.provinceId } },
    include: { report: { select: { id: true, unitId: true, status: true, periodId: true } }, file: { select: { id: true, name: true } } },
  });
  if (!evidence) throw new DomainError('NOT_FOUND');
  requirePermission(actor, 'unit:edit', { unitId: evidence.report.unitId, provinceId: actor.provinceId });
  if (!isEditableStatus(evidence.report.status)) throw new DomainError('INVALID_STATE', 'notEditable');
  const ctx = await reportingContext(db, evidence.report.unitId, evidence.report.periodId, actor.provinceId);
  assertPeriodOpen(ctx.window);
  await db.$transaction(async (tx) => {
    await lockEditable(tx, evidence.report.id);
    await tx.reportEvidence.delete({ where: { id: evidence.id } });
    // The file goes too unless an earlier submission still refers to it (kept for the reviewer's diff).
    const stillUsed = await tx.reportEvidence.count({ where: { fileId: evidence.fileId } });
    const inSubmissions = await tx.submissionVersion.count({ where: { reportId: evidence.report.id, snapshot: { path: ['evidence'], array_contains: [{ fileId: evidence.fileId }] } } });
    if (stillUsed === 0 && inSubmissions === 0) await tx.storedFile.delete({ where: { id: evidence.fileId } });
    await audit(tx, auditActor(actor), {
      action: 'report.evidence-remove',
      entityType: 'Report',
      entityId: evidence.report.id,
      unitId: evidence.report.unitId,
      before: { file: evidence.file.name },
    });
  });
}
