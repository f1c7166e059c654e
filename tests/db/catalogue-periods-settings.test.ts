import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dateToDay, setClock } from '@/lib/clock';
import { addPeriod, updatePeriodDates } from '@/lib/catalogue/admin-periods';
import { updateSetting } from '@/lib/catalogue/admin-settings';
import { addPeriodSchema, periodDatesSchema, settingSchema } from '@/lib/catalogue/admin-schema';
import { getPeriodsForAdmin, getSettingsForAdmin } from '@/lib/catalogue/admin-queries';
import { getSetting, getSettings } from '@/lib/settings/queries';
import { actorOf, auditRows, seededCampaign } from './catalogue-fixtures';

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

const q3of2026 = async () => {
  const campaign = await seededCampaign();
  return db.reportingPeriod.findFirstOrThrow({ where: { campaignId: campaign.id, type: 'QUARTER', year: 2026, number: 3 } });
};

describe('periods', () => {
  it('lists the periods with where each stands today', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const campaign = await seededCampaign();
    const periods = await getPeriodsForAdmin(admin, campaign.id);
    expect(periods).toHaveLength(26);
    const window = (type: string, year: number, number: number) => periods.find((p) => p.type === type && p.year === year && p.number === number)?.window;
    expect(window('QUARTER', 2026, 3)).toBe('LATE'); // ended 30/9, due 10/10, closes 9/12
    expect(window('QUARTER', 2026, 4)).toBe('NOT_OPEN');
    expect(window('YEAR', 2025, 1)).toBe('CLOSED');
  });

  it('moves due and closing days, keeping end < due < expiry, with an updatedAt check and an audit row', async () => {
    const loaded = await q3of2026();
    const form = { id: String(loaded.id), updatedAt: loaded.updatedAt.toISOString(), dueDate: '20/10/2026', expiryDate: '31/12/2026' };

    const early = await domainError(updatePeriodDates(admin, periodDatesSchema.parse({ ...form, dueDate: '30/09/2026' })));
    expect(early.fieldErrors.dueDate).toEqual(['catalogue.validation.dueAfterEnd']);
    expect(early.params).toEqual({ end: '30/09/2026' });
    const closing = await domainError(updatePeriodDates(admin, periodDatesSchema.parse({ ...form, expiryDate: '20/10/2026' })));
    expect(closing.fieldErrors.expiryDate).toEqual(['catalogue.validation.expiryAfterDue']);
    expect(await q3of2026()).toEqual(loaded);

    await updatePeriodDates(admin, periodDatesSchema.parse(form));
    const after = await q3of2026();
    expect([dateToDay(after.dueDate), dateToDay(after.expiryDate)]).toEqual(['2026-10-20', '2026-12-31']);
    expect((await domainError(updatePeriodDates(admin, periodDatesSchema.parse({ ...form, dueDate: '21/10/2026' })))).code).toBe('STALE');
    const rows = await auditRows('ReportingPeriod', loaded.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'period.update',
      before: { dueDate: '2026-10-10', expiryDate: '2026-12-09' },
      after: { dueDate: '2026-10-20', expiryDate: '2026-12-31' },
    });
  });

  it('adds a half-year with days from the settings, once', async () => {
    const campaign = await seededCampaign();
    const form = { campaignId: String(campaign.id), type: 'HALF_YEAR', year: '2027', number: '1' };
    const { id } = await addPeriod(admin, addPeriodSchema.parse(form));
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id } });
    expect([period.startDate, period.endDate, period.dueDate, period.expiryDate].map(dateToDay)).toEqual(['2027-01-01', '2027-06-30', '2027-07-10', '2027-09-08']);
    expect(period.isBaseline).toBe(false);
    expect((await auditRows('ReportingPeriod', id))[0]).toMatchObject({ action: 'period.create' });
    expect((await domainError(addPeriod(admin, addPeriodSchema.parse(form)))).fieldErrors.number).toEqual(['catalogue.validation.periodExists']);
    expect((await domainError(addPeriod(admin, addPeriodSchema.parse({ ...form, number: '3' })))).fieldErrors.number).toEqual(['catalogue.validation.periodNumber']);
    expect((await domainError(addPeriod(admin, addPeriodSchema.parse({ ...form, year: '2035' })))).fieldErrors.year).toEqual(['catalogue.validation.periodYear']);
    const late = await domainError(addPeriod(admin, addPeriodSchema.parse({ ...form, number: '2', dueDate: '01/07/2027', expiryDate: '01/06/2027' })));
    expect(late.fieldErrors.expiryDate).toEqual(['catalogue.validation.expiryAfterDue']);
  });

  it('is refused to a reviewer', async () => {
    const reviewer = await actorOf('REVIEWER', 'Sở Nội vụ');
    const loaded = await q3of2026();
    const form = { id: String(loaded.id), updatedAt: loaded.updatedAt.toISOString(), dueDate: '25/10/2026', expiryDate: '31/12/2026' };
    expect((await domainError(updatePeriodDates(reviewer, periodDatesSchema.parse(form)))).code).toBe('FORBIDDEN');
  });
});

describe('settings', () => {
  it('reads every setting typed by key, falling back to the default', async () => {
    expect(await getSetting(admin.provinceId, 'reporting.expiryDays')).toBe(60);
    await db.setting.deleteMany({ where: { provinceId: admin.provinceId, key: 'files.maxUploadMb' } });
    await db.setting.updateMany({ where: { provinceId: admin.provinceId, key: 'auth.sessionHours' }, data: { value: 'not a number' } });
    const all = await getSettings(admin.provinceId);
    expect(all['files.maxUploadMb']).toBe(10);
    expect(all['auth.sessionHours']).toBe(8);
    expect(all['reporting.dueDay']).toBe(10);
  });

  it('refuses a value outside its schema before anything is written', () => {
    const issues = (value: string) => settingSchema.safeParse({ key: 'reporting.dueDay', value, updatedAt: '' }).error?.issues.map((i) => i.message);
    expect(issues('31')).toEqual(['max']);
    expect(issues('0')).toEqual(['min']);
    expect(issues('10,5')).toEqual(['integer']);
    expect(issues('mười')).toEqual(['catalogue.validation.number']);
    expect(settingSchema.safeParse({ key: 'no.such', value: '1', updatedAt: '' }).error?.issues[0].message).toBe('catalogue.validation.settingUnknown');
    expect(settingSchema.parse({ key: 'reporting.outlierThresholdPct', value: '37,5', updatedAt: '' }).value).toBe(37.5);
  });

  it('saves a value with an updatedAt check and an audit row; a missing row is created', async () => {
    const [expiry] = (await getSettingsForAdmin(admin)).filter((s) => s.key === 'reporting.expiryDays');
    const form = { key: 'reporting.expiryDays', value: '45', updatedAt: expiry.updatedAt!.toISOString() };
    await updateSetting(admin, settingSchema.parse(form));
    expect(await getSetting(admin.provinceId, 'reporting.expiryDays')).toBe(45);
    expect((await domainError(updateSetting(admin, settingSchema.parse({ ...form, value: '30' })))).code).toBe('STALE');
    expect(await getSetting(admin.provinceId, 'reporting.expiryDays')).toBe(45);
    const [row] = await auditRows('Setting', 'reporting.expiryDays');
    expect(row).toMatchObject({ action: 'setting.update', actorId: admin.id, before: { value: 60 }, after: { value: 45 } });

    const upload = (await getSettingsForAdmin(admin)).find((s) => s.key === 'files.maxUploadMb')!;
    expect(upload.updatedAt).toBeNull();
    await updateSetting(admin, settingSchema.parse({ key: 'files.maxUploadMb', value: '20', updatedAt: '' }));
    expect(await getSetting(admin.provinceId, 'files.maxUploadMb')).toBe(20);
    expect((await db.setting.findFirstOrThrow({ where: { key: 'files.maxUploadMb' } })).updatedById).toBe(admin.id);
  });

  it('is refused to a unit head', async () => {
    const head = await actorOf('UNIT_HEAD', 'Sở Tài chính');
    const error = await domainError(updateSetting(head, settingSchema.parse({ key: 'reporting.dueDay', value: '12', updatedAt: '' })));
    expect(error.code).toBe('FORBIDDEN');
  });
});
