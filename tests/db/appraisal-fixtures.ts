/** Reports and registrations written straight to the database for the appraisal tests (their own flows are tested elsewhere). */
import { db } from '@/lib/db';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';

type Period = { type: 'QUARTER' | 'YEAR'; year: number; number: number; isBaseline?: boolean };

export async function report(unitName: string, period: Period, values: Record<string, number>, status: WorkflowStatus = 'ACCEPTED') {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const p = await db.reportingPeriod.findFirstOrThrow({ where: { type: period.type, year: period.year, number: period.number, isBaseline: period.isBaseline ?? false } });
  const elements = await db.dataElement.findMany({ where: { code: { in: Object.keys(values) } } });
  await db.report.create({
    data: {
      provinceId: unit.provinceId,
      unitId: unit.id,
      periodId: p.id,
      status,
      values: { create: elements.map((e) => ({ elementId: e.id, value: values[e.code], rawValue: String(values[e.code]) })) },
    },
  });
  return unit.id;
}

/** A registration for 2026 with targets by indicator code ({ value } or { min, max }). */
export async function registration(unitName: string, year: number, status: WorkflowStatus, targets: Record<string, { value?: number; min?: number; max?: number }>) {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId: unit.provinceId } });
  const indicators = await db.indicator.findMany({ where: { campaignId: campaign.id, code: { in: Object.keys(targets) } } });
  return db.registration.create({
    data: {
      provinceId: unit.provinceId,
      unitId: unit.id,
      campaignId: campaign.id,
      year,
      status,
      targets: {
        create: indicators.map((i) => ({ indicatorId: i.id, targetValue: targets[i.code].value ?? null, targetMin: targets[i.code].min ?? null, targetMax: targets[i.code].max ?? null })),
      },
    },
  });
}
