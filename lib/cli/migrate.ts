/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { migrate } from '@/lib/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set (npm run db:setup migrates the embedded database).');
  process.exit(2);
}
migrate(url, { log: (l) => console.log(`[migrate] ${l}`) })
  .then((applied) => console.log(`[migrate] ${applied.length} migration(s) applied`))
  .catch((error) => {
    console.error(`[migrate] ${(error as Error).message}`);
    process.exit(1);
  });
