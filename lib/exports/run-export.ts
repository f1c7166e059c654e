import 'server-only';
/**
 * Running one export job (the pg-boss handler calls this; tests call it directly). It claims the
 * job, builds the data section by section (progress 0–90), renders the file (95), and in ONE
 * transaction stores it and sets DONE (100) with its audit row, or sets FAILED with a catalogue key
 * the page translates. Idempotent: a job already DONE or FAILED is left alone, and when two runs of
 * the same job race (a retry after a crash) only the first to finish stores a file; the other's
 * transaction is rolled back.
 */
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { audit } from '@/lib/audit';
import { DomainError, isDomainError } from '@/lib/errors';
import { storeFile } from '@/lib/files/store';
import type { Actor } from '@/lib/auth/session';
import { buildSummaryData } from './summary-data';
import { summaryDocx } from './render-docx';
import { summaryXlsx } from './render-xlsx';
import { exportParamsSchema } from './schema';
import { exportFileName } from './words';

export type RunOutcome = 'DONE' | 'FAILED' | 'SKIPPED';

/** The requester as the job acts for them: permissions are checked again when the job runs. */
async function requesterOf(userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, displayName: true, role: true, provinceId: true, unitId: true, active: true, unit: { select: { name: true } } },
  });
  if (!user || !user.active) return null;
  // Review-year reports need 'dashboard:all', a province-wide permission: no own-unit scope is involved.
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, provinceId: user.provinceId, unitId: user.unitId, unitName: user.unit?.name ?? null, ownUnitIds: user.unitId ? [user.unitId] : [] };
}

/** The catalogue key stored on a FAILED job. */
function failureKey(error: unknown): string {
  if (isDomainError(error)) {
    if (error.messageKey.startsWith('exports.errors.')) return error.messageKey;
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') return 'exports.errors.forbidden';
  }
  return 'exports.errors.unexpected';
}

async function setProgress(id: number, progress: number) {
  await db.exportJob.updateMany({ where: { id, status: 'RUNNING', progress: { lt: progress } }, data: { progress } });
}

export async function runExportJob(id: number): Promise<RunOutcome> {
  const job = await db.exportJob.findUnique({ where: { id } });
  if (!job || job.status === 'DONE' || job.status === 'FAILED') return 'SKIPPED';
  // RUNNING too: a run that died half-way (the process stopped) is taken up again by pg-boss's retry.
  const claimed = await db.exportJob.updateMany({ where: { id, status: { in: ['QUEUED', 'RUNNING'] } }, data: { status: 'RUNNING', progress: 0, startedAt: now(), error: null } });
  if (claimed.count === 0) return 'SKIPPED';

  try {
    const parsed = exportParamsSchema.safeParse(job.params);
    if (!parsed.success) throw new DomainError('VALIDATION', 'exports.errors.badRequest');
    const params = parsed.data;
    const actor = await requesterOf(job.requestedById);
    if (!actor || actor.provinceId !== job.provinceId) throw new DomainError('FORBIDDEN', 'exports.errors.forbidden');

    const data = await buildSummaryData(actor, params, (p) => setProgress(id, Math.round(p)));
    const bytes = params.format === 'docx' ? await summaryDocx(data) : await summaryXlsx(data, now());
    await setProgress(id, 95);
    const name = exportFileName(params.kind, params.format, { year: data.year, period: params.kind === 'PERIOD' ? await periodOf(params.periodId) : null });

    await db.$transaction(async (tx) => {
      const file = await storeFile(tx, { name, bytes }, { provinceId: job.provinceId, unitId: null, uploadedById: job.requestedById }, [params.format]);
      const done = await tx.exportJob.updateMany({ where: { id, status: 'RUNNING' }, data: { status: 'DONE', progress: 100, fileId: file.id, finishedAt: now() } });
      if (done.count !== 1) throw new DomainError('STALE');
      await audit(tx, null, { action: 'export.done', entityType: 'ExportJob', entityId: id, provinceId: job.provinceId, fromStatus: 'RUNNING', toStatus: 'DONE', after: { fileId: file.id, name, size: bytes.byteLength } });
    });
    return 'DONE';
  } catch (error) {
    // Another run of the same job finished first: its file stands, this one was rolled back.
    if (isDomainError(error) && error.code === 'STALE') return 'SKIPPED';
    const key = failureKey(error);
    if (key === 'exports.errors.unexpected') console.warn(`[exports] job ${id} failed:`, error instanceof Error ? error.stack : error);
    await db.$transaction(async (tx) => {
      const failed = await tx.exportJob.updateMany({ where: { id, status: 'RUNNING' }, data: { status: 'FAILED', error: key, finishedAt: now() } });
      if (failed.count === 1) {
        await audit(tx, null, { action: 'export.failed', entityType: 'ExportJob', entityId: id, provinceId: job.provinceId, fromStatus: 'RUNNING', toStatus: 'FAILED', after: { error: key } });
      }
    });
    return 'FAILED';
  }
}

async function periodOf(periodId: number | null) {
  if (periodId === null) return null;
  return db.reportingPeriod.findUnique({ where: { id: periodId }, select: { type: true, year: true, number: true } });
}
