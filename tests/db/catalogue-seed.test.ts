import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { saveIndicator } from '@/lib/catalogue/admin-indicators';
import { saveElement } from '@/lib/catalogue/admin-elements';
import { updatePeriodDates } from '@/lib/catalogue/admin-periods';
import { updateSetting } from '@/lib/catalogue/admin-settings';
import { periodDatesSchema, settingSchema } from '@/lib/catalogue/admin-schema';
import { actorOf, elementByCode, elementInput, indicatorByCode, indicatorInput, seededCampaign } from './catalogue-fixtures';

describe('re-running the seed', () => {
  it("keeps the administrator's edits of indicators, elements, periods and settings, and adds nothing twice", async () => {
    const admin = await actorOf('ADMIN');
    const indicator = await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE');
    await saveIndicator(admin, indicatorInput(indicator, { formula: '100 * sum(DOSSIERS_ONLINE) / sum(DOSSIERS_TOTAL)', targetValue: '95', name: 'Tỷ lệ dịch vụ công trực tuyến (đã sửa)' }));
    const element = await elementByCode('POOR_HOUSEHOLDS');
    await saveElement(admin, elementInput(element, { totalElementId: '', name: 'Số hộ nghèo đa chiều' }));
    const campaign = await seededCampaign();
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { campaignId: campaign.id, type: 'QUARTER', year: 2027, number: 1 } });
    await updatePeriodDates(admin, periodDatesSchema.parse({ id: String(period.id), updatedAt: period.updatedAt.toISOString(), dueDate: '15/04/2027', expiryDate: '30/06/2027' }));
    const dueDay = await db.setting.findFirstOrThrow({ where: { key: 'reporting.dueDay' } });
    await updateSetting(admin, settingSchema.parse({ key: 'reporting.dueDay', value: '20', updatedAt: dueDay.updatedAt.toISOString() }));
    const counts = async () => [await db.indicator.count(), await db.dataElement.count(), await db.reportingPeriod.count(), await db.setting.count(), await db.indicatorElement.count()];
    const before = await counts();
    const snapshot = async () => ({
      indicator: await indicatorByCode('DAR-ONLINE-PUBLIC-SERVICE-USAGE'),
      element: await elementByCode('POOR_HOUSEHOLDS'),
      period: await db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } }),
      setting: (await db.setting.findFirstOrThrow({ where: { key: 'reporting.dueDay' } })).value,
    });
    const edited = await snapshot();

    await seed(process.env.DATABASE_URL!, { demo: false });

    expect(await snapshot()).toEqual(edited);
    expect(edited.indicator).toMatchObject({ formula: '100 * sum(DOSSIERS_ONLINE) / sum(DOSSIERS_TOTAL)', name: 'Tỷ lệ dịch vụ công trực tuyến (đã sửa)', version: 2 });
    expect(edited.indicator.targetValue?.toString()).toBe('95');
    // The seed fills an empty part-of link only on an element nobody edited (version 1).
    expect(edited.element.totalElementId).toBeNull();
    expect(edited.setting).toBe(20);
    expect(await counts()).toEqual(before);
  });
});
