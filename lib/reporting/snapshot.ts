import 'server-only';
import { prepared } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AcceptedValues, PeriodRef } from './outliers';
import type { SubmissionSnapshot } from './diff';

type ValueRow = { elementId: number; value: { toString(): string } | null; rawValue: string | null; note: string | null; element: { code: string } };
type EvidenceRow = { fileId: number; elementId: number | null; file: { name: string } };

/** What a submission contained, kept in SubmissionVersion so the reviewer sees what changed. */
export function snapshotOf(
  report: { note: string | null; narrative: string | null },
  values: readonly ValueRow[],
  evidence: readonly EvidenceRow[],
  codeOf: ReadonlyMap<number, string>,
): SubmissionSnapshot {
  return {
    note: report.note,
    narrative: report.narrative,
    values: Object.fromEntries(values.map((v) => [v.element.code, { value: v.value === null ? null : v.value.toString(), rawValue: v.rawValue, note: v.note }])),
    evidence: evidence.map((e) => ({ name: e.file.name, fileId: e.fileId, elementCode: e.elementId ? (codeOf.get(e.elementId) ?? null) : null })),
  };
}

/**
 * The unit's accepted reports (other than one), as the outlier check compares with them: each
 * period with its values by element code. One prepared statement: the report form, each submission
 * (twice, with the form it returns) and the reviewer's page read it.
 */
export async function acceptedHistory(unitId: number, exceptReportId: number | null): Promise<AcceptedValues[]> {
  const rows = await prepared<PeriodRef & { values: Record<string, string> }>(Prisma.sql`
    SELECT p.type::text AS type, p.year, p.number,
           coalesce((SELECT json_object_agg(e.code, trim_scale(v.value)::text)
                       FROM "ReportValue" v JOIN "DataElement" e ON e.id = v."elementId"
                      WHERE v."reportId" = r.id AND v.value IS NOT NULL), '{}') AS values
      FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."unitId" = ${unitId} AND r.status = 'ACCEPTED' AND r.id IS DISTINCT FROM ${exceptReportId}::int`);
  return rows.map(({ values, ...period }) => ({ period, values }));
}
