import 'server-only';
import { db, type Tx } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { formulaElements, parseFormula } from './formula';
import type { ElementInput } from './admin-schema';
import { auditChange, createsPartOfCycle } from './admin-rules';
import { campaignOfActor, fieldError, requireCatalogueAdmin, V } from './admin-guard';

/** Indicators of the campaign whose formula reads the code (the formula is the truth, links follow it). */
async function indicatorsReading(tx: Tx, campaignId: number, code: string) {
  const indicators = await tx.indicator.findMany({ where: { campaignId }, select: { code: true, formula: true }, orderBy: { sortOrder: 'asc' } });
  return indicators
    .filter((i) => {
      try {
        return formulaElements(parseFormula(i.formula)).includes(code);
      } catch {
        return new RegExp(`\\b${code}\\b`).test(i.formula);
      }
    })
    .map((i) => i.code);
}

/**
 * Creates or updates a data element. A part-of link stays within the campaign and never loops; a
 * code that formulas use cannot be renamed (they would silently stop reading it).
 */
export async function saveElement(actor: Actor, input: ElementInput): Promise<{ id: number; version: number }> {
  requireCatalogueAdmin(actor);
  if (input.id !== undefined && input.version === undefined) throw new DomainError('STALE');
  return db.$transaction(async (tx) => {
    const campaign = await campaignOfActor(tx, actor, input.campaignId);
    const siblings = await tx.dataElement.findMany({ where: { campaignId: campaign.id }, select: { id: true, code: true, totalElementId: true } });
    const before = input.id !== undefined ? await tx.dataElement.findFirst({ where: { id: input.id, campaignId: campaign.id } }) : null;
    if (input.id !== undefined && !before) throw new DomainError('NOT_FOUND');

    if (siblings.some((e) => e.code === input.code && e.id !== input.id)) throw fieldError('code', V('codeTaken'));
    if (before && before.code !== input.code) {
      const readers = await indicatorsReading(tx, campaign.id, before.code);
      if (readers.length > 0) throw fieldError('code', V('codeInUse'), { code: before.code, indicators: readers.join(', ') });
    }
    if (input.ownerUnitId !== null) {
      const owner = await tx.unit.findFirst({ where: { id: input.ownerUnitId, provinceId: actor.provinceId }, select: { id: true } });
      if (!owner) throw fieldError('ownerUnitId', V('ownerUnknown'));
    }
    if (input.totalElementId !== null) {
      if (input.totalElementId === input.id) throw fieldError('totalElementId', V('totalSelf'));
      if (!siblings.some((e) => e.id === input.totalElementId)) throw fieldError('totalElementId', V('totalUnknown'));
      const totals = new Map(siblings.map((e) => [e.id, e.totalElementId]));
      if (input.id !== undefined && createsPartOfCycle(totals, input.id, input.totalElementId)) throw fieldError('totalElementId', V('totalCycle'));
    }

    const data = {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      unitLabel: input.unitLabel,
      valueType: input.valueType,
      overTime: input.overTime,
      periodTypes: input.periodTypes,
      reporterGroups: input.reporterGroups,
      ownerUnitId: input.ownerUnitId,
      minValue: input.minValue,
      maxValue: input.maxValue,
      totalElementId: input.totalElementId,
      evidenceRequired: input.evidenceRequired,
      outlierThresholdPct: input.outlierThresholdPct,
      active: input.active,
    };
    let id: number;
    if (before) {
      const updated = await tx.dataElement.updateMany({
        where: { id: before.id, campaignId: campaign.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new DomainError('STALE');
      id = before.id;
    } else {
      const last = await tx.dataElement.aggregate({ where: { campaignId: campaign.id }, _max: { sortOrder: true } });
      id = (await tx.dataElement.create({ data: { ...data, campaignId: campaign.id, sortOrder: (last._max.sortOrder ?? 0) + 1 } })).id;
    }
    const after = await tx.dataElement.findUniqueOrThrow({ where: { id } });
    await audit(tx, auditActor(actor), {
      action: before ? 'element.update' : 'element.create',
      entityType: 'DataElement',
      entityId: id,
      ...auditChange(before, after),
    });
    return { id, version: after.version };
  });
}
