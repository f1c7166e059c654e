import 'server-only';
import { createClient, preparedQuery, type Db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { Db, Tx } from '@/lib/db/client';

const globalForDb = globalThis as unknown as { __db?: Db; __dbUrl?: string };

/** The one Prisma client of the process (re-created if DATABASE_URL changes, as the tests do per worker). */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.');
  if (!globalForDb.__db || globalForDb.__dbUrl !== url) {
    void globalForDb.__db?.$disconnect();
    const size = Number(process.env.DATABASE_POOL_SIZE);
    globalForDb.__db = createClient(url, Number.isInteger(size) && size > 0 ? size : 10);
    globalForDb.__dbUrl = url;
  }
  return globalForDb.__db;
}

/** The app's client, resolved on first use so that importing a module never needs a database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

/** A fixed statement run on every request or visit, prepared and sent past Prisma's engine (`preparedQuery`), on the app's client or in the transaction given. */
export function prepared<T>(sql: Prisma.Sql, client: Db | Tx = db): Promise<T[]> {
  return preparedQuery<T>(client === db ? getDb() : client, sql);
}
