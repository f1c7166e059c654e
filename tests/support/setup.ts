/**
 * Before each test file: its own database, copied from the migrated and seeded template, so files
 * never see each other's data. Around each test: the clock restored, and any console.error fails it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, inject, vi } from 'vitest';
import pg from 'pg';
import { setClock } from '@/lib/clock';

const name = `thidua_test_${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}`;
let errors: unknown[][] = [];

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  process.env.DATABASE_URL = withDatabase(inject('adminUrl'), name);
});

afterAll(async () => {
  const { getDb } = await import('@/lib/db');
  await getDb().$disconnect();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  setClock(null);
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called: ${errors.map((e) => e.map(String).join(' ')).join('\n')}`);
  }
});
