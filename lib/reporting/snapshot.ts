import 'server-only';
import { db } from '@/lib/db';
import type { AcceptedValues } from './outliers';
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

/** The unit's accepted reports (other than one), as the outlier check compares with them. */
export async function acceptedHistory(unitId: number, exceptReportId: number | null): Promise<AcceptedValues[]> {
  const reports = await db.report.findMany({
    where: { unitId, status: 'ACCEPTED', ...(exceptReportId ? { id: { not: exceptReportId } } : {}) },
    select: { period: { select: { type: true, year: true, number: true } }, values: { select: { value: true, element: { select: { code: true } } } } },
  });
  return reports.map((r) => ({
    period: r.period,
    values: Object.fromEntries(r.values.filter((v) => v.value !== null).map((v) => [v.element.code, v.value!.toString()])),
  }));
}
