import 'server-only';
/**
 * The drill-down from the province to a unit: the unit's progress against the targets it
 * registered (the appraisal's attainment, lib/appraisal/attainment-queries), its reports by period,
 * and one ACCEPTED report read-only with its evidence. Unit roles see only their own unit; Home
 * Affairs, the council and the leaders see every unit. Council members may not read a unit's files
 * ('unit:read'), so the evidence is listed for them without download links.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { vnDay } from '@/lib/clock';
import { getActiveCampaign, getElements, getPeriods } from '@/lib/catalogue/queries';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { getUnitAttainment } from '@/lib/appraisal/attainment-queries';

async function findUnit(actor: Actor, unitId: number) {
  const unit = await db.unit.findFirst({
    where: { id: unitId, provinceId: actor.provinceId },
    select: { id: true, name: true, kind: true, border: true, provinceId: true, group: { select: { id: true, name: true, kind: true } } },
  });
  if (!unit) throw new DomainError('NOT_FOUND');
  if (!isAllowed(actor, 'dashboard:unit', { unitId: unit.id, provinceId: unit.provinceId })) throw new DomainError('FORBIDDEN');
  return unit;
}

/** The years a unit page offers: the campaign's, up to this year. */
export function unitYears(campaign: { startYear: number; endYear: number }, today = vnDay()) {
  const last = Math.min(campaign.endYear, Math.max(campaign.startYear, Number(today.slice(0, 4))));
  return Array.from({ length: last - campaign.startYear + 1 }, (_, i) => campaign.startYear + i);
}

export async function getUnitDashboard(actor: Actor, unitId: number, year: number | null) {
  const unit = await findUnit(actor, unitId);
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const years = unitYears(campaign);
  const shownYear = year !== null && years.includes(year) ? year : years.at(-1)!;
  const [attainment, periods, elements, reports] = await Promise.all([
    getUnitAttainment(actor, unit.id, shownYear),
    getPeriods(campaign.id),
    getElements(campaign.id),
    db.report.findMany({
      where: { unitId: unit.id, period: { campaignId: campaign.id } },
      select: { id: true, periodId: true, status: true, late: true, submittedAt: true, reviewedAt: true },
    }),
  ]);
  const own = periods.filter((p) => p.window !== 'NOT_OPEN' && elements.some((e) => unitReportsElementIn(e, unit, p.type)));
  return {
    unit,
    campaign: { id: campaign.id, name: campaign.name },
    year: shownYear,
    years,
    attainment,
    /** newest first */
    periods: own.reverse().map((period) => ({ period, report: reports.find((r) => r.periodId === period.id) ?? null })),
    /** the full report page (/reports/…) is for those who may read the unit's reports */
    canReadReports: isAllowed(actor, 'unit:read', { unitId: unit.id, provinceId: unit.provinceId }),
  };
}

export type UnitDashboard = NonNullable<Awaited<ReturnType<typeof getUnitDashboard>>>;

/** One ACCEPTED report of a unit, read-only, with its evidence (only accepted data feeds the dashboards). */
export async function getAcceptedReport(actor: Actor, unitId: number, periodId: number) {
  const unit = await findUnit(actor, unitId);
  const report = await db.report.findFirst({
    where: { unitId: unit.id, periodId, provinceId: actor.provinceId, status: 'ACCEPTED' },
    select: {
      id: true,
      note: true,
      narrative: true,
      late: true,
      submittedAt: true,
      reviewedAt: true,
      period: { select: { id: true, type: true, year: true, number: true, isBaseline: true, dueDate: true } },
      values: {
        where: { value: { not: null } },
        select: { value: true, note: true, element: { select: { id: true, code: true, name: true, nameEn: true, unitLabel: true, valueType: true, sortOrder: true } } },
      },
      evidence: { select: { id: true, elementId: true, file: { select: { id: true, name: true, size: true } } }, orderBy: { id: 'asc' } },
    },
  });
  if (!report) throw new DomainError('NOT_FOUND');
  const canReadFiles = isAllowed(actor, 'unit:read', { unitId: unit.id, provinceId: unit.provinceId });
  return {
    unit,
    report: {
      ...report,
      values: report.values
        .sort((a, b) => a.element.sortOrder - b.element.sortOrder)
        .map((v) => ({ element: v.element, value: v.value!.toString(), note: v.note })),
    },
    canReadFiles,
  };
}

export type AcceptedReport = Awaited<ReturnType<typeof getAcceptedReport>>;
