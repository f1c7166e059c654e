import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dateToDay } from '@/lib/clock';
import { getActiveCampaign, getElements, getIndicators, getPeriods } from '@/lib/catalogue/queries';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { formulaElements, parseFormula } from '@/lib/catalogue/formula';
import { getSetting } from '@/lib/settings/queries';
import { reportingContext } from './context';
import { reportLock } from './lock';
import { acceptedHistory } from './snapshot';
import { comparableValue } from './outliers';

/** The unit whose reports the page shows: the actor's own unit unless a reviewer or leader names one. */
export function unitInScope(actor: Actor, requested?: number): number {
  const unitId = requested ?? actor.unitId;
  if (!unitId) throw new DomainError('NOT_FOUND');
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  return unitId;
}

/** The unit's periods (those that have opened, and the next one), each with its report's state. */
export async function getUnitReportList(actor: Actor, unitId: number) {
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [unit, periods, elements, reports, reopenings] = await Promise.all([
    db.unit.findFirstOrThrow({ where: { id: unitId, provinceId: actor.provinceId }, select: { id: true, name: true, kind: true, border: true } }),
    getPeriods(campaign.id),
    getElements(campaign.id),
    db.report.findMany({ where: { unitId }, select: { id: true, periodId: true, status: true, late: true, submittedAt: true, reviewedAt: true } }),
    db.periodReopening.findMany({ where: { unitId }, select: { periodId: true, untilDate: true } }),
  ]);
  const own = periods.filter((p) => elements.some((e) => unitReportsElementIn(e, unit, p.type)));
  const nextIndex = own.findIndex((p) => p.window === 'NOT_OPEN');
  const visible = own.filter((p, i) => p.window !== 'NOT_OPEN' || i === nextIndex).reverse();
  return {
    unit,
    rows: visible.map((period) => ({
      period,
      report: reports.find((r) => r.periodId === period.id) ?? null,
      reopenedUntil: reopenings.filter((r) => r.periodId === period.id).map((r) => dateToDay(r.untilDate)).sort().pop() ?? null,
    })),
  };
}

/** Everything the report form needs, for a unit and a period the actor may read. */
export async function getReportForm(actor: Actor, unitId: number, periodId: number) {
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  const ctx = await reportingContext(db, unitId, periodId, actor.provinceId);
  const report = await db.report.findUnique({
    where: { unitId_periodId: { unitId, periodId } },
    include: {
      values: true,
      evidence: { include: { file: { select: { id: true, name: true, size: true, mimeType: true } } }, orderBy: { id: 'asc' } },
      comments: { orderBy: { id: 'asc' } },
    },
  });
  const [indicators, history, threshold] = await Promise.all([
    getIndicators(ctx.period.campaignId),
    acceptedHistory(unitId, report?.id ?? null),
    getSetting(actor.provinceId, 'reporting.outlierThresholdPct'),
  ]);
  const codes = new Set(ctx.elements.map((e) => e.code));
  // Indicators the unit's own figures can compute (all their elements are in this report).
  const ownIndicators = indicators
    .map((i) => ({ indicator: i, elementCodes: formulaElements(parseFormula(i.formula)) }))
    .filter(({ elementCodes }) => elementCodes.length > 0 && elementCodes.every((c) => codes.has(c)));
  const lastRound = report?.submissionCount ?? 0;
  return {
    unit: ctx.unit,
    period: { ...ctx.period, window: ctx.window, reopenedUntil: ctx.reopenedUntil },
    lock: reportLock({ status: report?.status ?? null, window: ctx.window, role: actor.role }),
    report: report && {
      id: report.id,
      status: report.status,
      version: report.version,
      note: report.note,
      narrative: report.narrative,
      late: report.late,
      submittedAt: report.submittedAt,
      reviewedAt: report.reviewedAt,
      submissionCount: report.submissionCount,
      updatedAt: report.updatedAt,
    },
    elements: ctx.elements.map((e) => {
      const saved = report?.values.find((v) => v.elementId === e.id);
      const previous = comparableValue(e, ctx.period, history);
      return {
        id: e.id,
        code: e.code,
        name: e.name,
        unitLabel: e.unitLabel,
        valueType: e.valueType,
        overTime: e.overTime,
        minValue: e.minValue?.toString() ?? null,
        maxValue: e.maxValue?.toString() ?? null,
        totalElementId: e.totalElementId,
        evidenceRequired: e.evidenceRequired,
        outlierThresholdPct: e.outlierThresholdPct?.toString() ?? null,
        raw: saved?.rawValue ?? (saved?.value ? saved.value.toString() : ''),
        note: saved?.note ?? '',
        previous: previous ? { value: previous.value, period: previous.period } : null,
      };
    }),
    indicators: ownIndicators.map(({ indicator, elementCodes }) => ({
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unitLabel: indicator.unitLabel,
      formula: indicator.formula,
      unitReading: indicator.unitReading,
      elementCodes,
    })),
    evidence: (report?.evidence ?? []).map((e) => ({
      id: e.id,
      fileId: e.file.id,
      name: e.file.name,
      size: e.file.size,
      elementCode: e.elementId ? (ctx.elements.find((x) => x.id === e.elementId)?.code ?? null) : null,
    })),
    // The comments of the last return (one consolidated list), shown beside their fields.
    comments: (report?.status === 'RETURNED' ? (report?.comments ?? []).filter((c) => c.round === lastRound) : []).map((c) => ({
      id: c.id,
      elementCode: c.elementId ? (ctx.elements.find((x) => x.id === c.elementId)?.code ?? null) : null,
      text: c.text,
      createdAt: c.createdAt,
    })),
    outlierThresholdPct: threshold,
  };
}

export type ReportForm = Awaited<ReturnType<typeof getReportForm>>;
