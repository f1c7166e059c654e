/** Starts the job-queue worker in each Node.js server instance (not in the edge runtime, not at build). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startJobs } = await import('./lib/jobs/boss');
    startJobs().catch((error: unknown) => console.warn('[jobs] not started:', error instanceof Error ? error.message : error));
  }
}
