import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, readMigrations, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { createScratchDatabase, query } from '@/tests/support/databases';

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

async function scratch(label: string) {
  const db = await createScratchDatabase(label);
  drops.push(db.drop);
  return db.url;
}

describe('migrate', () => {
  it('applies every migration once, with the rows and checksums Prisma writes', async () => {
    const url = await scratch('rows');
    const applied = await migrate(url);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null; id: string }>(
      url,
      'SELECT * FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(await migrate(url)).toEqual([]);
  });

  it('lets two instances start at once: the advisory lock serialises them and each migration is applied once', async () => {
    const url = await scratch('race');
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([...a, ...b].sort()).toEqual(readMigrations().map((m) => m.name));
    const [{ count }] = await query<{ count: string }>(url, 'SELECT count(*) FROM "_prisma_migrations"');
    expect(Number(count)).toBe(readMigrations().length);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const url = await scratch('edited');
    const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, { dir });
    const first = readMigrations(dir)[0];
    writeFileSync(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/changed after it was applied/);
  });

  it('rolls a failing migration back whole: no table, no row', async () => {
    const url = await scratch('failing');
    const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, '99990101000000_broken'));
    writeFileSync(path.join(dir, '99990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM "DoesNotExist";\n');
    await expect(migrate(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
    expect(await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toHaveLength(0);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).toHaveLength(0);
    // The good migrations before it stay applied.
    expect(await query(url, 'SELECT 1 FROM "_prisma_migrations"')).toHaveLength(readMigrations().length);
  });
});
