/**
 * The benchmark's own databases: an embedded PostgreSQL per size in `.data/bench-pg-<size>` on a free
 * port (never the development database), or the server of an explicit URL.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/embedded';
import type { Size } from './generate';

export const benchDataDir = (size: Size) => `.data/bench-pg-${size}`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const LOCK = '.data/bench.lock';

/**
 * One benchmark command at a time: two at once share .next-bench and the databases, and each
 * skews the other's figures. Refuses while another live process holds the lock; freed on exit.
 */
export function benchLock(command: string): void {
  mkdirSync('.data', { recursive: true });
  try {
    const [pid, other] = readFileSync(LOCK, 'utf8').split(' ');
    if (Number(pid) !== process.pid) {
      process.kill(Number(pid), 0);
      throw new Error(`Another benchmark command (${other?.trim()}, pid ${pid}) is running; wait for it to end.`);
    }
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Another benchmark')) throw error;
    // no lock, or its process is gone
  }
  writeFileSync(LOCK, `${process.pid} ${command}`);
  process.on('exit', () => {
    try {
      if (readFileSync(LOCK, 'utf8').startsWith(`${process.pid} `)) rmSync(LOCK);
    } catch {
      // already gone
    }
  });
}

const cleanups = new Set<() => Promise<void>>();
let trapped = false;

/** Runs `stop` if the command is interrupted (Ctrl-C) before it is done; the returned function stops and forgets it. */
export function stopOnInterrupt(stop: () => Promise<void>): () => Promise<void> {
  cleanups.add(stop);
  if (!trapped) {
    trapped = true;
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // `on`, not `once`: tsx relays the terminal's Ctrl-C, so the signal comes twice.
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        console.error(`\n[bench] ${signal}: stopping the benchmark's servers ...`);
        void (async () => {
          // the web server first, then the databases it was using
          for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
          process.exit(130);
        })();
      });
    }
  }
  return async () => {
    cleanups.delete(stop);
    await stop();
  };
}

/** Starts (or reuses) the size's embedded server; `fresh` recreates its database. Stopped on Ctrl-C too. */
export async function benchDatabase(size: Size, options: { fresh: boolean; log: (line: string) => void }): Promise<RunningDatabase> {
  const database = await startEmbeddedPostgres({ dataDir: benchDataDir(size), port: await freePort(), database: 'thidua', fresh: options.fresh, log: options.log });
  return { ...database, stop: stopOnInterrupt(database.stop) };
}

/** `--name value` or `--name=value` from argv. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i !== -1) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** One connection for `run`, closed after it. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
