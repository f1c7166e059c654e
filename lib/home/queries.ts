import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { unitReportsElement, unitReportsElementIn } from '@/lib/catalogue/applicability';
import { getActiveCampaign, getCurrentPeriods, getElements, getIndicators, getUnitsOfProvince, type PeriodWithWindow } from '@/lib/catalogue/queries';

export type PeriodProgress = {
  period: PeriodWithWindow;
  expected: number;
  byStatus: { DRAFT: number; SUBMITTED: number; RETURNED: number; ACCEPTED: number };
  filed: number;
  late: number;
  missing: number;
};

/** For each period open now: how many units must report, how many filed, late, missing. */
async function periodProgress(provinceId: number, campaignId: number): Promise<PeriodProgress[]> {
  const [periods, units, elements] = await Promise.all([getCurrentPeriods(campaignId), getUnitsOfProvince(provinceId), getElements(campaignId)]);
  if (periods.length === 0) return [];
  const counts = await db.report.groupBy({
    by: ['periodId', 'status', 'late'],
    where: { provinceId, periodId: { in: periods.map((p) => p.id) } },
    _count: { _all: true },
  });
  return periods.map((period) => {
    const expected = units.filter((u) => elements.some((e) => unitReportsElementIn(e, u, period.type))).length;
    const byStatus = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
    let late = 0;
    for (const c of counts.filter((row) => row.periodId === period.id)) {
      byStatus[c.status] += c._count._all;
      if (c.late) late += c._count._all;
    }
    const filed = byStatus.SUBMITTED + byStatus.ACCEPTED + byStatus.RETURNED;
    return { period, expected, byStatus, filed, late, missing: Math.max(0, expected - filed) };
  });
}

export async function getUnitHome(actor: Actor) {
  if (actor.unitId === null) return null;
  requirePermission(actor, 'unit:read', { unitId: actor.unitId, provinceId: actor.provinceId });
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [unit, elements, indicators, periods] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { id: true, name: true, kind: true, border: true } }),
    getElements(campaign.id),
    getIndicators(campaign.id),
    getCurrentPeriods(campaign.id),
  ]);
  const ownElements = elements.filter((e) => unitReportsElement(e, unit));
  const ownElementIds = new Set(ownElements.map((e) => e.id));
  const ownIndicators = indicators.filter((i) => i.elements.some((e) => ownElementIds.has(e.elementId)));
  const reports = await db.report.findMany({
    where: { unitId: unit.id, periodId: { in: periods.map((p) => p.id) } },
    select: { id: true, periodId: true, status: true, late: true, submittedAt: true },
  });
  const returned = await db.report.count({ where: { unitId: unit.id, status: 'RETURNED' } });
  return {
    campaign,
    unit,
    elementCount: ownElements.length,
    indicators: ownIndicators,
    periods: periods
      .filter((p) => ownElements.some((e) => unitReportsElementIn(e, unit, p.type)))
      .map((p) => ({ period: p, report: reports.find((r) => r.periodId === p.id) ?? null })),
    returned,
  };
}

export async function getReviewerHome(actor: Actor) {
  requirePermission(actor, 'review:act');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [progress, awaiting, recent] = await Promise.all([
    periodProgress(actor.provinceId, campaign.id),
    db.report.count({ where: { provinceId: actor.provinceId, status: 'SUBMITTED' } }),
    db.auditEvent.findMany({ where: { provinceId: actor.provinceId }, orderBy: { createdAt: 'desc' }, take: 8 }),
  ]);
  return { campaign, progress, awaiting, recent };
}

export async function getLeaderHome(actor: Actor) {
  requirePermission(actor, 'dashboard:overview');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [indicators, progress, accepted] = await Promise.all([
    getIndicators(campaign.id),
    periodProgress(actor.provinceId, campaign.id),
    db.report.count({ where: { provinceId: actor.provinceId, status: 'ACCEPTED' } }),
  ]);
  const areas = new Map<number, { name: string; indicators: typeof indicators }>();
  for (const indicator of indicators) {
    const entry = areas.get(indicator.contestAreaId) ?? { name: indicator.contestArea.name, indicators: [] };
    entry.indicators.push(indicator);
    areas.set(indicator.contestAreaId, entry);
  }
  return { campaign, areas: [...areas.values()], progress, accepted };
}

export async function getCouncilHome(actor: Actor) {
  requirePermission(actor, 'council:vote');
  const campaign = await getActiveCampaign(actor.provinceId);
  const members = await db.user.findMany({
    where: { provinceId: actor.provinceId, role: 'COUNCIL_MEMBER', active: true },
    select: { id: true, displayName: true, person: { select: { position: true } } },
    orderBy: { id: 'asc' },
  });
  const indicatorCount = campaign ? await db.indicator.count({ where: { campaignId: campaign.id, active: true } }) : 0;
  return { campaign, members, indicatorCount };
}

export async function getAdminHome(actor: Actor) {
  requirePermission(actor, 'admin:manage');
  const [unitsByKind, usersByRole, persons, recent] = await Promise.all([
    db.unit.groupBy({ by: ['kind'], where: { provinceId: actor.provinceId }, _count: { _all: true } }),
    db.user.groupBy({ by: ['role'], where: { provinceId: actor.provinceId, active: true }, _count: { _all: true } }),
    db.person.count({ where: { unit: { provinceId: actor.provinceId } } }),
    db.auditEvent.findMany({ where: { provinceId: actor.provinceId }, orderBy: { createdAt: 'desc' }, take: 10 }),
  ]);
  return { unitsByKind, usersByRole, persons, recent };
}
