import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { dateToDay, vnDay } from '@/lib/clock';
import { periodWindow, type PeriodWindow } from '@/lib/reporting/periods';

/**
 * The province's main campaign: among the active ones, the longest-running that covers this year
 * (the five-year plan rather than a thematic campaign started inside it), else the latest one.
 */
export const getActiveCampaign = cache(async (provinceId: number) => {
  const year = Number(vnDay().slice(0, 4));
  const include = { milestones: { orderBy: { year: 'asc' as const } } };
  return (
    (await db.campaign.findFirst({
      where: { provinceId, active: true, startYear: { lte: year }, endYear: { gte: year } },
      orderBy: [{ startYear: 'asc' }, { endYear: 'desc' }, { id: 'asc' }],
      include,
    })) ?? (await db.campaign.findFirst({ where: { provinceId, active: true }, orderBy: [{ startYear: 'desc' }, { id: 'asc' }], include }))
  );
});

export type PeriodWithWindow = {
  id: number;
  type: 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  year: number;
  number: number;
  isBaseline: boolean;
  endDate: Date;
  dueDate: Date;
  expiryDate: Date;
  window: PeriodWindow;
};

/** The campaign's periods with where each stands today. */
export const getPeriods = cache(async (campaignId: number): Promise<PeriodWithWindow[]> => {
  const today = vnDay();
  const periods = await db.reportingPeriod.findMany({ where: { campaignId }, orderBy: [{ endDate: 'asc' }, { type: 'asc' }] });
  return periods.map((p) => ({
    id: p.id,
    type: p.type,
    year: p.year,
    number: p.number,
    isBaseline: p.isBaseline,
    endDate: p.endDate,
    dueDate: p.dueDate,
    expiryDate: p.expiryDate,
    window: periodWindow({ endDate: dateToDay(p.endDate), dueDate: dateToDay(p.dueDate), expiryDate: dateToDay(p.expiryDate) }, today),
  }));
});

/** Periods open for submission today (on time or late). */
export async function getCurrentPeriods(campaignId: number) {
  return (await getPeriods(campaignId)).filter((p) => p.window === 'OPEN' || p.window === 'LATE');
}

export const getElements = cache(async (campaignId: number) => {
  return db.dataElement.findMany({ where: { campaignId, active: true }, orderBy: { sortOrder: 'asc' } });
});

export const getIndicators = cache(async (campaignId: number) => {
  return db.indicator.findMany({
    where: { campaignId, active: true },
    orderBy: { sortOrder: 'asc' },
    include: { contestArea: true, elements: { select: { elementId: true } } },
  });
});

export const getUnitsOfProvince = cache(async (provinceId: number) => {
  return db.unit.findMany({ where: { provinceId, active: true }, select: { id: true, name: true, kind: true, border: true, parentId: true, groupId: true } });
});
