import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** The options every client shares: the password hash never leaves the database unless asked for. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

/**
 * A raw query whose text starts with the comment `/* prepared *\/` is prepared once per connection
 * and reused: the few statements every request runs (the session's account, the autosave's) skip
 * PostgreSQL's parsing and planning. Opt-in, so that the statements prepared stay few (each
 * connection keeps them): a query whose text varies (lists, optional filters) must not carry it.
 */
const PREPARED_AT_START = /^\s*\/\* prepared \*\//;

/** The statement's name: a hash of its text, or '' (the protocol's unnamed statement, planned each time). */
export function statementName(query: { sql: string }): string {
  if (!PREPARED_AT_START.test(query.sql)) return '';
  return `p_${createHash('sha1').update(query.sql).digest('base64url')}`;
}

export function createClient(url: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }, { statementNameGenerator: statementName }), ...clientOptions });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
