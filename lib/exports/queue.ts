import 'server-only';
/**
 * The export queue's handler, for the job worker (lib/jobs/boss.ts). This module does not import the
 * job queue itself, so boss.ts may import it without a cycle; requesting an export goes through
 * ./dispatch.
 */
import { runExportJob } from './run-export';

export const EXPORT_QUEUE = 'export';

/** pg-boss job data: { exportJobId }. A run never throws: a failure is recorded on the ExportJob. */
export async function handleExportJob(data: Record<string, unknown>): Promise<unknown> {
  const id = Number(data.exportJobId);
  if (!Number.isInteger(id) || id <= 0) return 'SKIPPED';
  return runExportJob(id);
}

/** The queues this capability works on, by name (for startJobs). */
export const EXPORT_QUEUES: Record<string, (data: Record<string, unknown>) => Promise<unknown>> = { [EXPORT_QUEUE]: handleExportJob };
