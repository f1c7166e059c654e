/**
 * The crash harness's moving parts: the production build in `.next-crash` (built when missing or
 * older than the sources), an embedded PostgreSQL of its own, and `next start` as a child process
 * that can be killed with SIGKILL and started again. Everything a run owns is keyed by its pid.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, type WriteStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/embedded';
import { freePort } from '@/lib/bench/database';

export const CRASH_DIST_DIR = '.next-crash';
export const CRASH_CLOCK = '2026-11-26T09:00:00+07:00';
const SOURCES = ['app', 'lib', 'components', 'prisma/seed', 'proxy.ts', 'next.config.ts', 'instrumentation.ts', 'package-lock.json'];

/** The newest modification time under the paths that make up the build (tests and generated types aside). */
let newestFile = '';

function newestSource(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p) && stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
      newestFile = p;
    }
  };
  for (const p of paths) visit(p);
  return newest;
}

/** One build for the whole harness: reused when it is newer than every source file. Returns seconds spent. */
export function ensureBuild(log: (line: string) => void): number {
  const buildId = path.join(CRASH_DIST_DIR, 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource(SOURCES)) {
    log(`reusing the production build in ${CRASH_DIST_DIR}`);
    return 0;
  }
  const started = performance.now();
  log(`next build into ${CRASH_DIST_DIR} (${existsSync(buildId) ? `${newestFile} is newer than the last build` : 'no build yet'}) ...`);
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...serverEnvironment(), NEXT_DIST_DIR: CRASH_DIST_DIR, SKIP_BUILD_TYPECHECK: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

/** The parent's environment without what vitest and the test database put there. */
function serverEnvironment(): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST|NODE_ENV$|DATABASE_URL$|NEXT_DIST_DIR$|APP_CLOCK$)/.test(key)) env[key] = value;
  }
  return { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv;
}

/** The embedded PostgreSQL of the harness: started, killed (SIGKILL to the postmaster) and started again on the same folder and port. */
export class CrashDatabase {
  private running: RunningDatabase | null = null;
  restarts: number[] = [];
  /** restarts on which lib/db/embedded.ts found the crashed server's lock file and cleared it */
  staleLocksCleared = 0;

  constructor(
    readonly dataDir: string,
    readonly port: number,
    readonly database: string,
  ) {}

  static async create(): Promise<CrashDatabase> {
    return new CrashDatabase(`.data/crash-pg-${process.pid}`, await freePort(), 'thidua_crash');
  }

  get url(): string {
    if (!this.running) throw new Error('the crash database is not running');
    return this.running.url;
  }

  async start(fresh = false): Promise<void> {
    const started = performance.now();
    const log = (line: string) => {
      if (line.startsWith('Stale lock')) this.staleLocksCleared++;
    };
    this.running = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port, database: this.database, fresh, log });
    if (!fresh) this.restarts.push(performance.now() - started);
  }

  /** The postmaster's pid, from the lock file that PostgreSQL keeps in its data folder. */
  private postmasterPid(): number {
    const dir = this.running?.dataDir ?? this.dataDir;
    return Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** SIGKILL, no shutdown: the lock file, shared memory and backends are left as a crash leaves them. */
  kill(): void {
    process.kill(this.postmasterPid(), 'SIGKILL');
    // The library's handle would wait forever for an exit it already saw; it is not used again.
    this.running = null;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) {
      await running.stop();
      rmSync(running.dataDir, { recursive: true, force: true });
    }
  }
}

/** `next start` on the crash build, as a process group of its own so that SIGKILL reaches all of it. */
export class CrashServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private readonly log: WriteStream;
  /** everything the server wrote, over all its lives (for the personal-data check) */
  output = '';
  starts: number[] = [];

  constructor(
    readonly port: number,
    readonly logFile: string,
    private readonly databaseUrl: () => string,
  ) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    this.log = createWriteStream(logFile);
  }

  static async create(databaseUrl: () => string): Promise<CrashServer> {
    return new CrashServer(await freePort(), `.data/crash-server-${process.pid}.log`, databaseUrl);
  }

  get base(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(this.port)], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...serverEnvironment(),
        NEXT_DIST_DIR: CRASH_DIST_DIR,
        DATABASE_URL: this.databaseUrl(),
        APP_CLOCK: CRASH_CLOCK,
        JOBS_DISABLED: '1',
        NEXTAUTH_SECRET: 'crash-only-secret-not-for-production-0123456789',
        NEXTAUTH_URL: this.base,
      },
    });
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      this.log.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
    let alive = true;
    void this.exited.then(() => (alive = false));
    const until = performance.now() + 90_000;
    while (performance.now() < until) {
      if (!alive) throw new Error(`next start exited:\n${this.output.slice(-3000)}`);
      const health = await getJson(`${this.base}/api/health`).catch(() => null);
      if (health?.status === 200) {
        this.starts.push(performance.now() - started);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`next start did not answer /api/health within 90 s:\n${this.output.slice(-3000)}`);
  }

  /** SIGKILL to the whole group, then wait until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child?.pid) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    await new Promise((r) => this.log.end(r));
  }
}

/** GET with a fresh connection (a killed server must not leave a kept-alive socket behind). */
export function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> | null }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown> | null = null;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // not JSON
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

export type Answer = { status: number; body: string; redirect: string | null } | { error: string };
export type Sent = { answered: Promise<Answer> };

/** A POST that reports how it ended (answered, or cut off by the kill) and never rejects. */
export function post(url: string, headers: Record<string, string>, body: Buffer | string): Sent {
  const answered = new Promise<Answer>((resolve) => {
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    const request = http.request(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(payload.byteLength) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      const redirect = response.headers['x-action-redirect'];
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), redirect: typeof redirect === 'string' ? redirect : null }));
      response.on('error', (e) => resolve({ error: String(e) }));
    });
    request.on('error', (e) => resolve({ error: String(e) }));
    request.setTimeout(60_000, () => request.destroy(new Error('timeout')));
    request.end(payload);
  });
  return { answered };
}
