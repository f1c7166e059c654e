import 'server-only';
import { db } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { FormulaError, formulaElements, parseFormula, type FormulaNode } from './formula';
import type { IndicatorInput } from './admin-schema';
import { auditChange } from './admin-rules';
import { campaignOfActor, fieldError, requireCatalogueAdmin, V } from './admin-guard';

/** The catalogue key of a formula error, from its code and (for syntax errors) its detail. */
function formulaErrorKey(error: FormulaError): { key: string; detail: string } {
  if (error.code !== 'syntax') return { key: error.code, detail: error.detail };
  const expected = /^expected (.+)$/.exec(error.detail);
  if (expected) return { key: 'expected', detail: expected[1] };
  const character = /^unexpected character (.+)$/.exec(error.detail);
  if (character) return { key: 'character', detail: character[1] };
  const unexpected = /^unexpected (.+)$/.exec(error.detail);
  if (unexpected) return { key: 'unexpected', detail: unexpected[1] };
  if (error.detail.startsWith('longer than')) return { key: 'tooLong', detail: '' };
  return { key: 'ended', detail: '' };
}

/**
 * Parses a formula against the campaign's element codes. A formula that does not parse becomes a
 * field error saying what is wrong and where (positions count characters from 1, as people do).
 */
export function checkFormula(formula: string, known: ReadonlySet<string>): FormulaNode {
  try {
    return parseFormula(formula, { knownElements: known });
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    const { key, detail } = formulaErrorKey(error);
    throw new DomainError('VALIDATION', 'VALIDATION', { detail, position: error.position + 1 }, { formula: [`catalogue.formulaErrors.${key}`] });
  }
}

/**
 * Creates or updates an indicator: the formula is checked against the campaign's elements, the
 * IndicatorElement links are rewritten from it, the version moves on, and the audit row records
 * what changed, all in one transaction. A save carrying an older version is refused (STALE).
 */
export async function saveIndicator(actor: Actor, input: IndicatorInput): Promise<{ id: number; version: number }> {
  requireCatalogueAdmin(actor);
  if (input.id !== undefined && input.version === undefined) throw new DomainError('STALE');
  return db.$transaction(async (tx) => {
    const campaign = await campaignOfActor(tx, actor, input.campaignId);
    const area = await tx.contestArea.findFirst({ where: { id: input.contestAreaId, campaignId: campaign.id }, select: { id: true } });
    if (!area) throw fieldError('contestAreaId', V('areaUnknown'));
    const elements = await tx.dataElement.findMany({ where: { campaignId: campaign.id }, select: { id: true, code: true } });
    const tree = checkFormula(input.formula, new Set(elements.map((e) => e.code)));
    const taken = await tx.indicator.findFirst({
      where: { campaignId: campaign.id, code: input.code, ...(input.id !== undefined ? { NOT: { id: input.id } } : {}) },
      select: { id: true },
    });
    if (taken) throw fieldError('code', V('codeTaken'));

    const data = {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      contestAreaId: area.id,
      unitLabel: input.unitLabel,
      comparison: input.comparison,
      targetValue: input.comparison === 'RANGE' ? null : input.targetValue,
      targetMin: input.comparison === 'RANGE' ? input.targetMin : null,
      targetMax: input.comparison === 'RANGE' ? input.targetMax : null,
      horizon: input.horizon,
      horizonYear: input.horizon === 'BY_YEAR' ? input.horizonYear : null,
      baselineYear: input.baselineYear,
      sourceText: input.sourceText,
      interpretation: input.interpretation,
      notes: input.notes,
      formula: input.formula.trim(),
      unitReading: input.unitReading,
      active: input.active,
    };

    let before = null;
    let id: number;
    if (input.id !== undefined) {
      before = await tx.indicator.findFirst({ where: { id: input.id, campaignId: campaign.id } });
      if (!before) throw new DomainError('NOT_FOUND');
      const updated = await tx.indicator.updateMany({
        where: { id: input.id, campaignId: campaign.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new DomainError('STALE');
      id = input.id;
    } else {
      const last = await tx.indicator.aggregate({ where: { campaignId: campaign.id }, _max: { sortOrder: true } });
      id = (await tx.indicator.create({ data: { ...data, campaignId: campaign.id, sortOrder: (last._max.sortOrder ?? 0) + 1 } })).id;
    }

    const idOf = new Map(elements.map((e) => [e.code, e.id]));
    await tx.indicatorElement.deleteMany({ where: { indicatorId: id } });
    await tx.indicatorElement.createMany({ data: formulaElements(tree).map((code) => ({ indicatorId: id, elementId: idOf.get(code)! })) });

    const after = await tx.indicator.findUniqueOrThrow({ where: { id } });
    await audit(tx, auditActor(actor), {
      action: before ? 'indicator.update' : 'indicator.create',
      entityType: 'Indicator',
      entityId: id,
      ...auditChange(before, after),
    });
    return { id, version: after.version };
  });
}
