/**
 * The PostgreSQL-backed job queue (pg-boss): scheduled reminders, e-mail, long exports. Every app
 * instance starts a worker; pg-boss hands each job to one of them, and its schedules are shared.
 * JOBS_DISABLED=1 turns the workers off (one-off scripts, some tests).
 */
import PgBoss from 'pg-boss';
import { getDb } from '@/lib/db';
import { vnDay } from '@/lib/clock';
import { runDailyNotifications } from '@/lib/notifications/daily';
import { emailConfigured, sendPendingEmails } from '@/lib/notifications/email';

const DAILY = 'daily-notifications';
const EMAIL = 'send-email';

type Handler = (data: Record<string, unknown>) => Promise<unknown>;
const extraQueues = new Map<string, Handler>();

let boss: PgBoss | null = null;
let starting: Promise<PgBoss | null> | null = null;

/** Other capabilities register their queues (e.g. exports) before or after the start. */
export async function registerQueue(name: string, handler: Handler): Promise<void> {
  extraQueues.set(name, handler);
  if (boss) await workOn(boss, name, handler);
}

async function workOn(instance: PgBoss, name: string, handler: Handler) {
  await instance.createQueue(name);
  await instance.work<Record<string, unknown>>(name, async (jobs) => {
    for (const job of jobs) await handler(job.data ?? {});
  });
}

export function startJobs(): Promise<PgBoss | null> {
  if (process.env.JOBS_DISABLED === '1' || !process.env.DATABASE_URL) return Promise.resolve(null);
  starting ??= (async () => {
    const instance = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 3, application_name: 'thidua-jobs' });
    instance.on('error', (error) => console.warn('[jobs]', error.message));
    await instance.start();
    await workOn(instance, DAILY, async () => runDailyNotifications(getDb(), vnDay()));
    await instance.schedule(DAILY, '0 6 * * *', {}, { tz: 'Asia/Ho_Chi_Minh' });
    // Once at start too, so a fresh instance does not wait for 06:00 (the run is idempotent).
    await instance.send(DAILY, {}, { singletonKey: vnDay(), singletonHours: 1 });
    if (emailConfigured()) {
      await workOn(instance, EMAIL, async () => sendPendingEmails(getDb()));
      await instance.schedule(EMAIL, '* * * * *', {});
    }
    // Queues of other capabilities that must resume after a restart (a queued export, say).
    for (const [name, handler] of Object.entries((await import('@/lib/exports/queue')).EXPORT_QUEUES)) extraQueues.set(name, handler);
    for (const [name, handler] of extraQueues) await workOn(instance, name, handler);
    boss = instance;
    return instance;
  })();
  return starting;
}

export async function enqueue(name: string, data: Record<string, unknown>): Promise<string | null> {
  const instance = boss ?? (await startJobs());
  if (!instance) throw new Error('The job queue is not running (JOBS_DISABLED=1 or no DATABASE_URL).');
  return instance.send(name, data);
}

export async function stopJobs(): Promise<void> {
  await boss?.stop({ graceful: true, wait: true });
  boss = null;
  starting = null;
}
