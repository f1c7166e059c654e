/**
 * The production build for the benchmark (`.next-bench`) and a `next start` on it, through
 * lib/cli/with-database.ts (which migrates and seeds what is missing) on the size's database, with
 * the job workers off and the clock at the benchmark's day.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BENCH_CLOCK } from './generate';
import { freePort, stopOnInterrupt } from './database';
import { waitFor } from './http';

export const BENCH_DIST_DIR = '.next-bench';
const BUILD_ENV = { NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' };

/** Builds into .next-bench unless asked to reuse a build that is there. */
export function ensureBuild(options: { reuse: boolean; log: (line: string) => void }): void {
  if (options.reuse && existsSync(path.join(BENCH_DIST_DIR, 'BUILD_ID'))) {
    options.log(`reusing the build in ${BENCH_DIST_DIR}`);
    return;
  }
  options.log(`next build into ${BENCH_DIST_DIR} ...`);
  const result = spawnSync('npx', ['next', 'build'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...BUILD_ENV } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

/** `pid`: the process group of with-database, npx and next start (the group's leader). */
export type RunningServer = { base: string; pid: number; stop: () => Promise<void> };

/** The server's output goes to `logFile` (kept for a look after the run) and to `options.onOutput`; `options.env` adds to its environment. */
export async function startServer(
  databaseUrl: string,
  logFile: string,
  log: (line: string) => void,
  options: { env?: Record<string, string>; onOutput?: (text: string) => void } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...BUILD_ENV,
    DATABASE_URL: databaseUrl,
    JOBS_DISABLED: '1',
    APP_CLOCK: BENCH_CLOCK,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production-0123456789',
    ...options.env,
  };
  // Its own process group, so that stopping it ends with-database and next start together.
  const child: ChildProcess = spawn('npx', ['tsx', '--conditions=react-server', 'lib/cli/with-database.ts', '--', 'npx', 'next', 'start', '-p', String(port)], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  mkdirSync(path.dirname(logFile), { recursive: true });
  const file = createWriteStream(logFile);
  const keep = (chunk: Buffer) => {
    file.write(chunk);
    output.push(chunk.toString());
    options.onOutput?.(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.on('exit', () => (exited = true));

  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  // Ends the whole group (with-database, npx, next) and waits until none is left, so that no request
  // still in the server meets a database that the caller stops next.
  const stop = async () => {
    if (child.pid === undefined || !groupAlive()) return;
    process.kill(-child.pid, 'SIGTERM');
    const until = Date.now() + 15_000;
    while (groupAlive() && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
    file.end();
  };

  const base = `http://localhost:${port}`;
  try {
    await waitFor(`${base}/api/health`, 180_000, () => !exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join('').slice(-3000)}`);
  }
  log(`next start on ${base} (pid ${child.pid}, output in ${logFile})`);
  // If this process dies without stopping it (a crash), the server group must not outlive it.
  const onExit = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', onExit);
  const stopOnce = stopOnInterrupt(async () => {
    process.off('exit', onExit);
    await stop();
  });
  return { base, pid: child.pid!, stop: stopOnce };
}
