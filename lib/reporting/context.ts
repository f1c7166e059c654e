import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { dateToDay, vnDay } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { periodWindow, type PeriodWindow } from './periods';

/**
 * Where a unit stands in a period: the period (of the unit's province), its window today counting
 * any reopening for this unit, and the elements the unit reports in it. Shared by the form, the
 * draft save, the submission and the Excel round trip, so they all judge alike.
 */
export async function reportingContext(client: Db | Tx, unitId: number, periodId: number, provinceId: number) {
  const [unit, period] = await Promise.all([
    client.unit.findFirst({ where: { id: unitId, provinceId }, select: { id: true, name: true, kind: true, border: true, provinceId: true } }),
    client.reportingPeriod.findFirst({ where: { id: periodId, campaign: { provinceId } } }),
  ]);
  if (!unit || !period) throw new DomainError('NOT_FOUND');
  const today = vnDay();
  const reopening = await client.periodReopening.findFirst({
    where: { periodId, unitId, untilDate: { gte: new Date(`${today}T00:00:00Z`) } },
    orderBy: { untilDate: 'desc' },
  });
  const reopenedUntil = reopening ? dateToDay(reopening.untilDate) : null;
  const window: PeriodWindow = periodWindow(
    { endDate: dateToDay(period.endDate), dueDate: dateToDay(period.dueDate), expiryDate: dateToDay(period.expiryDate) },
    today,
    reopenedUntil,
  );
  const elements = (
    await client.dataElement.findMany({ where: { campaignId: period.campaignId, active: true }, orderBy: { sortOrder: 'asc' } })
  ).filter((e) => unitReportsElementIn(e, unit, period.type));
  return { unit, period, window, reopenedUntil, today, elements };
}

export type ReportingContext = Awaited<ReturnType<typeof reportingContext>>;

/** Refuses a change to a period that is not open for the unit, saying why. */
export function assertPeriodOpen(window: PeriodWindow): void {
  if (window === 'CLOSED') throw new DomainError('PERIOD_CLOSED');
  if (window === 'NOT_OPEN') throw new DomainError('PERIOD_NOT_OPEN');
}
