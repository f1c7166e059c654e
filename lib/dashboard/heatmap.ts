import 'server-only';
/**
 * The heat map: units × the unit readings of the indicators (those with a unit reading), each reading
 * computed from the unit's own accepted figures and judged against the target the unit registered
 * for the year (ACCEPTED registrations), else the province target (lib/appraisal/unit-attainment).
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import { unitReportsElement } from '@/lib/catalogue/applicability';
import { getActiveCampaign } from '@/lib/catalogue/queries';
import { targetFromRow } from '@/lib/appraisal/attainment';
import { judgeReading } from '@/lib/appraisal/unit-attainment';
import { latestSpanOf, unitReadings } from './indicator-figures';
import { overviewCatalogue } from './catalogue';
import { heatCell, sortHeatmapRows, type HeatCell, type HeatmapFilters } from './heatmap-rules';

export async function getHeatmap(actor: Actor, filters: HeatmapFilters) {
  requirePermission(actor, 'dashboard:all');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const scope = { provinceId: actor.provinceId, campaign };
  const [{ indicators: allIndicators, elements, periods }, units, groups] = await Promise.all([
    overviewCatalogue(actor.provinceId, campaign.id),
    db.unit.findMany({
      where: { provinceId: actor.provinceId, active: true, kind: { not: 'SUB_UNIT' } },
      select: { id: true, name: true, kind: true, border: true, groupId: true },
    }),
    db.emulationGroup.findMany({ where: { provinceId: actor.provinceId }, select: { id: true, kind: true, code: true, name: true }, orderBy: [{ kind: 'asc' }, { code: 'asc' }] }),
  ]);
  const latest = latestSpanOf(periods, campaign.startYear);
  const years: number[] = [];
  for (let y = campaign.startYear - 1; y <= Math.min(campaign.endYear, Number(vnDay().slice(0, 4))); y++) years.push(y);
  const year = filters.year !== null && years.includes(filters.year) ? filters.year : (latest?.year ?? years.at(-1)!);
  const span = latestSpanOf(
    periods.filter((p) => p.year === year),
    campaign.startYear,
  ) ?? (periods.some((p) => p.year === year) ? { year } : null);

  const readable = allIndicators.filter((i) => i.unitReading !== 'NONE');
  const areas = [...new Map(readable.map((i) => [i.area.id, i.area])).values()].sort((a, b) => a.sortOrder - b.sortOrder);
  const indicators = readable.filter((i) => filters.areaId === null || i.area.id === filters.areaId);
  const elementById = new Map(elements.map((e) => [e.id, e]));
  const applies = (indicator: (typeof indicators)[number], unit: (typeof units)[number]) =>
    indicator.elementIds.length > 0 && indicator.elementIds.every((id) => {
      const element = elementById.get(id);
      return element !== undefined && unitReportsElement(element, unit);
    });
  const shown = units.filter(
    (u) =>
      (filters.groupId === null || u.groupId === filters.groupId) &&
      (!filters.border || (u.kind === 'COMMUNE' && u.border === true)) &&
      indicators.some((i) => applies(i, u)),
  );

  const [readings, targets] = await Promise.all([
    span && shown.length > 0
      ? unitReadings(scope, indicators.map((i) => ({ ...i, yearly: i.comparison === 'REDUCE_BY_AT_LEAST_PER_YEAR' })), elements, shown.map((u) => u.id), span)
      : Promise.resolve(new Map()),
    db.registrationTarget.findMany({
      where: { registration: { provinceId: actor.provinceId, campaignId: campaign.id, year, status: 'ACCEPTED' }, indicatorId: { in: indicators.map((i) => i.id) } },
      select: { indicatorId: true, targetValue: true, targetMin: true, targetMax: true, registration: { select: { unitId: true } } },
    }),
  ]);
  const registered = new Map(targets.map((t) => [`${t.registration.unitId}:${t.indicatorId}`, targetFromRow(t)]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));

  const rows = shown.map((unit) => {
    const cells = new Map<number, HeatCell | null>();
    for (const indicator of indicators) {
      if (!applies(indicator, unit)) {
        cells.set(indicator.id, null);
        continue;
      }
      const reading = readings.get(unit.id)?.get(indicator.id);
      const judged = judgeReading(
        { id: indicator.id, code: indicator.code, comparison: indicator.comparison, unitReading: indicator.unitReading as 'FORMULA' | 'YES_NO', target: targetFromRow(indicator) },
        { value: reading?.value ?? null, incomplete: reading?.incomplete ?? false, ...(reading?.yearly ? { yearly: reading.yearly } : {}) },
        registered.get(`${unit.id}:${indicator.id}`) ?? null,
      );
      cells.set(indicator.id, heatCell(judged));
    }
    return { id: unit.id, name: unit.name, kind: unit.kind, border: unit.border, group: unit.groupId ? (groupName.get(unit.groupId) ?? null) : null, cells };
  });

  return {
    campaign: { id: campaign.id, name: campaign.name },
    year,
    years,
    span,
    groups,
    areas: areas.map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn })),
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      nameEn: i.nameEn,
      unitLabel: i.unitLabel,
      unitReading: i.unitReading as 'FORMULA' | 'YES_NO',
      comparison: i.comparison,
      targetValue: i.targetValue,
      targetMin: i.targetMin,
      targetMax: i.targetMax,
    })),
    rows: sortHeatmapRows(rows, filters.sort, filters.dir),
  };
}

export type Heatmap = NonNullable<Awaited<ReturnType<typeof getHeatmap>>>;
