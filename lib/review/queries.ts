import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { getActiveCampaign, getElements, getPeriods, getUnitsOfProvince } from '@/lib/catalogue/queries';

export type QueueFilters = { status?: WorkflowStatus; periodId?: number; unitId?: number; q?: string };

const viCollator = new Intl.Collator('vi');

/**
 * Home Affairs' queue: reports by status, period and unit, oldest submission first (the deadline
 * order of the unit's own period), with every period's completeness and timeliness.
 */
export async function getReportQueue(actor: Actor, filters: QueueFilters) {
  requirePermission(actor, 'review:act');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const periods = (await getPeriods(campaign.id)).filter((p) => p.window !== 'NOT_OPEN');
  let unitIds: number[] | undefined;
  if (filters.q) {
    const rows = await db.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM "Unit" WHERE "provinceId" = ${actor.provinceId}
        AND unaccent(lower(name)) LIKE '%' || unaccent(lower(${filters.q})) || '%'`;
    unitIds = rows.map((r) => r.id);
  }
  const reports = await db.report.findMany({
    where: {
      provinceId: actor.provinceId,
      period: { campaignId: campaign.id },
      ...(filters.status ? { status: filters.status } : { status: { not: 'DRAFT' } }),
      ...(filters.periodId ? { periodId: filters.periodId } : {}),
      ...(filters.unitId ? { unitId: filters.unitId } : unitIds ? { unitId: { in: unitIds } } : {}),
    },
    select: {
      id: true,
      status: true,
      late: true,
      submittedAt: true,
      reviewedAt: true,
      submissionCount: true,
      unit: { select: { id: true, name: true } },
      period: { select: { id: true, type: true, year: true, number: true, isBaseline: true, dueDate: true } },
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return { campaign, periods, reports };
}

export type Completeness = {
  periodId: number;
  expected: number;
  filed: number;
  accepted: number;
  late: number;
  missing: Array<{ id: number; name: string }>;
};

/** For each period: units expected to report, filed, accepted, filed late, and which are missing. */
export async function getCompleteness(actor: Actor, periodIds: number[]): Promise<Completeness[]> {
  requirePermission(actor, 'dashboard:all');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign || periodIds.length === 0) return [];
  const [periods, units, elements, rows] = await Promise.all([
    getPeriods(campaign.id),
    getUnitsOfProvince(actor.provinceId),
    getElements(campaign.id),
    db.report.findMany({
      where: { provinceId: actor.provinceId, periodId: { in: periodIds }, status: { not: 'DRAFT' } },
      select: { periodId: true, unitId: true, status: true, late: true },
    }),
  ]);
  return periodIds.flatMap((periodId) => {
    const period = periods.find((p) => p.id === periodId);
    if (!period) return [];
    const expected = units.filter((u) => elements.some((e) => unitReportsElementIn(e, u, period.type)));
    const filed = rows.filter((r) => r.periodId === periodId);
    const filedUnits = new Set(filed.map((r) => r.unitId));
    return [
      {
        periodId,
        expected: expected.length,
        filed: filed.length,
        accepted: filed.filter((r) => r.status === 'ACCEPTED').length,
        late: filed.filter((r) => r.late).length,
        missing: expected
          .filter((u) => !filedUnits.has(u.id))
          .map((u) => ({ id: u.id, name: u.name }))
          .sort((a, b) => viCollator.compare(a.name, b.name)),
      },
    ];
  });
}
