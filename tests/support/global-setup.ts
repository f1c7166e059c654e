/**
 * Once per test run: a PostgreSQL (the embedded one under .data/test-pg, or TEST_DATABASE_URL's
 * server), and a template database migrated and seeded with the catalogue. Each test file then
 * gets a fresh copy of the template (tests/support/setup.ts).
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';

export const TEMPLATE_DATABASE = 'thidua_test_template';

let database: RunningDatabase | null = null;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    database = await startEmbeddedPostgres({ dataDir: '.data/test-pg', port: 54330, database: 'postgres', log: () => {} });
    adminUrl = database.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrate(templateUrl);
  await seed(templateUrl, { demo: false });
  project.provide('adminUrl', adminUrl);

  return async () => {
    await database?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
