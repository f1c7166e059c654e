import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { saveIndicator } from '@/lib/catalogue/admin-indicators';
import { indicatorSchema } from '@/lib/catalogue/admin-schema';
import { actorOf, auditRows, indicatorByCode, indicatorForm, indicatorInput, seededCampaign } from './catalogue-fixtures';

let admin: Actor;

beforeAll(async () => {
  admin = await actorOf('ADMIN');
});

async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const linkedCodes = async (indicatorId: number) =>
  (await db.indicatorElement.findMany({ where: { indicatorId }, include: { element: { select: { code: true } } } })).map((l) => l.element.code).sort();

describe('saving an indicator', () => {
  it('refuses a formula naming an unknown element, says which and where, and writes nothing', async () => {
    const before = await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    const error = await domainError(saveIndicator(admin, indicatorInput(before, { formula: '100 * DOSSIERS_ONLINE / ABC' })));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors.formula).toEqual(['catalogue.formulaErrors.unknown_element']);
    // "100 * DOSSIERS_ONLINE / ABC": ABC starts at the 25th character.
    expect(error.params).toEqual({ detail: 'ABC', position: 25 });
    expect(await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE')).toEqual(before);
    expect(await auditRows('Indicator', before.id)).toEqual([]);
  });

  it('names a syntax error and its position too', async () => {
    const indicator = await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    const error = await domainError(saveIndicator(admin, indicatorInput(indicator, { formula: '100 * (DOSSIERS_ONLINE / DOSSIERS_TOTAL' })));
    expect(error.fieldErrors.formula).toEqual(['catalogue.formulaErrors.expected']);
    // 39 characters typed: the missing ")" belongs at the 40th.
    expect(error.params).toEqual({ detail: '")"', position: 40 });
    const unknownFunction = await domainError(saveIndicator(admin, indicatorInput(indicator, { formula: 'avg(DOSSIERS_ONLINE)' })));
    expect(unknownFunction.fieldErrors.formula).toEqual(['catalogue.formulaErrors.unknown_function']);
    expect(unknownFunction.params).toEqual({ detail: 'avg', position: 1 });
  });

  it('rewrites the IndicatorElement rows from the new formula, bumps the version and audits before/after', async () => {
    const before = await indicatorByCode('CS-MULTIDIM-POVERTY-REDUCTION');
    expect(await linkedCodes(before.id)).toEqual(['HOUSEHOLDS', 'POOR_HOUSEHOLDS']);
    const saved = await saveIndicator(admin, indicatorInput(before, { formula: '  drop_pct(POOR_HOUSEHOLDS) + 0 * DOSSIERS_TOTAL  ', targetValue: '3,5' }));
    expect(saved).toEqual({ id: before.id, version: before.version + 1 });
    const after = await indicatorByCode('CS-MULTIDIM-POVERTY-REDUCTION');
    expect(after.formula).toBe('drop_pct(POOR_HOUSEHOLDS) + 0 * DOSSIERS_TOTAL');
    expect(after.targetValue?.toString()).toBe('3.5');
    expect(await linkedCodes(before.id)).toEqual(['DOSSIERS_TOTAL', 'POOR_HOUSEHOLDS']);
    const [row] = await auditRows('Indicator', before.id);
    expect(row).toMatchObject({ action: 'indicator.update', actorId: admin.id, provinceId: admin.provinceId });
    expect(row.before).toEqual({ formula: before.formula, targetValue: '3', version: before.version });
    expect(row.after).toEqual({ formula: after.formula, targetValue: '3.5', version: before.version + 1 });
  });

  it('refuses a save made from an older version (STALE) and keeps the newer one', async () => {
    const loaded = await indicatorByCode('PB-NEW-PARTY-MEMBERS');
    await saveIndicator(admin, indicatorInput(loaded, { targetMax: '1.700' }));
    const error = await domainError(saveIndicator(admin, indicatorInput(loaded, { targetMax: '1.650' })));
    expect(error.code).toBe('STALE');
    const now = await indicatorByCode('PB-NEW-PARTY-MEMBERS');
    expect(now.targetMax?.toString()).toBe('1700');
    expect(now.version).toBe(loaded.version + 1);
    expect(await auditRows('Indicator', loaded.id)).toHaveLength(1);
  });

  it('creates an indicator in a contest area of the campaign, and refuses a code already taken', async () => {
    const campaign = await seededCampaign();
    const template = await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    const form = indicatorForm(template, { id: undefined, version: undefined, code: 'DAR-ONLINE-PAYMENT', name: 'Tỷ lệ thanh toán trực tuyến', formula: '100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL' });
    const created = await saveIndicator(admin, indicatorSchema.parse(form));
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: created.id } });
    expect(indicator).toMatchObject({ campaignId: campaign.id, code: 'DAR-ONLINE-PAYMENT', version: 1 });
    expect(indicator.sortOrder).toBeGreaterThan(26);
    expect(await linkedCodes(created.id)).toEqual(['DOSSIERS_ONLINE', 'DOSSIERS_TOTAL']);
    expect((await auditRows('Indicator', created.id))[0]).toMatchObject({ action: 'indicator.create', before: null });

    const again = await domainError(saveIndicator(admin, indicatorSchema.parse(form)));
    expect(again.fieldErrors.code).toEqual(['catalogue.validation.codeTaken']);
  });

  it('checks the target against the comparison before anything reaches the database', async () => {
    const indicator = await indicatorByCode('ECO-GRDP-PER-CAPITA');
    const parsed = indicatorSchema.safeParse(indicatorForm(indicator, { targetMin: '80', targetMax: '75,5', horizon: 'BY_YEAR', horizonYear: '' }));
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(expect.arrayContaining([['targetMax', 'catalogue.validation.minAboveMax'], ['horizonYear', 'catalogue.validation.horizonYearRequired']]));
  });

  it('is refused to anyone but the administrator, and to another province', async () => {
    const reviewer = await actorOf('REVIEWER', 'Sở Nội vụ');
    const indicator = await indicatorByCode('PB-NEW-PARTY-MEMBERS');
    expect((await domainError(saveIndicator(reviewer, indicatorInput(indicator, { targetMin: '1' })))).code).toBe('FORBIDDEN');
    const elsewhere = { ...admin, provinceId: admin.provinceId + 1000 };
    expect((await domainError(saveIndicator(elsewhere, indicatorInput(indicator, { targetMin: '1' })))).code).toBe('NOT_FOUND');
  });
});
