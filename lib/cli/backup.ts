/**
 * `npm run db:backup [-- file]`: a consistent backup of the database and the uploaded files (they
 * live in the database) to backups/thidua-<time>.backup.gz, or to the file given. Uses DATABASE_URL,
 * else the embedded database (started and stopped around the backup). The portal may keep running.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '@/lib/db/backup';
import { startEmbeddedPostgres } from '@/lib/db/embedded';

async function main() {
  const file = process.argv[2] ?? path.join('backups', `thidua-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres', port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: process.env.EMBEDDED_PG_DATABASE ?? 'thidua', log: () => {} });
  try {
    const manifest = await backupDatabase(process.env.DATABASE_URL ?? embedded!.url, file, (line) => console.log(`[backup] ${line}`));
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`[backup] ${file}: ${manifest.tables.length} tables, ${rows} rows, schema ${manifest.migrations.at(-1)}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
