/**
 * Applies the SQL migrations in prisma/migrations/<timestamp>_<name>/migration.sql the way
 * `prisma migrate deploy` does, without Prisma's schema-engine binary: the same
 * `_prisma_migrations` table, rows and SHA-256 checksums, Prisma's advisory lock key (so two
 * instances, or this and Prisma itself, never migrate at once), one transaction per migration.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

// The key Prisma's schema engine takes with pg_advisory_lock while it migrates.
const PRISMA_ADVISORY_LOCK = 72707369;

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export function checksumOf(sql: string | Buffer): string {
  return createHash('sha256').update(sql).digest('hex');
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: checksumOf(bytes) };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export class MigrationError extends Error {}

/** Applies every pending migration; returns the names applied. Safe to call from several processes at once. */
export async function migrate(databaseUrl: string, options: { dir?: string; log?: (line: string) => void; upTo?: string } = {}) {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir).filter((m) => !options.upTo || m.name <= options.upTo);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const appliedNow: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const live = rows.filter((r) => r.rolled_back_at === null);
    const failed = live.find((r) => r.finished_at === null);
    if (failed) {
      throw new MigrationError(`Migration ${failed.migration_name} failed earlier and was not resolved; fix the database, then mark it rolled back.`);
    }
    const applied = new Map(live.map((r) => [r.migration_name, r]));
    for (const name of applied.keys()) {
      if (!migrations.some((m) => m.name === name)) log(`warning: ${name} is applied in the database but missing from ${MIGRATIONS_DIR}`);
    }
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        const id = randomUUID();
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
          [id],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      appliedNow.push(migration.name);
      log(`applied ${migration.name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return appliedNow;
}
