/**
 * Runs a command with a migrated and seeded database behind it:
 *
 *   tsx lib/cli/with-database.ts [--fresh] [--no-seed] [-- command args...]
 *
 * With DATABASE_URL set, that server is used (demo data off unless SEED_DEMO=1). Without it, the
 * embedded PostgreSQL starts under EMBEDDED_PG_DIR (default .data/postgres) on EMBEDDED_PG_PORT
 * (default 54329), with demo data and accounts unless SEED_DEMO=0. `--fresh` recreates the database.
 * The command gets DATABASE_URL; when it ends, or on Ctrl-C, the embedded server is stopped.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';

function log(line: string) {
  console.log(`[db] ${line}`);
}

/**
 * next-auth needs a secret: NEXTAUTH_SECRET when given (production), else one generated once and
 * kept beside the embedded data, so sign-ins survive a restart.
 */
function ensureAuthEnvironment() {
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.join('.data', 'auth-secret');
    if (!existsSync(file)) {
      mkdirSync('.data', { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
  }
  // Without a fixed public address, next-auth takes the origin from the Host header.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= '1';
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
}

async function main() {
  ensureAuthEnvironment();
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--');
  const flags = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? [] : argv.slice(split + 1);

  let database: RunningDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    database = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      database: process.env.EMBEDDED_PG_DATABASE ?? 'thidua',
      fresh: flags.includes('--fresh'),
      log,
    });
    process.env.DATABASE_URL = database.url;
    process.env.SEED_DEMO ??= '1';
  }
  const stopDatabase = async () => {
    const running = database;
    database = null;
    if (running) {
      await running.stop();
      log('PostgreSQL stopped.');
    }
  };

  try {
    const applied = await migrate(process.env.DATABASE_URL!, { log });
    if (applied.length === 0) log('schema up to date');
    if (!flags.includes('--no-seed')) {
      await seed(process.env.DATABASE_URL!, { demo: process.env.SEED_DEMO === '1', log });
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  if (command.length === 0) {
    await stopDatabase();
    return;
  }

  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  const code = await new Promise<number>((resolve) => {
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
  });
  await stopDatabase();
  process.exit(code);
}

main().catch((error) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
