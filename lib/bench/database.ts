/**
 * The benchmark's own databases: an embedded PostgreSQL per size in `.data/bench-pg-<size>` on a free
 * port (never the development database), or the server of an explicit URL.
 */
import { createServer } from 'node:net';
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

/** Starts (or reuses) the size's embedded server; `fresh` recreates its database. */
export async function benchDatabase(size: Size, options: { fresh: boolean; log: (line: string) => void }): Promise<RunningDatabase> {
  return startEmbeddedPostgres({ dataDir: benchDataDir(size), port: await freePort(), database: 'thidua', fresh: options.fresh, log: options.log });
}

/** `--name value` or `--name=value` from argv. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i !== -1) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
