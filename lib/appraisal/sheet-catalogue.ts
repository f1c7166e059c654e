/**
 * What a block's or cluster's sheet is built from: the campaign's contest areas and the indicators
 * with a unit reading, each saying whether it applies to a member of the group. Takes a client so
 * the demo seed can build sheets inside its transaction.
 */
import type { Db, Tx } from '@/lib/db/client';
import { unitReportsElement } from '@/lib/catalogue/applicability';
import { campaignForYear } from './attainment-queries';
import { defaultSheet, type SheetDefinition } from './sheet';

/** The campaign's contest areas and the indicators with a unit reading, each saying whether it applies to a member of the group. */
export async function sheetCatalogue(client: Db | Tx, provinceId: number, groupId: number, year: number) {
  const campaign = await campaignForYear(provinceId, year, client);
  if (!campaign) return null;
  const [areas, indicators, elements, members] = await Promise.all([
    client.contestArea.findMany({ where: { campaignId: campaign.id }, orderBy: { sortOrder: 'asc' }, select: { id: true, code: true, name: true, nameEn: true } }),
    client.indicator.findMany({
      where: { campaignId: campaign.id, active: true, unitReading: { not: 'NONE' } },
      orderBy: { sortOrder: 'asc' },
      select: { code: true, name: true, nameEn: true, contestArea: { select: { code: true } }, elements: { select: { elementId: true } } },
    }),
    client.dataElement.findMany({ where: { campaignId: campaign.id, active: true }, select: { id: true, reporterGroups: true, ownerUnitId: true, periodTypes: true } }),
    client.unit.findMany({ where: { groupId, provinceId, active: true }, select: { id: true, kind: true, border: true } }),
  ]);
  const appliesToSomeMember = (links: Array<{ elementId: number }>) =>
    links.length > 0 &&
    members.some((unit) =>
      links.every((link) => {
        const element = elements.find((e) => e.id === link.elementId);
        return element !== undefined && unitReportsElement(element, unit);
      }),
    );
  return {
    campaign,
    areas: areas.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, nameEn: i.nameEn, areaCode: i.contestArea.code, appliesToGroup: appliesToSomeMember(i.elements) })),
  };
}

/** The sheet a group starts from for a year (null when no campaign covers the year). */
export async function defaultSheetFor(client: Db | Tx, provinceId: number, groupId: number, year: number): Promise<SheetDefinition | null> {
  const catalogue = await sheetCatalogue(client, provinceId, groupId, year);
  return catalogue ? defaultSheet(catalogue.areas, catalogue.indicators.filter((i) => i.appliesToGroup)) : null;
}

