import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { saveElement } from '@/lib/catalogue/admin-elements';
import { elementSchema } from '@/lib/catalogue/admin-schema';
import { actorOf, auditRows, elementByCode, elementForm, elementInput } from './catalogue-fixtures';

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

describe('saving a data element', () => {
  it('refuses to rename a code that a formula reads, naming the indicators, and writes nothing', async () => {
    const before = await elementByCode('HOUSEHOLDS');
    const error = await domainError(saveElement(admin, elementInput(before, { code: 'HOUSEHOLDS_TOTAL' })));
    expect(error.fieldErrors.code).toEqual(['catalogue.validation.codeInUse']);
    expect(error.params).toEqual({ code: 'HOUSEHOLDS', indicators: 'CS-MULTIDIM-POVERTY-REDUCTION' });
    expect(await elementByCode('HOUSEHOLDS')).toEqual(before);
    expect(await auditRows('DataElement', before.id)).toEqual([]);
  });

  it('edits the other fields, bumps the version and audits before/after', async () => {
    const before = await elementByCode('POOR_HOUSEHOLDS');
    const saved = await saveElement(admin, elementInput(before, { outlierThresholdPct: '25,5', evidenceRequired: 'on', overTime: 'STOCK' }));
    expect(saved.version).toBe(before.version + 1);
    const after = await elementByCode('POOR_HOUSEHOLDS');
    expect(after.outlierThresholdPct?.toString()).toBe('25.5');
    expect(after.evidenceRequired).toBe(true);
    const [row] = await auditRows('DataElement', before.id);
    expect(row).toMatchObject({ action: 'element.update', actorId: admin.id });
    expect(row.before).toEqual({ evidenceRequired: false, outlierThresholdPct: null, version: 1 });
    expect(row.after).toEqual({ evidenceRequired: true, outlierThresholdPct: '25.5', version: 2 });
  });

  it('renames a code no formula reads', async () => {
    const campaign = await db.campaign.findFirstOrThrow({ where: { code: 'TD-2026-2030' } });
    const created = await saveElement(
      admin,
      elementSchema.parse({
        campaignId: String(campaign.id),
        code: 'NEW_SCHOOLS',
        name: 'Số trường học xây mới',
        unitLabel: 'trường',
        valueType: 'INTEGER',
        overTime: 'FLOW',
        'periodTypes[]': ['YEAR'],
        'reporterGroups[]': ['COMMUNES'],
        minValue: '0',
      }),
    );
    const element = await db.dataElement.findUniqueOrThrow({ where: { id: created.id } });
    expect(element).toMatchObject({ code: 'NEW_SCHOOLS', version: 1, periodTypes: ['YEAR'], reporterGroups: ['COMMUNES'], ownerUnitId: null, active: false });
    await saveElement(admin, elementInput(element, { code: 'NEW_SCHOOL_SITES' }));
    expect((await db.dataElement.findUniqueOrThrow({ where: { id: created.id } })).code).toBe('NEW_SCHOOL_SITES');
    expect((await auditRows('DataElement', created.id)).map((r) => r.action)).toEqual(['element.create', 'element.update']);
  });

  it('refuses a part-of link to itself, to another campaign, or one that closes a loop', async () => {
    const households = await elementByCode('HOUSEHOLDS');
    const poor = await elementByCode('POOR_HOUSEHOLDS');
    expect(poor.totalElementId).toBe(households.id);
    const self = await domainError(saveElement(admin, elementInput(households, { totalElementId: String(households.id) })));
    expect(self.fieldErrors.totalElementId).toEqual(['catalogue.validation.totalSelf']);
    const loop = await domainError(saveElement(admin, elementInput(households, { totalElementId: String(poor.id) })));
    expect(loop.fieldErrors.totalElementId).toEqual(['catalogue.validation.totalCycle']);
    const foreign = await domainError(saveElement(admin, elementInput(households, { totalElementId: '999999' })));
    expect(foreign.fieldErrors.totalElementId).toEqual(['catalogue.validation.totalUnknown']);
    expect((await elementByCode('HOUSEHOLDS')).totalElementId).toBeNull();
  });

  it('checks codes, groups and owners when the form is read', () => {
    const issues = (form: Record<string, unknown>) => {
      const parsed = elementSchema.safeParse(form);
      return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    const base = { campaignId: '1', code: 'OK_CODE', name: 'n', unitLabel: 'hộ', valueType: 'INTEGER', overTime: 'STOCK', 'periodTypes[]': ['YEAR'], 'reporterGroups[]': ['COMMUNES'] };
    expect(issues(base)).toEqual([]);
    expect(issues({ ...base, code: 'hộ_nghèo' })).toEqual([['code', 'catalogue.validation.elementCode']]);
    expect(issues({ ...base, code: '1ABC' })).toEqual([['code', 'catalogue.validation.elementCode']]);
    expect(issues({ ...base, 'periodTypes[]': undefined })).toEqual([['periodTypes[]', 'catalogue.validation.atLeastOne']]);
    expect(issues({ ...base, 'reporterGroups[]': ['OWNER'] })).toEqual([['ownerUnitId', 'catalogue.validation.ownerRequired']]);
    expect(issues({ ...base, minValue: '10', maxValue: '1,5' })).toEqual([['maxValue', 'catalogue.validation.minAboveMax']]);
    expect(elementSchema.parse({ ...base, ownerUnitId: '7' }).ownerUnitId).toBeNull();
  });

  it('refuses a save from an older version, and an owner outside the province', async () => {
    const loaded = await elementByCode('DTI_RANK');
    await saveElement(admin, elementInput(loaded, { name: 'Xếp hạng DTI của tỉnh' }));
    expect((await domainError(saveElement(admin, elementInput(loaded, { name: 'Khác' })))).code).toBe('STALE');
    const current = await elementByCode('DTI_RANK');
    const owner = await domainError(saveElement(admin, elementInput(current, { ownerUnitId: '999999' })));
    expect(owner.fieldErrors.ownerUnitId).toEqual(['catalogue.validation.ownerUnknown']);
    expect((await elementByCode('DTI_RANK')).name).toBe('Xếp hạng DTI của tỉnh');
  });

  it('is refused to a unit officer', async () => {
    const officer = await actorOf('UNIT_OFFICER', 'Sở Tài chính');
    const element = await elementByCode('DTI_RANK');
    expect((await domainError(saveElement(officer, elementInput(element, { name: 'x' })))).code).toBe('FORBIDDEN');
  });
});

describe('the element form', () => {
  it('posts checkbox groups as lists', () => {
    const form = elementForm({ campaignId: 1, id: 2, version: 1, code: 'A', name: 'n', nameEn: null, unitLabel: 'u', valueType: 'YES_NO', overTime: 'STOCK', periodTypes: ['QUARTER', 'YEAR'], reporterGroups: ['COMMUNES_WARDS'], ownerUnitId: null, minValue: null, maxValue: null, totalElementId: null, evidenceRequired: true, outlierThresholdPct: null, active: true } as never);
    expect(elementSchema.parse(form)).toMatchObject({ periodTypes: ['QUARTER', 'YEAR'], reporterGroups: ['COMMUNES_WARDS'], evidenceRequired: true, active: true });
  });
});
