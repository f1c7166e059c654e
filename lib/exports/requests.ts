import 'server-only';
/**
 * Asking for an export and following it: the request records an ExportJob (QUEUED, audited) and
 * hands it to the job queue, then returns at once; the page polls the job's progress and downloads
 * the file when it is DONE. A job and its file are read by the users of its province who may read
 * the review-year reports ('dashboard:all'), the requester among them.
 */
import { db } from '@/lib/db';
import { now, vnDay } from '@/lib/clock';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { isAllowed } from '@/lib/auth/permissions';
import { auditActor, requirePermission, type Actor } from '@/lib/auth/session';
import { getActiveCampaign, getPeriods } from '@/lib/catalogue/queries';
import { fileBytes } from '@/lib/files/access';
import { dispatchExport } from './dispatch';
import type { ExportParams, RequestExportInput } from './schema';
import { periodShort } from './words';

/** What the request form offers: the periods that have ended (newest first) and the review years. */
export async function exportOptions(actor: Actor) {
  requirePermission(actor, 'dashboard:all');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const periods = (await getPeriods(campaign.id)).filter((p) => !p.isBaseline && p.window !== 'NOT_OPEN').reverse();
  const year = (kind: 'MIDTERM_REVIEW' | 'FINAL_REVIEW') => campaign.milestones.find((m) => m.kind === kind)?.year ?? null;
  return {
    periods: periods.map((p) => ({ id: p.id, type: p.type, year: p.year, number: p.number, label: periodShort(p) })),
    midtermYear: year('MIDTERM_REVIEW'),
    finalYear: year('FINAL_REVIEW'),
  };
}

const refuse = (field: string, key: string) => new DomainError('VALIDATION', 'VALIDATION', {}, { [field]: [key] });

/** Records the job (QUEUED) with its audit row; the caller hands it to the queue. */
export async function createExportJob(actor: Actor, input: RequestExportInput): Promise<{ id: number }> {
  requirePermission(actor, 'dashboard:all');
  const options = await exportOptions(actor);
  if (!options) throw refuse('kind', 'exports.errors.noCampaign');
  if (input.kind === 'PERIOD' && !options.periods.some((p) => p.id === input.periodId)) throw refuse('periodId', 'exports.validation.periodNotEnded');
  if (input.kind === 'MIDTERM' && options.midtermYear === null) throw refuse('kind', 'exports.errors.milestoneNotFound');
  if (input.kind === 'FINAL' && options.finalYear === null) throw refuse('kind', 'exports.errors.milestoneNotFound');

  const params: ExportParams = {
    kind: input.kind,
    periodId: input.kind === 'PERIOD' ? input.periodId : null,
    format: input.format,
    signer: input.signer,
    signerTitle: input.signerTitle,
    date: vnDay(),
  };
  return db.$transaction(async (tx) => {
    const job = await tx.exportJob.create({ data: { provinceId: actor.provinceId, kind: params.kind, params, requestedById: actor.id, createdAt: now() }, select: { id: true } });
    await audit(tx, auditActor(actor), { action: 'export.request', entityType: 'ExportJob', entityId: job.id, toStatus: 'QUEUED', after: params });
    return job;
  });
}

/** Records the job and queues it; never waits for the export itself. */
export async function requestExport(actor: Actor, input: RequestExportInput): Promise<{ id: number }> {
  const job = await createExportJob(actor, input);
  try {
    await dispatchExport(job.id);
  } catch (error) {
    // The queue is down (JOBS_DISABLED or no database URL for it): say so on the job instead of leaving it queued.
    console.warn('[exports] could not queue job', job.id, error instanceof Error ? error.message : error);
    await db.exportJob.updateMany({ where: { id: job.id, status: 'QUEUED' }, data: { status: 'FAILED', error: 'exports.errors.queueDown', finishedAt: now() } });
  }
  return job;
}

const jobSelect = {
  id: true,
  provinceId: true,
  kind: true,
  params: true,
  status: true,
  progress: true,
  error: true,
  fileId: true,
  requestedById: true,
  createdAt: true,
  finishedAt: true,
} as const;

export type ExportJobView = { id: number; kind: string; params: unknown; status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'; progress: number; error: string | null; fileName: string | null; createdAt: Date; finishedAt: Date | null };

async function withFileNames<T extends { fileId: number | null }>(jobs: T[]): Promise<Array<T & { fileName: string | null }>> {
  const ids = jobs.map((j) => j.fileId).filter((id): id is number => id !== null);
  const files = ids.length ? await db.storedFile.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return jobs.map((j) => ({ ...j, fileName: files.find((f) => f.id === j.fileId)?.name ?? null }));
}

type JobRow = { id: number; provinceId: number; kind: string; params: unknown; status: ExportJobView['status']; progress: number; error: string | null; fileId: number | null; requestedById: number; createdAt: Date; finishedAt: Date | null };

/** What the page may show of a job: not its owner or file row. */
function view(job: JobRow & { fileName: string | null }): ExportJobView {
  const { id, kind, params, status, progress, error, fileName, createdAt, finishedAt } = job;
  return { id, kind, params, status, progress, error, fileName, createdAt, finishedAt };
}

/** The caller's own exports, newest first. */
export async function listMyExports(actor: Actor, take = 20): Promise<ExportJobView[]> {
  requirePermission(actor, 'dashboard:all');
  const jobs = await db.exportJob.findMany({ where: { provinceId: actor.provinceId, requestedById: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, select: jobSelect });
  return (await withFileNames(jobs)).map(view);
}

async function readableJob(actor: Actor, id: number) {
  const job = await db.exportJob.findUnique({ where: { id }, select: jobSelect });
  if (!job || !isAllowed(actor, 'dashboard:all', { unitId: null, provinceId: job.provinceId })) return null;
  return job;
}

/** A job's state for the polling page; null when it does not exist or is not the caller's to see. */
export async function getExportStatus(actor: Actor, id: number): Promise<ExportJobView | null> {
  const job = await readableJob(actor, id);
  return job ? view((await withFileNames([job]))[0]) : null;
}

/** The finished file, for a reader of the job. */
export async function getExportFile(actor: Actor, id: number): Promise<{ name: string; mimeType: string; bytes: Uint8Array } | null> {
  const job = await readableJob(actor, id);
  if (!job || job.status !== 'DONE' || job.fileId === null) return null;
  const [file, bytes] = await Promise.all([db.storedFile.findUnique({ where: { id: job.fileId }, select: { name: true, mimeType: true } }), fileBytes(job.fileId)]);
  return file && bytes ? { ...file, bytes } : null;
}
