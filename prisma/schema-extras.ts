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
  // The dashboards' derived table kept by the database on every change of reports and values
  // (20261126180000_dashboard, docs/decisions/010-live-dashboards.md).
  triggers: [
    'Report.dashboard_reports_updated',
    'Report.dashboard_reports_deleted',
    'ReportValue.dashboard_values_inserted',
    'ReportValue.dashboard_values_updated',
    'ReportValue.dashboard_values_deleted',
  ],
  functions: ['dashboard_clear', 'dashboard_fill', 'dashboard_reports_changed', 'dashboard_values_changed'],
  indexes: [],
};
