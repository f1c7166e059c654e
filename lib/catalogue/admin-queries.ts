import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dateToDay, vnDay } from '@/lib/clock';
import { periodWindow } from '@/lib/reporting/periods';
import { SETTINGS, type SettingKey } from '@/lib/settings/defaults';
import { getSettings } from '@/lib/settings/queries';
import { formulaElements, parseFormula } from './formula';
import { campaignOfActor, fingerprintOf, requireCatalogueAdmin } from './admin-guard';

const collator = new Intl.Collator('vi');

/** The province's campaigns, newest first, with the size of each catalogue. */
export async function listCampaigns(actor: Actor) {
  requireCatalogueAdmin(actor);
  return db.campaign.findMany({
    where: { provinceId: actor.provinceId },
    orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
    include: { _count: { select: { indicators: true, elements: true, periods: true } } },
  });
}

/** A campaign of the actor's province (NOT_FOUND otherwise), read once per request. */
export const getCampaignForAdmin = cache(async (actor: Actor, campaignId: number) => {
  requireCatalogueAdmin(actor);
  return campaignOfActor(db, actor, campaignId);
});

/** The campaign's milestones, contest areas and focus items, each with the fingerprint its form carries. */
export async function getCampaignParts(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const [milestones, areas, focusItems] = await Promise.all([
    db.milestone.findMany({ where: { campaignId: campaign.id }, orderBy: [{ year: 'asc' }, { code: 'asc' }] }),
    db.contestArea.findMany({ where: { campaignId: campaign.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.focusItem.findMany({ where: { campaignId: campaign.id }, orderBy: [{ kind: 'asc' }, { number: 'asc' }] }),
  ]);
  const withPrint = <T extends Record<string, unknown>>(rows: T[]) => rows.map((row) => ({ ...row, fingerprint: fingerprintOf(row) }));
  return { campaign, milestones: withPrint(milestones), areas: withPrint(areas), focusItems: withPrint(focusItems) };
}

/** Every indicator of the campaign (active or not), grouped by contest area in the plan's order. */
export async function getIndicatorsByArea(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const areas = await db.contestArea.findMany({
    where: { campaignId: campaign.id },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: {
      indicators: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        include: { elements: { select: { element: { select: { code: true } } } } },
      },
    },
  });
  return areas;
}

/** What the indicator form needs: the contest areas and the element codes a formula may use. */
export async function getIndicatorFormOptions(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const [areas, elements] = await Promise.all([
    db.contestArea.findMany({ where: { campaignId: campaign.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, code: true, name: true } }),
    db.dataElement.findMany({ where: { campaignId: campaign.id }, orderBy: { sortOrder: 'asc' }, select: { code: true, name: true, active: true } }),
  ]);
  return { campaign, areas, elements };
}

export async function getIndicatorForAdmin(actor: Actor, campaignId: number, indicatorId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const indicator = await db.indicator.findFirst({ where: { id: indicatorId, campaignId: campaign.id } });
  if (!indicator) throw new DomainError('NOT_FOUND');
  return indicator;
}

/** The campaign's data elements with their total, owner and the indicators whose formula reads them. */
export async function getElementsForAdmin(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const [elements, indicators] = await Promise.all([
    db.dataElement.findMany({
      where: { campaignId: campaign.id },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      include: { totalElement: { select: { code: true } }, ownerUnit: { select: { name: true } } },
    }),
    db.indicator.findMany({ where: { campaignId: campaign.id }, orderBy: { sortOrder: 'asc' }, select: { code: true, formula: true } }),
  ]);
  const readers = new Map<string, string[]>();
  for (const indicator of indicators) {
    let codes: string[] = [];
    try {
      codes = formulaElements(parseFormula(indicator.formula));
    } catch {
      // a stored formula always parsed when saved; a broken one simply reads nothing here
    }
    for (const code of codes) readers.set(code, [...(readers.get(code) ?? []), indicator.code]);
  }
  return elements.map((e) => ({ ...e, usedBy: readers.get(e.code) ?? [] }));
}

/** What the element form needs: the other elements (possible totals) and the province's units (possible owners). */
export async function getElementFormOptions(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const [elements, units] = await Promise.all([
    db.dataElement.findMany({ where: { campaignId: campaign.id }, orderBy: { sortOrder: 'asc' }, select: { id: true, code: true, name: true } }),
    db.unit.findMany({ where: { provinceId: actor.provinceId, active: true, kind: { notIn: ['COMMUNE', 'WARD', 'SUB_UNIT'] } }, select: { id: true, name: true } }),
  ]);
  return { campaign, elements, units: units.sort((a, b) => collator.compare(a.name, b.name)) };
}

export async function getElementForAdmin(actor: Actor, campaignId: number, elementId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const element = await db.dataElement.findFirst({ where: { id: elementId, campaignId: campaign.id } });
  if (!element) throw new DomainError('NOT_FOUND');
  return element;
}

/** The campaign's periods in time order, with where each stands today. */
export async function getPeriodsForAdmin(actor: Actor, campaignId: number) {
  const campaign = await getCampaignForAdmin(actor, campaignId);
  const today = vnDay();
  const periods = await db.reportingPeriod.findMany({
    where: { campaignId: campaign.id },
    orderBy: [{ endDate: 'asc' }, { startDate: 'desc' }],
    include: { _count: { select: { reports: true } } },
  });
  return periods.map((p) => ({
    ...p,
    window: periodWindow({ endDate: dateToDay(p.endDate), dueDate: dateToDay(p.dueDate), expiryDate: dateToDay(p.expiryDate) }, today),
  }));
}

/** Each setting of the province with its current value, its default and the row's updatedAt (for the optimistic check). */
export async function getSettingsForAdmin(actor: Actor) {
  requireCatalogueAdmin(actor);
  const [values, rows] = await Promise.all([
    getSettings(actor.provinceId),
    db.setting.findMany({ where: { provinceId: actor.provinceId }, select: { key: true, updatedAt: true } }),
  ]);
  return (Object.keys(SETTINGS) as SettingKey[]).map((key) => ({
    key,
    value: values[key] as unknown,
    default: SETTINGS[key].default as unknown,
    updatedAt: rows.find((r) => r.key === key)?.updatedAt ?? null,
  }));
}
