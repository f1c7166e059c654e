/** Data for the dashboard tests: reports written straight to the database, and the demo history. */
import { db } from '@/lib/db';
import type { PeriodType, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { setClock } from '@/lib/clock';
import { seedDemoAccounts, seedDemoHistory } from '@/prisma/seed/demo';

export async function caoBangCampaign() {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId: province.id } });
  return { provinceId: province.id, campaign };
}

export async function periodOf(campaignId: number, type: PeriodType, year: number, number = 1) {
  const found = await db.reportingPeriod.findFirst({ where: { campaignId, type, year, number } });
  if (found) return found;
  // Half-years are not in the seeded calendar; tests that need them add them.
  const start = new Date(Date.UTC(year, type === 'HALF_YEAR' ? (number - 1) * 6 : (number - 1) * 3, 1));
  return db.reportingPeriod.create({
    data: { campaignId, type, year, number, startDate: start, endDate: start, dueDate: start, expiryDate: start },
  });
}

/** A report with its values (by element code), in the status given (ACCEPTED by default). */
export async function writeReport(
  unitId: number,
  period: { id: number },
  values: Record<string, number>,
  options: { status?: WorkflowStatus; late?: boolean } = {},
) {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  const elements = await db.dataElement.findMany({ where: { code: { in: Object.keys(values) } } });
  return db.report.create({
    data: {
      provinceId: unit.provinceId,
      unitId,
      periodId: period.id,
      status: options.status ?? 'ACCEPTED',
      late: options.late ?? false,
      submissionCount: options.status === 'DRAFT' ? 0 : 1,
      values: { create: elements.map((e) => ({ elementId: e.id, value: values[e.code], rawValue: String(values[e.code]) })) },
    },
  });
}

export async function unitId(name: string) {
  return (await db.unit.findFirstOrThrow({ where: { name } })).id;
}

/** The demo accounts and reporting history, as the seed writes them on the given day. */
export async function seedDemo(day: string) {
  const { provinceId, campaign } = await caoBangCampaign();
  setClock(`${day}T09:00:00+07:00`);
  await db.$transaction(
    async (tx) => {
      await seedDemoAccounts(tx, provinceId, () => {});
      await seedDemoHistory(tx, provinceId, campaign.id, () => {});
    },
    { timeout: 120_000 },
  );
  return { provinceId, campaign };
}
