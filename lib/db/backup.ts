/**
 * Backup and restore of the portal's data, uploaded files included (they live in FileBlob,
 * docs/decisions/001). A backup is one consistent snapshot (a REPEATABLE READ transaction, so the
 * portal can keep running) written as gzip-compressed text: a JSON manifest line (format, schema
 * migrations, tables in foreign-key order, row counts), then each table's rows in PostgreSQL's COPY
 * text format, ordered by primary key, each table ending with a "\." line. Restoring migrates an
 * empty database to the same schema, copies every table back in one transaction, and moves each id
 * sequence past its largest id. No pg_dump needed (the embedded PostgreSQL ships none, and a client
 * older than the server refuses to dump it).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrate, readMigrations } from './migrate';

const FORMAT = 'thidua-backup';
const VERSION = 1;
const END_OF_TABLE = '\\.';

export type Manifest = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: Array<{ name: string; columns: string[]; rows: number }>;
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** The public tables, each after the tables it references, with their columns and primary key. */
async function tablesInDependencyOrder(client: pg.Client) {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT t.relname AS child, r.relname AS parent FROM pg_constraint con
         JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        WHERE con.contype = 'f' AND t.relname <> r.relname`,
    )
  ).rows;
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => edges.every((e) => e.child !== t || !pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  const columns = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const keys = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest(x.indkey) WITH ORDINALITY k(attnum, ord) ON true JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND x.indisprimary ORDER BY c.relname, k.ord`,
  );
  return ordered.map((name) => ({
    name,
    columns: columns.rows.filter((c) => c.table === name).map((c) => c.name),
    key: keys.rows.filter((k) => k.table === name).map((k) => k.name),
  }));
}

/** Writes a backup of the database at `url` to `file`; returns its manifest. */
export async function backupDatabase(url: string, file: string, log: (line: string) => void = () => {}): Promise<Manifest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const done = finished(gzip.pipe(createWriteStream(file)));
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInDependencyOrder(client);
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    const manifest: Manifest = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations, tables: [] };
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(table.name)}`);
      manifest.tables.push({ name: table.name, columns: table.columns, rows: Number(rows[0].n) });
    }
    await write(gzip, `${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      await write(gzip, `@@TABLE ${table.name}\n`);
      const order = table.key.length ? ` ORDER BY ${table.key.map(q).join(', ')}` : '';
      const rows = client.query(copyTo(`COPY (SELECT ${table.columns.map(q).join(', ')} FROM ${q(table.name)}${order}) TO STDOUT`));
      for await (const chunk of rows) await write(gzip, chunk as Buffer);
      await write(gzip, `${END_OF_TABLE}\n`);
      log(`${table.name}: ${manifest.tables.find((t) => t.name === table.name)!.rows}`);
    }
    await client.query('COMMIT');
    gzip.end();
    await done;
    return manifest;
  } catch (error) {
    gzip.destroy();
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

export class RestoreError extends Error {}

/**
 * Restores a backup into the database at `url`, which must be empty (new, or migrated with no data):
 * the same migrations are applied, then every table is copied back in one transaction.
 */
export async function restoreDatabase(url: string, file: string, log: (line: string) => void = () => {}): Promise<Manifest> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const manifest = JSON.parse(first.done ? 'null' : first.value) as Manifest | null;
  if (!manifest || manifest.format !== FORMAT || manifest.version !== VERSION) throw new RestoreError('Not a backup of this portal (unknown format).');

  // An older backup is restored into the schema it was taken with, then migrated forward.
  const known = readMigrations().map((m) => m.name);
  const unknown = manifest.migrations.filter((m) => !known.includes(m));
  if (unknown.length) throw new RestoreError(`The backup comes from a newer version of the portal (${unknown.at(-1)}).`);
  const applied = await migrate(url, { upTo: manifest.migrations.at(-1) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    if (migrations.join() !== manifest.migrations.join()) {
      throw new RestoreError(`The backup's schema (${manifest.migrations.at(-1)}) differs from this version's (${migrations.at(-1)}).`);
    }
    log(`schema ready (${applied.length} migration(s) applied)`);
    await client.query('BEGIN');
    for (const table of manifest.tables) {
      const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${q(table.name)}) AS any`);
      if (rows[0].any) throw new RestoreError(`The target database is not empty (table ${table.name} has rows).`);
    }
    for (const table of manifest.tables) {
      const header = await iterator.next();
      if (header.done || header.value !== `@@TABLE ${table.name}`) throw new RestoreError(`The backup is damaged near table ${table.name}.`);
      const copy = client.query(copyFrom(`COPY ${q(table.name)} (${table.columns.map(q).join(', ')}) FROM STDIN`));
      const copied = finished(copy);
      for (;;) {
        const line = await iterator.next();
        if (line.done) throw new RestoreError(`The backup ends in the middle of table ${table.name}.`);
        if (line.value === END_OF_TABLE) break;
        await write(copy, `${line.value}\n`);
      }
      copy.end();
      await copied;
      log(`${table.name}: ${table.rows}`);
    }
    // Each id sequence continues after the largest restored id.
    const sequences = await client.query<{ table: string; column: string; sequence: string }>(
      `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    );
    for (const s of sequences.rows) {
      await client.query(`SELECT setval($1, COALESCE((SELECT max(${q(s.column)}) FROM ${q(s.table)}), 0) + 1, false)`, [s.sequence]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
  const later = await migrate(url);
  if (later.length) log(`migrated forward: ${later.join(', ')}`);
  return manifest;
}

/** A checksum of every table's content (rows in a stable order), to compare a database with its restored copy. */
export async function tableChecksums(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await tablesInDependencyOrder(client);
    const sums: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ sum: string | null }>(
        `SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS sum FROM ${q(table.name)} t`,
      );
      sums[table.name] = rows[0].sum ?? 'empty';
    }
    return sums;
  } finally {
    await client.end();
  }
}
