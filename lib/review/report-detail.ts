import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { reportingContext } from '@/lib/reporting/context';
import { acceptedHistory } from '@/lib/reporting/snapshot';
import { comparableValue, detectOutliers } from '@/lib/reporting/outliers';
import { diffSubmissions, type SubmissionSnapshot } from '@/lib/reporting/diff';
import { readEntered } from '@/lib/reporting/values';
import { getSetting } from '@/lib/settings/queries';

/** A report as the reviewer sees it: figures, comparable values, outliers, evidence, versions and the diff since the last one. */
export async function getReportForReview(actor: Actor, reportId: number) {
  requirePermission(actor, 'review:act');
  const report = await db.report.findFirst({
    where: { id: reportId, provinceId: actor.provinceId },
    include: {
      unit: { select: { id: true, name: true } },
      values: true,
      evidence: { include: { file: { select: { id: true, name: true, size: true } } }, orderBy: { id: 'asc' } },
      comments: { orderBy: { id: 'asc' } },
      versions: { orderBy: { number: 'asc' } },
    },
  });
  if (!report) throw new DomainError('NOT_FOUND');
  const ctx = await reportingContext(db, report.unitId, report.periodId, actor.provinceId);
  const [history, threshold, people] = await Promise.all([
    acceptedHistory(report.unitId, report.id),
    getSetting(actor.provinceId, 'reporting.outlierThresholdPct'),
    db.user.findMany({
      where: { id: { in: [...report.versions.map((v) => v.submittedById), ...report.comments.map((c) => c.authorId)] } },
      select: { id: true, displayName: true },
    }),
  ]);
  const nameOf = (id: number) => people.find((p) => p.id === id)?.displayName ?? '';
  const values = Object.fromEntries(
    ctx.elements.map((e) => {
      const saved = report.values.find((v) => v.elementId === e.id);
      return [e.code, readEntered(e, saved ? { rawValue: saved.rawValue, value: saved.value } : undefined).value];
    }),
  );
  const outliers = detectOutliers({ period: ctx.period, elements: ctx.elements, values, history, thresholdPct: threshold });
  const versions = report.versions;
  const latest = versions.at(-1);
  const previous = versions.at(-2);
  const order = ctx.elements.map((e) => e.code);
  return {
    report: {
      id: report.id,
      status: report.status,
      version: report.version,
      late: report.late,
      note: report.note,
      narrative: report.narrative,
      submittedAt: report.submittedAt,
      reviewedAt: report.reviewedAt,
      submissionCount: report.submissionCount,
    },
    unit: report.unit,
    period: { ...ctx.period, window: ctx.window },
    rows: ctx.elements.map((e) => {
      const saved = report.values.find((v) => v.elementId === e.id);
      const previousValue = comparableValue(e, ctx.period, history);
      return {
        id: e.id,
        code: e.code,
        name: e.name,
        unitLabel: e.unitLabel,
        valueType: e.valueType,
        value: values[e.code],
        raw: saved?.rawValue ?? null,
        note: saved?.note ?? null,
        previous: previousValue,
        outlier: outliers[e.code]?.outlier ?? false,
        changePct: outliers[e.code]?.changePct ?? null,
      };
    }),
    evidence: report.evidence.map((e) => ({ id: e.id, fileId: e.file.id, name: e.file.name, size: e.file.size, elementId: e.elementId })),
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt, late: v.late, by: nameOf(v.submittedById) })),
    comments: report.comments.map((c) => ({ id: c.id, round: c.round, elementId: c.elementId, text: c.text, by: nameOf(c.authorId), createdAt: c.createdAt })),
    diff: latest && previous ? diffSubmissions(previous.snapshot as unknown as SubmissionSnapshot, latest.snapshot as unknown as SubmissionSnapshot, order) : null,
    diffFrom: previous?.number ?? null,
  };
}

export type ReportForReview = Awaited<ReturnType<typeof getReportForReview>>;
