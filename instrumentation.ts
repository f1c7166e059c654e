/** Starts the job-queue worker in each Node.js server instance (not in the edge runtime, not at build). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startJobs } = await import('./lib/jobs/boss');
    startJobs().catch((error: unknown) => console.warn('[jobs] not started:', error instanceof Error ? error.message : error));
    reportMemory(Number(process.env.MEMORY_REPORT_SECONDS));
  }
}

/**
 * For the soak (`npm run bench:soak`): every `seconds`, the process's memory after a full garbage
 * collection (the server must run with --expose-gc), so that growth means memory kept, not garbage
 * the collector has not yet come to. Off unless MEMORY_REPORT_SECONDS is set.
 */
function reportMemory(seconds: number) {
  if (!(seconds > 0)) return;
  const collect = (globalThis as { gc?: () => void }).gc;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  setInterval(() => {
    collect?.();
    const m = process.memoryUsage();
    console.log(`[memory] gc=${collect ? 'yes' : 'no'} rss=${mb(m.rss)} heapUsed=${mb(m.heapUsed)} heapTotal=${mb(m.heapTotal)} external=${mb(m.external)} arrayBuffers=${mb(m.arrayBuffers)}`);
  }, seconds * 1000).unref();
}
