/** Shared set-up of the catalogue tests: an actor of a role, the seeded campaign, forms as a browser posts them. */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';
import type { DataElement, Indicator } from '@/lib/generated/prisma/client';
import { decimalInputValue } from '@/lib/catalogue/form-values';
import { elementSchema, indicatorSchema } from '@/lib/catalogue/admin-schema';

let counter = 0;

export async function actorOf(role: Role, unitName?: string): Promise<Actor> {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const unit = unitName ? await db.unit.findFirstOrThrow({ where: { provinceId: province.id, name: unitName } }) : null;
  const username = `catalogue.${role.toLowerCase()}.${++counter}`;
  const user = await db.user.create({
    data: { provinceId: province.id, username, passwordHash: 'not-used', displayName: `Thử ${role}`, role, unitId: unit?.id ?? null },
  });
  return {
    id: user.id,
    username,
    name: user.displayName,
    role,
    provinceId: province.id,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    ownUnitIds: unit ? [unit.id] : [],
  };
}

export const seededCampaign = () => db.campaign.findFirstOrThrow({ where: { code: 'TD-2026-2030' } });

export const indicatorByCode = async (code: string) => db.indicator.findFirstOrThrow({ where: { code, campaign: { code: 'TD-2026-2030' } } });

export const elementByCode = async (code: string) => db.dataElement.findFirstOrThrow({ where: { code, campaign: { code: 'TD-2026-2030' } } });

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The indicator's edit form as the browser posts it, with some fields changed. */
export function indicatorForm(indicator: Indicator, changes: Record<string, string | undefined> = {}): Record<string, string> {
  const form: Record<string, string | undefined> = {
    campaignId: String(indicator.campaignId),
    id: String(indicator.id),
    version: String(indicator.version),
    code: indicator.code,
    name: indicator.name,
    nameEn: text(indicator.nameEn),
    contestAreaId: String(indicator.contestAreaId),
    unitLabel: indicator.unitLabel,
    comparison: indicator.comparison,
    targetValue: decimalInputValue(indicator.targetValue),
    targetMin: decimalInputValue(indicator.targetMin),
    targetMax: decimalInputValue(indicator.targetMax),
    horizon: indicator.horizon,
    horizonYear: text(indicator.horizonYear),
    baselineYear: text(indicator.baselineYear),
    sourceText: indicator.sourceText,
    interpretation: text(indicator.interpretation),
    notes: indicator.notes.join('\n'),
    formula: indicator.formula,
    unitReading: indicator.unitReading,
    active: indicator.active ? 'on' : undefined,
    ...changes,
  };
  return Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

export const indicatorInput = (indicator: Indicator, changes: Record<string, string | undefined> = {}) => indicatorSchema.parse(indicatorForm(indicator, changes));

/** The element's edit form as the browser posts it (checkbox groups as arrays). */
export function elementForm(element: DataElement, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const form: Record<string, unknown> = {
    campaignId: String(element.campaignId),
    id: String(element.id),
    version: String(element.version),
    code: element.code,
    name: element.name,
    nameEn: text(element.nameEn),
    unitLabel: element.unitLabel,
    valueType: element.valueType,
    overTime: element.overTime,
    'periodTypes[]': [...element.periodTypes],
    'reporterGroups[]': [...element.reporterGroups],
    ownerUnitId: text(element.ownerUnitId),
    minValue: decimalInputValue(element.minValue),
    maxValue: decimalInputValue(element.maxValue),
    totalElementId: text(element.totalElementId),
    evidenceRequired: element.evidenceRequired ? 'on' : undefined,
    outlierThresholdPct: decimalInputValue(element.outlierThresholdPct),
    active: element.active ? 'on' : undefined,
    ...changes,
  };
  return Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined));
}

export const elementInput = (element: DataElement, changes: Record<string, unknown> = {}) => elementSchema.parse(elementForm(element, changes));

export const auditRows = (entityType: string, entityId: number | string) =>
  db.auditEvent.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: 'asc' } });
