import 'server-only';
import { db } from '@/lib/db';
import { getActiveCampaign, getIndicators } from '@/lib/catalogue/queries';

/** What anyone may read, without signing in: the campaign, its contest areas and targets. */
export async function getPublicOverview(provinceCode?: string) {
  const provinces = await db.province.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } });
  const province = provinces.find((p) => p.code === provinceCode) ?? provinces[0];
  if (!province) return null;
  const campaign = await getActiveCampaign(province.id);
  const indicators = campaign ? await getIndicators(campaign.id) : [];
  const areas = new Map<string, { name: string; indicators: typeof indicators }>();
  for (const indicator of indicators) {
    const area = areas.get(indicator.contestArea.code) ?? { name: indicator.contestArea.name, indicators: [] };
    area.indicators.push(indicator);
    areas.set(indicator.contestArea.code, area);
  }
  return { provinces, province, campaign, areas: [...areas.values()] };
}
