/**
 * `npm run db:restore -- file`: restores a backup. With DATABASE_URL, into that database, which must
 * be empty. Without it, the embedded database is REPLACED: the file is checked first, then the
 * database is recreated and the backup copied in.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { restoreDatabase } from '@/lib/db/backup';
import { startEmbeddedPostgres } from '@/lib/db/embedded';

async function checkFile(file: string) {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  for await (const line of lines) {
    const manifest = JSON.parse(line) as { format?: string };
    lines.close();
    if (manifest.format !== 'thidua-backup') throw new Error(`${file} is not a backup of this portal.`);
    return;
  }
  throw new Error(`${file} is empty.`);
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run db:restore -- <backup file>');
  await checkFile(file);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres', port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: process.env.EMBEDDED_PG_DATABASE ?? 'thidua', fresh: true, log: () => {} });
  try {
    const manifest = await restoreDatabase(process.env.DATABASE_URL ?? embedded!.url, file, (line) => console.log(`[restore] ${line}`));
    console.log(`[restore] ${file} restored: ${manifest.tables.length} tables, backup of ${manifest.createdAt}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`[restore] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
