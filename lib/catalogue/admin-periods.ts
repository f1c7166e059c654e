import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { addDays, dateToDay, dayToDate } from '@/lib/clock';
import { periodSpec } from '@/lib/reporting/periods';
import { getSettings } from '@/lib/settings/queries';
import { formatDay } from '@/lib/i18n/format';
import type { addPeriodSchema, periodDatesSchema } from './admin-schema';
import { periodDayErrors, periodNumberValid } from './admin-rules';
import { campaignOfActor, fieldError, fieldErrors, requireCatalogueAdmin, V } from './admin-guard';

const days = (p: { startDate: Date; endDate: Date; dueDate: Date; expiryDate: Date }) => ({
  startDate: dateToDay(p.startDate),
  endDate: dateToDay(p.endDate),
  dueDate: dateToDay(p.dueDate),
  expiryDate: dateToDay(p.expiryDate),
});

/** Moves a period's due and closing days (e.g. a later deadline); the days keep their order end < due < expiry. */
export async function updatePeriodDates(actor: Actor, input: z.output<typeof periodDatesSchema>) {
  requireCatalogueAdmin(actor);
  await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findFirst({ where: { id: input.id, campaign: { provinceId: actor.provinceId } } });
    if (!period) throw new DomainError('NOT_FOUND');
    const errors = periodDayErrors(dateToDay(period.endDate), input.dueDate, input.expiryDate);
    if (Object.keys(errors).length) throw fieldErrors(errors, { end: formatDay(period.endDate) });
    const updated = await tx.reportingPeriod.updateMany({
      where: { id: period.id, updatedAt: input.updatedAt },
      data: { dueDate: dayToDate(input.dueDate), expiryDate: dayToDate(input.expiryDate) },
    });
    if (updated.count !== 1) throw new DomainError('STALE');
    const before = days(period);
    await audit(tx, auditActor(actor), {
      action: 'period.update',
      entityType: 'ReportingPeriod',
      entityId: period.id,
      before: { dueDate: before.dueDate, expiryDate: before.expiryDate },
      after: { dueDate: input.dueDate, expiryDate: input.expiryDate },
    });
  });
}

/**
 * Adds a period to a campaign (a half-year, a forgotten quarter): its start and end follow from its
 * type, its due and closing days from the settings unless given.
 */
export async function addPeriod(actor: Actor, input: z.output<typeof addPeriodSchema>): Promise<{ id: number }> {
  requireCatalogueAdmin(actor);
  if (!periodNumberValid(input.type, input.number)) throw fieldError('number', V('periodNumber'));
  return db.$transaction(async (tx) => {
    const campaign = await campaignOfActor(tx, actor, input.campaignId);
    if (input.year < campaign.startYear - 1 || input.year > campaign.endYear) {
      throw fieldError('year', V('periodYear'), { start: campaign.startYear, end: campaign.endYear });
    }
    const settings = await getSettings(actor.provinceId, tx);
    const spec = periodSpec(input.type, input.year, input.number, { dueDay: settings['reporting.dueDay'], expiryDays: settings['reporting.expiryDays'] });
    const dueDate = input.dueDate ?? spec.dueDate;
    const expiryDate = input.expiryDate ?? addDays(dueDate, settings['reporting.expiryDays']);
    const errors = periodDayErrors(spec.endDate, dueDate, expiryDate);
    if (Object.keys(errors).length) throw fieldErrors(errors, { end: formatDay(spec.endDate) });
    const exists = await tx.reportingPeriod.findFirst({ where: { campaignId: campaign.id, type: input.type, year: input.year, number: input.number }, select: { id: true } });
    if (exists) throw fieldError('number', V('periodExists'));
    const period = await tx.reportingPeriod.create({
      data: {
        campaignId: campaign.id,
        type: input.type,
        year: input.year,
        number: input.number,
        startDate: dayToDate(spec.startDate),
        endDate: dayToDate(spec.endDate),
        dueDate: dayToDate(dueDate),
        expiryDate: dayToDate(expiryDate),
        // The year before the campaign can only be its baseline.
        isBaseline: input.year < campaign.startYear,
      },
    });
    await audit(tx, auditActor(actor), {
      action: 'period.create',
      entityType: 'ReportingPeriod',
      entityId: period.id,
      after: { campaign: campaign.code, type: period.type, year: period.year, number: period.number, ...days(period), isBaseline: period.isBaseline },
    });
    return { id: period.id };
  });
}
