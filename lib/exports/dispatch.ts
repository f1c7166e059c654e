import 'server-only';
/**
 * Handing a recorded ExportJob to the job queue. The export queue is registered with the worker
 * here, on first use, as well as at start (lib/jobs/boss.ts startJobs), so that an export
 * requested on an instance runs even before every instance knows the queue; pg-boss gives each job
 * to one worker and the run is idempotent anyway.
 */
import { enqueue, registerQueue } from '@/lib/jobs/boss';
import { EXPORT_QUEUE, handleExportJob } from './queue';

let registered: Promise<void> | null = null;

export async function dispatchExport(exportJobId: number): Promise<void> {
  registered ??= registerQueue(EXPORT_QUEUE, handleExportJob).catch((error: unknown) => {
    registered = null;
    throw error;
  });
  await registered;
  await enqueue(EXPORT_QUEUE, { exportJobId });
}
