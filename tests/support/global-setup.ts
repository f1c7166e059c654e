/**
 * Once per test run: a PostgreSQL of its own (an embedded cluster in .data/test-pg-<port>, removed
 * afterwards, so several runs can go at once; or TEST_DATABASE_URL's server), and a template
 * database migrated and seeded with the catalogue. Each test file then gets a fresh copy of the
 * template (tests/support/setup.ts).
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';

let database: RunningDatabase | null = null;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    const port = await freePort();
    database = await startEmbeddedPostgres({ dataDir: `.data/test-pg-${port}`, port, database: 'postgres', log: () => {} });
    adminUrl = database.adminUrl;
  }
  const template = `thidua_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  await migrate(templateUrl);
  await seed(templateUrl, { demo: false });
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    if (database) {
      await database.stop();
      rmSync(database.dataDir, { recursive: true, force: true });
    } else {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await client.end();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}
