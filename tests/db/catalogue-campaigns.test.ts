import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dateToDay } from '@/lib/clock';
import { createCampaign, saveContestArea, saveFocusItem, saveMilestone, updateCampaign } from '@/lib/catalogue/admin-campaigns';
import { contestAreaSchema, createCampaignSchema, focusItemSchema, milestoneSchema, updateCampaignSchema } from '@/lib/catalogue/admin-schema';
import { updateSetting } from '@/lib/catalogue/admin-settings';
import { settingSchema } from '@/lib/catalogue/admin-schema';
import { getCampaignParts } from '@/lib/catalogue/admin-queries';
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

const thematic = {
  code: 'TD-CHUYEN-DE-2027',
  name: 'Thi đua chuyên đề chuyển đổi số 2027–2028',
  nameEn: 'Digital transformation drive 2027–2028',
  theme: 'Chuyển đổi số vì người dân',
  startYear: '2027',
  endYear: '2028',
  documentRef: 'Kế hoạch số 12/KH-UBND',
  active: 'on',
};

describe('campaigns', () => {
  it('creates a second, thematic campaign with its periods, dated by the settings of the moment', async () => {
    const dueDay = await db.setting.findFirstOrThrow({ where: { provinceId: admin.provinceId, key: 'reporting.dueDay' } });
    await updateSetting(admin, settingSchema.parse({ key: 'reporting.dueDay', value: '15', updatedAt: dueDay.updatedAt.toISOString() }));

    const { id, periods } = await createCampaign(admin, createCampaignSchema.parse({ ...thematic, withBaseline: 'on' }));
    // the baseline year 2026, then 2 × (4 quarters + the year)
    expect(periods).toBe(11);
    const rows = await db.reportingPeriod.findMany({ where: { campaignId: id }, orderBy: [{ endDate: 'asc' }, { type: 'asc' }] });
    expect(rows.map((p) => `${p.type}-${p.year}-${p.number}${p.isBaseline ? '-baseline' : ''}`)).toEqual([
      'YEAR-2026-1-baseline',
      'QUARTER-2027-1',
      'QUARTER-2027-2',
      'QUARTER-2027-3',
      'QUARTER-2027-4',
      'YEAR-2027-1',
      'QUARTER-2028-1',
      'QUARTER-2028-2',
      'QUARTER-2028-3',
      'QUARTER-2028-4',
      'YEAR-2028-1',
    ]);
    const q1 = rows[1];
    expect([dateToDay(q1.startDate), dateToDay(q1.endDate), dateToDay(q1.dueDate), dateToDay(q1.expiryDate)]).toEqual(['2027-01-01', '2027-03-31', '2027-04-15', '2027-06-14']);

    const campaigns = await db.campaign.findMany({ where: { provinceId: admin.provinceId }, orderBy: { id: 'asc' } });
    expect(campaigns.map((c) => c.code)).toEqual(['TD-2026-2030', 'TD-CHUYEN-DE-2027']);
    const [row] = await auditRows('Campaign', id);
    expect(row).toMatchObject({ action: 'campaign.create', actorId: admin.id });
    expect(row.after).toMatchObject({ code: 'TD-CHUYEN-DE-2027', startYear: 2027, endYear: 2028, periods: 11 });
  });

  it('refuses a code the province already uses, years out of order, and a non-admin', async () => {
    const taken = await domainError(createCampaign(admin, createCampaignSchema.parse({ ...thematic, code: 'TD-2026-2030' })));
    expect(taken.fieldErrors.code).toEqual(['catalogue.validation.campaignCodeTaken']);
    const years = createCampaignSchema.safeParse({ ...thematic, startYear: '2028', endYear: '2027' });
    expect(years.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endYear', 'catalogue.validation.endBeforeStart']]);
    const leader = await actorOf('LEADER', 'Văn phòng UBND tỉnh');
    expect((await domainError(createCampaign(leader, createCampaignSchema.parse({ ...thematic, code: 'TD-X' })))).code).toBe('FORBIDDEN');
    expect(await db.campaign.count({ where: { code: 'TD-X' } })).toBe(0);
  });

  it('edits a campaign with an updatedAt check; longer years add their periods and keep the others', async () => {
    const loaded = await seededCampaign();
    const periodsBefore = await db.reportingPeriod.count({ where: { campaignId: loaded.id } });
    const form = {
      id: String(loaded.id),
      updatedAt: loaded.updatedAt.toISOString(),
      code: loaded.code,
      name: loaded.name,
      nameEn: loaded.nameEn ?? '',
      theme: 'Đoàn kết, sáng tạo, thi đua phát triển',
      startYear: '2026',
      endYear: '2031',
      documentRef: loaded.documentRef ?? '',
      active: 'on',
    };
    expect(await updateCampaign(admin, updateCampaignSchema.parse(form))).toEqual({ addedPeriods: 5 });
    expect(await db.reportingPeriod.count({ where: { campaignId: loaded.id } })).toBe(periodsBefore + 5);
    const stale = await domainError(updateCampaign(admin, updateCampaignSchema.parse({ ...form, theme: 'Khác' })));
    expect(stale.code).toBe('STALE');
    expect((await seededCampaign()).theme).toBe('Đoàn kết, sáng tạo, thi đua phát triển');
    const [row] = await auditRows('Campaign', loaded.id);
    expect(row.before).toEqual({ theme: loaded.theme, endYear: 2030 });
    expect(row.after).toEqual({ theme: 'Đoàn kết, sáng tạo, thi đua phát triển', endYear: 2031, addedPeriods: 5 });
  });
});

describe('milestones, contest areas and focus items', () => {
  it('edits a milestone with its anchor day; a save from an older reading is STALE', async () => {
    const campaign = await seededCampaign();
    const { milestones } = await getCampaignParts(admin, campaign.id);
    const midterm = milestones.find((m) => m.kind === 'MIDTERM_REVIEW')!;
    expect(dateToDay(midterm.anchorDate!)).toBe('2028-06-11');
    const form = {
      campaignId: String(campaign.id),
      id: String(midterm.id),
      fingerprint: midterm.fingerprint,
      code: midterm.code,
      kind: midterm.kind,
      name: midterm.name,
      year: '2028',
      anchorDate: '12/06/2028',
      note: 'Dời một ngày',
    };
    await saveMilestone(admin, milestoneSchema.parse(form));
    const after = await db.milestone.findUniqueOrThrow({ where: { id: midterm.id } });
    expect(dateToDay(after.anchorDate!)).toBe('2028-06-12');
    expect((await domainError(saveMilestone(admin, milestoneSchema.parse({ ...form, note: 'khác' })))).code).toBe('STALE');
    expect((await db.milestone.findUniqueOrThrow({ where: { id: midterm.id } })).note).toBe('Dời một ngày');
    const [row] = await auditRows('Milestone', midterm.id);
    expect(row).toMatchObject({ action: 'milestone.update' });
    expect(row.after).toEqual({ anchorDate: '2028-06-12T00:00:00.000Z', note: 'Dời một ngày' });
    expect(milestoneSchema.safeParse({ ...form, anchorDate: '31/02/2028' }).error?.issues[0].message).toBe('catalogue.validation.day');
  });

  it('adds a contest area and a focus item to the new campaign, refusing duplicates', async () => {
    const campaign = await db.campaign.findFirstOrThrow({ where: { code: 'TD-CHUYEN-DE-2027' } });
    const area = { campaignId: String(campaign.id), code: 'CDS', name: 'Chuyển đổi số', nameEn: 'Digital transformation', sortOrder: '1' };
    const { id } = await saveContestArea(admin, contestAreaSchema.parse(area));
    expect((await auditRows('ContestArea', id))[0]).toMatchObject({ action: 'contestArea.create' });
    expect((await domainError(saveContestArea(admin, contestAreaSchema.parse(area)))).fieldErrors.code).toEqual(['catalogue.validation.codeTaken']);

    const focus = { campaignId: String(campaign.id), kind: 'BREAKTHROUGH', number: '1', name: 'Dữ liệu số dùng chung' };
    await saveFocusItem(admin, focusItemSchema.parse(focus));
    expect((await domainError(saveFocusItem(admin, focusItemSchema.parse(focus)))).fieldErrors.number).toEqual(['catalogue.validation.focusTaken']);
    const parts = await getCampaignParts(admin, campaign.id);
    expect(parts.areas.map((a) => a.code)).toEqual(['CDS']);
    expect(parts.focusItems.map((f) => f.name)).toEqual(['Dữ liệu số dùng chung']);
  });

  it('keeps parts of another province out of reach', async () => {
    const campaign = await seededCampaign();
    const elsewhere = { ...admin, provinceId: admin.provinceId + 1000 };
    const area = { campaignId: String(campaign.id), code: 'X', name: 'x', sortOrder: '9' };
    expect((await domainError(saveContestArea(elsewhere, contestAreaSchema.parse(area)))).code).toBe('NOT_FOUND');
    await expect(getCampaignParts(elsewhere, campaign.id)).rejects.toThrow(DomainError);
  });
});
