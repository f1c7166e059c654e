/**
 * Did a call write anything? Every table of the test database gets a statement trigger that draws a
 * number from a sequence; a sequence is not transactional, so even a write rolled back moves it.
 * A call that left the sequence alone wrote nothing; one that moved it is judged by the row count
 * of every table (AuditEvent among them), compared with the counts before it.
 */
import { db } from '@/lib/db';

export async function installWriteWatch(): Promise<string[]> {
  const tables = (await db.$queryRaw<Array<{ tablename: string }>>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`).map((t) => t.tablename);
  await db.$executeRawUnsafe('CREATE SEQUENCE IF NOT EXISTS security_writes');
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION security_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('security_writes'); RETURN NULL; END $$`);
  for (const table of tables) {
    await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER security_count_write AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION security_count_write()`);
  }
  return tables;
}

/** How many statements have written so far (rolled back or not). */
export async function writes(): Promise<bigint> {
  const [row] = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM security_writes`);
  return row.n;
}

/** The row count of every table, in one round trip. */
export function counter(tables: string[]) {
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`;
  return async (): Promise<Record<string, number>> => {
    const [row] = await db.$queryRawUnsafe<Array<Record<string, bigint>>>(sql);
    return Object.fromEntries(Object.entries(row).map(([t, n]) => [t, Number(n)]));
  };
}

/** The tables whose counts differ, as "Table: before → after". */
export function differences(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}
