import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

/** The options every client shares: the password hash never leaves the database unless asked for. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

/**
 * The pool under each client, for `preparedQuery` (the adapter owns it and ends it on $disconnect).
 * Kept on globalThis, like the client itself (lib/db.ts): a build may load this module more than once.
 */
const pools: WeakMap<object, pg.Pool> = ((globalThis as { __dbPools?: WeakMap<object, pg.Pool> }).__dbPools ??= new WeakMap());

export function createClient(url: string, poolSize = 10) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection lost (a database restart) must not end the process: the adapter listens only
  // once Prisma has run a query, and `preparedQuery` may use the pool before that.
  pool.on('error', (error) => console.warn(`[db] idle connection lost: ${error.message}`));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), ...clientOptions });
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const names = new Map<string, string>();

/**
 * A prepared statement's name: a hash of its text, so each connection prepares a text once. Within
 * PostgreSQL's 63 bytes.
 */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `p_${createHash('sha1').update(text).digest('base64url')}`;
    // the texts are the few fixed statements of `prepared`; the bound only guards against misuse
    if (names.size < 1000) names.set(text, name);
  }
  return name;
}

// Results as Prisma's raw queries give them (the adapter's parsers and the client's conversions).
const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114 } as const;
const PARSERS: Record<number, (text: string) => unknown> = {
  [OID.INT8]: (text) => BigInt(text),
  [OID.NUMERIC]: (text) => new Prisma.Decimal(text),
  [OID.DATE]: (text) => new Date(`${text}T00:00:00Z`),
  [OID.TIMESTAMP]: (text) => new Date(`${text.replace(' ', 'T')}Z`),
};
const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (format !== 'binary' && PARSERS[oid]) || pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser };

/** Parameters as Prisma sends them: times in UTC (the columns are timestamps without zone), decimals as text. */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  return value;
}

/**
 * The few fixed statements run on every request (the session's account, the bell's count) or on the
 * busiest paths (the autosave, the report form's history, the leaders' overview): prepared once per
 * connection (PostgreSQL stops parsing and planning them each time) and sent to the pool under the
 * client, past Prisma's query engine, whose work around a raw query (and the garbage it leaves)
 * costs more than the driver's: the autosave's server CPU fell from ~2,3 to ~1,6 ms. Rows come back
 * as `$queryRaw` returns them (bigint, Decimal, dates and timestamps as UTC Dates). Inside a
 * transaction (a `Tx`) the statement runs in it through Prisma, as any other: a second connection
 * would neither see the transaction's writes nor be free to take while the transaction holds one.
 *
 * Only for fixed texts: each one stays prepared on every connection.
 */
export async function preparedQuery<T>(client: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(client);
  if (!pool) return (client as Tx).$queryRaw<T[]>(sql);
  const { rows } = await pool.query({ name: statementName(sql.text), text: sql.text, values: sql.values.map(parameter), types });
  return rows as T[];
}
