import 'server-only';
/**
 * Reporting health: for each period that has opened, how many units had to report, filed, filed on
 * time, were accepted; for each unit, the same over the periods already due; and who is late now
 * (a period past its due day, still open for late filing, with nothing submitted by the unit).
 * "Filed" is any submission (submitted, returned, accepted), as in the review queue's completeness.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { dateToDay, daysBetween, vnDay } from '@/lib/clock';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { getActiveCampaign, getElements, getPeriods } from '@/lib/catalogue/queries';
import { periodWindow } from '@/lib/reporting/periods';

const collator = new Intl.Collator('vi');

/** The reports a period or a unit owed, and what became of them. */
export type HealthCounts = {
  expected: number;
  filed: number;
  onTime: number;
  late: number;
  accepted: number;
  missing: number;
};

export type PeriodHealth = HealthCounts & {
  period: { id: number; type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; year: number; number: number; isBaseline: boolean; dueDate: Date; window: string };
};

export async function getReportingHealth(actor: Actor) {
  requirePermission(actor, 'dashboard:all');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const periods = await getPeriods(campaign.id);
  const [elements, units, reports, reopenings] = await Promise.all([
    getElements(campaign.id),
    db.unit.findMany({ where: { provinceId: actor.provinceId, active: true }, select: { id: true, name: true, kind: true, border: true } }),
    db.report.findMany({
      where: { provinceId: actor.provinceId, period: { campaignId: campaign.id }, status: { not: 'DRAFT' } },
      select: { unitId: true, periodId: true, status: true, late: true },
    }),
    db.periodReopening.findMany({ where: { periodId: { in: periods.map((p) => p.id) } }, select: { periodId: true, unitId: true, untilDate: true } }),
  ]);
  const today = vnDay();
  const opened = periods.filter((p) => p.window !== 'NOT_OPEN');
  const filedBy = new Map(reports.map((r) => [`${r.unitId}:${r.periodId}`, r]));
  const reopenedUntil = new Map<string, string>();
  for (const r of reopenings) {
    const key = `${r.unitId}:${r.periodId}`;
    const day = dateToDay(r.untilDate);
    if (!reopenedUntil.has(key) || reopenedUntil.get(key)! < day) reopenedUntil.set(key, day);
  }
  const expectedUnits = new Map(opened.map((p) => [p.id, units.filter((u) => elements.some((e) => unitReportsElementIn(e, u, p.type)))]));

  const byPeriod: PeriodHealth[] = opened.map((period) => {
    const expected = expectedUnits.get(period.id)!;
    const filed = expected.map((u) => filedBy.get(`${u.id}:${period.id}`)).filter((r) => r !== undefined);
    const late = filed.filter((r) => r.late).length;
    return {
      period: { id: period.id, type: period.type, year: period.year, number: period.number, isBaseline: period.isBaseline, dueDate: period.dueDate, window: period.window },
      expected: expected.length,
      filed: filed.length,
      onTime: filed.length - late,
      late,
      accepted: filed.filter((r) => r.status === 'ACCEPTED').length,
      missing: expected.length - filed.length,
    };
  });

  // Per unit, over the periods whose due day has passed (an open period is not missing yet).
  const due = opened.filter((p) => dateToDay(p.dueDate) < today);
  const byUnit = units
    .map((unit) => {
      const own = due.filter((p) => expectedUnits.get(p.id)!.some((u) => u.id === unit.id));
      const filed = own.map((p) => filedBy.get(`${unit.id}:${p.id}`)).filter((r) => r !== undefined);
      const late = filed.filter((r) => r.late).length;
      return {
        unit: { id: unit.id, name: unit.name },
        expected: own.length,
        filed: filed.length,
        onTime: filed.length - late,
        late,
        accepted: filed.filter((r) => r.status === 'ACCEPTED').length,
        missing: own.length - filed.length,
      };
    })
    .filter((row) => row.expected > 0)
    .sort((a, b) => b.missing - a.missing || b.late - a.late || collator.compare(a.unit.name, b.unit.name));

  // Late now: past the due day, still open to a late filing (or reopened for the unit), nothing sent.
  const lateNow = opened
    .flatMap((period) =>
      expectedUnits.get(period.id)!.flatMap((unit) => {
        const key = `${unit.id}:${period.id}`;
        if (filedBy.has(key)) return [];
        const window = periodWindow(
          { endDate: dateToDay(period.endDate), dueDate: dateToDay(period.dueDate), expiryDate: dateToDay(period.expiryDate) },
          today,
          reopenedUntil.get(key) ?? null,
        );
        if (window !== 'LATE') return [];
        return [{ unit: { id: unit.id, name: unit.name }, period: { id: period.id, type: period.type, year: period.year, number: period.number, isBaseline: period.isBaseline }, dueDate: period.dueDate, daysLate: daysBetween(dateToDay(period.dueDate), today) }];
      }),
    )
    .sort((a, b) => b.daysLate - a.daysLate || collator.compare(a.unit.name, b.unit.name));

  return { campaign: { id: campaign.id, name: campaign.name }, byPeriod, byUnit, lateNow };
}

export type ReportingHealth = NonNullable<Awaited<ReturnType<typeof getReportingHealth>>>;
