/**
 * `npm run bench:generate -- --size province|nation [--database-url URL]`
 *
 * Without a URL: a fresh database in the size's own embedded PostgreSQL (.data/bench-pg-<size>),
 * migrated, seeded with the catalogue (no demo data), filled, then the server is stopped.
 * With a URL: that (empty) database is migrated, seeded and filled.
 */
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';
import type { RunningDatabase } from '@/lib/db/embedded';
import { generate, SIZES, type Size } from './generate';
import { benchDatabase, benchLock, flag } from './database';

const log = (line: string) => console.log(`[bench:generate] ${line}`);

async function main() {
  const argv = process.argv.slice(2);
  const size = (flag(argv, 'size') ?? 'province') as Size;
  if (!(size in SIZES)) throw new Error(`--size must be province or nation, not ${size}`);
  const communes = flag(argv, 'communes');
  const options = { ...SIZES[size], ...(communes ? { communesPerProvince: Number(communes) } : {}) };

  benchLock('bench:generate');
  let database: RunningDatabase | null = null;
  let url = flag(argv, 'database-url');
  try {
    if (!url) {
      database = await benchDatabase(size, { fresh: true, log });
      url = database.url;
    }
    const started = performance.now();
    await migrate(url, { log });
    await seed(url, { demo: false, log });
    const counts = await generate({ databaseUrl: url, ...options, log });
    const seconds = (performance.now() - started) / 1000;
    log(`size ${size} generated in ${seconds.toFixed(1)} s (migration and seed included)`);
    console.table(counts);
  } finally {
    await database?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
