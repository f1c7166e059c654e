/** `npm run db:seed`: seeds the database at DATABASE_URL (demo data when SEED_DEMO=1). */
import { seed } from '@/prisma/seed';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set (npm run db:setup seeds the embedded database).');
  process.exit(2);
}
seed(url, { demo: process.env.SEED_DEMO === '1', log: (l) => console.log(`[seed] ${l}`) }).catch((error) => {
  console.error(error);
  process.exit(1);
});
