/**
 * The daily notification run: "period opened" to the units that report in a period that opened in
 * the last week, and "due soon" to the units that have not yet submitted a period due within the
 * reminder window. Idempotent (dedupe keys), so it may run on several instances or twice a day.
 */
import type { Db } from '@/lib/db/client';
import { addDays, dateToDay, daysBetween, type Day } from '@/lib/clock';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { SETTINGS } from '@/lib/settings/defaults';
import { notify } from './notify';

export async function runDailyNotifications(db: Db, today: Day): Promise<{ opened: number; dueSoon: number }> {
  let opened = 0;
  let dueSoon = 0;
  const campaigns = await db.campaign.findMany({ where: { active: true }, select: { id: true, provinceId: true } });
  for (const campaign of campaigns) {
    const setting = await db.setting.findUnique({ where: { provinceId_key: { provinceId: campaign.provinceId, key: 'reporting.reminderDays' } } });
    const reminderDays = Number(setting?.value ?? SETTINGS['reporting.reminderDays'].default);
    const periods = await db.reportingPeriod.findMany({
      where: { campaignId: campaign.id, endDate: { lt: new Date(`${today}T00:00:00Z`), gte: new Date(`${addDays(today, -120)}T00:00:00Z`) } },
    });
    if (periods.length === 0) continue;
    const [elements, units, users] = await Promise.all([
      db.dataElement.findMany({ where: { campaignId: campaign.id, active: true }, select: { reporterGroups: true, ownerUnitId: true, periodTypes: true } }),
      db.unit.findMany({ where: { provinceId: campaign.provinceId, active: true }, select: { id: true, kind: true, border: true } }),
      db.user.findMany({ where: { provinceId: campaign.provinceId, active: true, role: { in: ['UNIT_OFFICER', 'UNIT_HEAD'] } }, select: { id: true, unitId: true } }),
    ]);
    for (const period of periods) {
      const opensOn = addDays(dateToDay(period.endDate), 1);
      const due = dateToDay(period.dueDate);
      const reporting = units.filter((u) => elements.some((e) => unitReportsElementIn(e, u, period.type)));
      const params = { periodType: period.type, year: period.year, number: period.number, due };
      const link = `/reports/${period.id}`;
      if (daysBetween(opensOn, today) >= 0 && daysBetween(opensOn, today) < 7) {
        await db.$transaction(async (tx) => {
          for (const unit of reporting) {
            const ids = users.filter((u) => u.unitId === unit.id).map((u) => u.id);
            opened += await notify(tx, ids, { kind: 'PERIOD_OPENED', params, link, event: `period-opened:${period.id}` });
          }
        });
      }
      const left = daysBetween(today, due);
      if (left >= 0 && left <= reminderDays) {
        const done = await db.report.findMany({
          where: { periodId: period.id, status: { in: ['SUBMITTED', 'ACCEPTED'] } },
          select: { unitId: true },
        });
        const doneUnits = new Set(done.map((r) => r.unitId));
        await db.$transaction(async (tx) => {
          for (const unit of reporting.filter((u) => !doneUnits.has(u.id))) {
            const ids = users.filter((u) => u.unitId === unit.id).map((u) => u.id);
            dueSoon += await notify(tx, ids, { kind: 'DUE_SOON', params: { ...params, daysLeft: left }, link, event: `due-soon:${period.id}` });
          }
        });
      }
    }
  }
  return { opened, dueSoon };
}
