/**
 * The one allow-list of database objects that schema.prisma cannot express, each created by a
 * migration. The drift test (tests/db/schema-drift.test.ts) fails on anything else that the
 * database has and the schema does not.
 */
import type { SchemaExtras } from '@/lib/db/schema-drift';

export const SCHEMA_EXTRAS: SchemaExtras = {
  // Diacritic-insensitive search (20261126120000_core).
  extensions: ['unaccent'],
  checks: [],
  triggers: [],
  functions: [],
  indexes: [],
};
