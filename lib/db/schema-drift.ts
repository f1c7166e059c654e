/**
 * Compares a migrated database with prisma/schema.prisma, read through Prisma's DMMF: enums, tables,
 * columns (type, nullability, default), primary keys, unique constraints, indexes and foreign keys.
 * Objects the schema cannot express (extensions, CHECK constraints, triggers, SQL functions, special
 * indexes) must be named in prisma/schema-extras.ts; anything else extra or missing is a difference.
 */
import { getDMMF } from '@prisma/get-dmmf';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export type SchemaExtras = {
  extensions: string[];
  /** "Table.constraint" */
  checks: string[];
  /** "Table.trigger" */
  triggers: string[];
  functions: string[];
  /** index names */
  indexes: string[];
};

type Field = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[]; primaryKey: { fields: string[] } | null };
type IndexDef = { model: string; type: 'id' | 'normal' | 'unique' | 'fulltext'; name?: string; dbName?: string; fields: Array<{ name: string }> };
type Datamodel = { models: Model[]; enums: Array<{ name: string; dbName?: string | null; values: Array<{ name: string; dbName?: string | null }> }>; indexes: IndexDef[] };

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function nativeTypeOf(native: [string, string[]]): string {
  const [name, args] = native;
  const a = args.join(',');
  switch (name) {
    case 'Decimal':
      return `numeric(${a})`;
    case 'VarChar':
      return a ? `character varying(${a})` : 'character varying';
    case 'Char':
      return `character(${a})`;
    case 'Date':
      return 'date';
    case 'Timestamptz':
      return `timestamp(${a || '6'}) with time zone`;
    case 'Timestamp':
      return `timestamp(${a || '6'}) without time zone`;
    case 'Uuid':
      return 'uuid';
    case 'Text':
      return 'text';
    case 'SmallInt':
      return 'smallint';
    case 'Real':
      return 'real';
    case 'DoublePrecision':
      return 'double precision';
    case 'JsonB':
      return 'jsonb';
    case 'Json':
      return 'json';
    default:
      return name.toLowerCase();
  }
}

const quoteIdent = (name: string) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`);

type Expected = {
  tables: Map<string, Map<string, { type: string; notNull: boolean; default: string | null }>>;
  enums: Map<string, string[]>;
  /** key: table|columns|unique */
  indexes: Map<string, { table: string; name: string; columns: string[]; unique: boolean; primary: boolean }>;
  foreignKeys: Map<string, { table: string; name: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string; onUpdate: string }>;
};

function expectedDefault(field: Field, table: string, column: string): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const d = field.default as { name?: string; args?: unknown[] } | string | number | boolean;
  if (typeof d === 'object' && d !== null && 'name' in d) {
    if (d.name === 'autoincrement') return `nextval('${quoteIdent(`${table}_${column}_seq`)}'::regclass)`;
    if (d.name === 'now') return 'CURRENT_TIMESTAMP';
    if (d.name === 'dbgenerated') return String(d.args?.[0] ?? '');
    return null; // uuid(), cuid(): filled by the client, no database default
  }
  if (typeof d === 'boolean' || typeof d === 'number') return String(d);
  if (field.kind === 'enum') return `'${d}'::${quoteIdent(field.type)}`;
  if (field.type === 'String') return `'${String(d).replace(/'/g, "''")}'::text`;
  if (field.type === 'Json') return `'${String(d)}'::jsonb`;
  return String(d);
}

function expectedFrom(datamodel: Datamodel): Expected {
  const tableOf = new Map(datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: Model, fieldName: string) => {
    const f = model.fields.find((x) => x.name === fieldName);
    return f?.dbName ?? fieldName;
  };
  const expected: Expected = { tables: new Map(), enums: new Map(), indexes: new Map(), foreignKeys: new Map() };
  for (const e of datamodel.enums) expected.enums.set(e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name));
  for (const model of datamodel.models) {
    const table = tableOf.get(model.name)!;
    const columns = new Map<string, { type: string; notNull: boolean; default: string | null }>();
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const cols = field.relationFromFields.map((f) => columnOf(model, f));
          const target = datamodel.models.find((m) => m.name === field.type)!;
          const onDelete = (field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')).replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
          expected.foreignKeys.set(`${table}|${cols.join(',')}`, {
            table,
            name: `${table}_${cols.join('_')}_fkey`,
            columns: cols,
            refTable: tableOf.get(field.type)!,
            refColumns: (field.relationToFields ?? []).map((f) => columnOf(target, f)),
            onDelete: onDelete === 'NO ACTION' ? 'NO ACTION' : onDelete,
            onUpdate: 'CASCADE',
          });
        }
        continue;
      }
      const column = field.dbName ?? field.name;
      const base = field.nativeType ? nativeTypeOf(field.nativeType) : field.kind === 'enum' ? quoteIdent(field.type) : SCALAR_TYPES[field.type];
      columns.set(column, {
        type: field.isList ? `${base}[]` : base,
        notNull: field.isRequired && !field.isList,
        default: expectedDefault(field, table, column),
      });
    }
    expected.tables.set(table, columns);
  }
  for (const index of datamodel.indexes) {
    const model = datamodel.models.find((m) => m.name === index.model)!;
    const table = tableOf.get(index.model)!;
    const columns = index.fields.map((f) => columnOf(model, f.name));
    const primary = index.type === 'id';
    const unique = primary || index.type === 'unique';
    const suffix = primary ? 'pkey' : unique ? 'key' : 'idx';
    const name = index.dbName ?? (primary ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
    expected.indexes.set(`${table}|${columns.join(',')}|${unique}`, { table, name, columns, unique, primary });
  }
  return expected;
}

async function actualFrom(client: pg.Client) {
  const q = async <T>(sql: string) => (await client.query(sql)).rows as T[];
  const columns = await q<{ table: string; column: string; type: string; not_null: boolean; default: string | null }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
  const enums = await q<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
     GROUP BY t.typname`);
  const indexes = await q<{ table: string; name: string; columns: string[]; unique: boolean; primary: boolean; partial: boolean; expression: boolean }>(`
    SELECT t.relname AS table, i.relname AS name,
           array(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
           x.indisunique AS unique, x.indisprimary AS primary, x.indpred IS NOT NULL AS partial,
           x.indexprs IS NOT NULL OR x.indnkeyatts <> x.indnatts AS expression
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     WHERE t.relname <> '_prisma_migrations'`);
  const foreignKeys = await q<{ table: string; name: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string; on_update: string }>(`
    SELECT t.relname AS table, con.conname AS name,
           array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
           r.relname AS ref_table,
           array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns,
           CASE con.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS on_delete,
           CASE con.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS on_update
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     WHERE con.contype = 'f'`);
  const checks = await q<{ name: string }>(`
    SELECT t.relname || '.' || con.conname AS name FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     WHERE con.contype = 'c'`);
  const triggers = await q<{ name: string }>(`
    SELECT t.relname || '.' || tg.tgname AS name FROM pg_trigger tg
      JOIN pg_class t ON t.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     WHERE NOT tg.tgisinternal`);
  const functions = await q<{ name: string }>(`
    SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`);
  const extensions = await q<{ name: string }>(`SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`);
  return { columns, enums, indexes, foreignKeys, checks, triggers, functions, extensions };
}

export async function readDatamodel(schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma')): Promise<Datamodel> {
  const dmmf = (await getDMMF({ datamodel: readFileSync(schemaPath, 'utf8') })) as unknown as { datamodel: Datamodel };
  return dmmf.datamodel;
}

/** Every difference between the database and the schema, as readable sentences (empty: they agree). */
export async function schemaDifferences(databaseUrl: string, extras: SchemaExtras, datamodel?: Datamodel): Promise<string[]> {
  const expected = expectedFrom(datamodel ?? (await readDatamodel()));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const actual = await actualFrom(client).finally(() => client.end());
  const diffs: string[] = [];

  for (const [name, values] of expected.enums) {
    const found = actual.enums.find((e) => e.name === name);
    if (!found) diffs.push(`enum ${name} is missing`);
    else if (found.values.join(',') !== values.join(',')) diffs.push(`enum ${name} has values ${found.values.join(',')}, schema says ${values.join(',')}`);
  }
  for (const e of actual.enums) if (!expected.enums.has(e.name)) diffs.push(`enum ${e.name} is not in the schema`);

  const actualTables = new Set(actual.columns.map((c) => c.table));
  for (const [table, columns] of expected.tables) {
    if (!actualTables.has(table)) {
      diffs.push(`table ${table} is missing`);
      continue;
    }
    for (const [column, want] of columns) {
      const got = actual.columns.find((c) => c.table === table && c.column === column);
      if (!got) {
        diffs.push(`column ${table}.${column} is missing`);
        continue;
      }
      if (got.type !== want.type) diffs.push(`column ${table}.${column} has type ${got.type}, schema says ${want.type}`);
      if (got.not_null !== want.notNull) diffs.push(`column ${table}.${column} is ${got.not_null ? 'NOT NULL' : 'nullable'}, schema says ${want.notNull ? 'NOT NULL' : 'nullable'}`);
      if ((got.default ?? null) !== want.default) diffs.push(`column ${table}.${column} has default ${got.default ?? 'none'}, schema says ${want.default ?? 'none'}`);
    }
    for (const got of actual.columns.filter((c) => c.table === table)) {
      if (!columns.has(got.column)) diffs.push(`column ${table}.${got.column} is not in the schema`);
    }
  }
  for (const table of actualTables) if (!expected.tables.has(table)) diffs.push(`table ${table} is not in the schema`);

  const seenIndexes = new Set<string>();
  for (const [key, want] of expected.indexes) {
    const got = actual.indexes.find((i) => i.table === want.table && i.columns.join(',') === want.columns.join(',') && i.unique === want.unique && i.primary === want.primary && !i.partial && !i.expression);
    if (!got) diffs.push(`${want.primary ? 'primary key' : want.unique ? 'unique index' : 'index'} ${want.name} on ${want.table}(${want.columns.join(', ')}) is missing`);
    else {
      seenIndexes.add(got.name);
      if (got.name !== want.name) diffs.push(`index on ${want.table}(${want.columns.join(', ')}) is named ${got.name}, schema says ${want.name}`);
    }
    void key;
  }
  for (const got of actual.indexes) {
    if (!seenIndexes.has(got.name) && !extras.indexes.includes(got.name)) diffs.push(`index ${got.name} on ${got.table}(${got.columns.join(', ')}) is not in the schema`);
  }

  const seenKeys = new Set<string>();
  for (const want of expected.foreignKeys.values()) {
    const got = actual.foreignKeys.find((f) => f.table === want.table && f.columns.join(',') === want.columns.join(','));
    if (!got) {
      diffs.push(`foreign key ${want.name} is missing`);
      continue;
    }
    seenKeys.add(got.name);
    if (got.ref_table !== want.refTable || got.ref_columns.join(',') !== want.refColumns.join(',')) diffs.push(`foreign key ${got.name} references ${got.ref_table}(${got.ref_columns}), schema says ${want.refTable}(${want.refColumns})`);
    if (got.on_delete !== want.onDelete) diffs.push(`foreign key ${got.name} is ON DELETE ${got.on_delete}, schema says ${want.onDelete}`);
    if (got.on_update !== want.onUpdate) diffs.push(`foreign key ${got.name} is ON UPDATE ${got.on_update}, schema says ${want.onUpdate}`);
    if (got.name !== want.name) diffs.push(`foreign key on ${want.table}(${want.columns}) is named ${got.name}, schema says ${want.name}`);
  }
  for (const got of actual.foreignKeys) if (!seenKeys.has(got.name)) diffs.push(`foreign key ${got.name} is not in the schema`);

  for (const [kind, found, allowed] of [
    ['CHECK constraint', actual.checks, extras.checks],
    ['trigger', actual.triggers, extras.triggers],
    ['function', actual.functions, extras.functions],
    ['extension', actual.extensions, extras.extensions],
  ] as const) {
    for (const { name } of found) if (!allowed.includes(name)) diffs.push(`${kind} ${name} is neither in the schema nor in prisma/schema-extras.ts`);
    for (const name of allowed) if (!found.some((f) => f.name === name)) diffs.push(`${kind} ${name} is listed in prisma/schema-extras.ts but missing from the database`);
  }
  for (const name of extras.indexes) if (!actual.indexes.some((i) => i.name === name)) diffs.push(`index ${name} is listed in prisma/schema-extras.ts but missing from the database`);
  return diffs;
}
