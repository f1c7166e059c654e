import 'server-only';
/**
 * Attainment computed, never typed: each unit's reading of the indicators that apply to it, from
 * ACCEPTED reports only, over the year (or the latest span of the year with accepted data, so a year
 * in progress reads "up to Q3"), judged against the target the unit registered (its ACCEPTED
 * registration for the campaign and year) and against the province target.
 */
import { db, type Db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import type { Comparison, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { unitReportsElement } from '@/lib/catalogue/applicability';
import { computeIndicator, computeUnitReadings, latestSpan, loadReportData, type ComputableIndicator, type ReportData } from '@/lib/indicators/compute';
import type { Span } from '@/lib/reporting/aggregate';
import { targetFromRow } from './attainment';
import { judgeReading, type Reading, type ReadingAttainment } from './unit-attainment';

export type AttainmentIndicator = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  unitLabel: string;
  comparison: Comparison;
  unitReading: 'FORMULA' | 'YES_NO';
  targetValue: string | null;
  targetMin: string | null;
  targetMax: string | null;
  area: { code: string; name: string; nameEn: string | null; sortOrder: number };
};

export type AttainmentSet = {
  campaign: { id: number; name: string; startYear: number; endYear: number };
  year: number;
  /** what the readings cover: the whole year, or the year up to a quarter; null when the year has no accepted data */
  span: Span | null;
  indicators: AttainmentIndicator[];
  /** per unit: only the indicators that apply to it */
  byUnit: Map<number, ReadingAttainment[]>;
};

/** The province's campaign that covers the year (the newest active one if several do). */
export async function campaignForYear(provinceId: number, year: number, client: Db | Tx = db) {
  if (!Number.isInteger(year)) return null;
  return client.campaign.findFirst({
    where: { provinceId, active: true, startYear: { lte: year }, endYear: { gte: year } },
    orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
    select: { id: true, name: true, startYear: true, endYear: true },
  });
}

/**
 * The span the year's readings cover, the same for every unit of the province (so a unit reads the
 * same on every page): the whole year once any accepted report covers it, else the latest quarter.
 */
export async function provinceSpan(provinceId: number, campaignId: number, year: number): Promise<Span | null> {
  const periods = await db.$queryRaw<Array<{ type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; number: number }>>`
    SELECT DISTINCT p."type"::text AS "type", p."number"
      FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."provinceId" = ${provinceId} AND p."campaignId" = ${campaignId} AND p."year" = ${year}
       AND NOT p."isBaseline" AND r."status" = 'ACCEPTED'`;
  const reports = periods.map((p) => ({ unitId: 0, period: { type: p.type, year, number: p.number }, values: {} }));
  return latestSpan({ reports, elements: [], campaignStartYear: year });
}

const str = (v: { toString(): string } | null) => (v === null ? null : v.toString());

/**
 * Attainment of the given units (of the province) for a year. Not scoped to a caller: the
 * functions that call it check who may read what. Null when no campaign covers the year.
 */
export async function computeAttainment(provinceId: number, unitIds: readonly number[], year: number): Promise<AttainmentSet | null> {
  const campaign = await campaignForYear(provinceId, year);
  if (!campaign) return null;
  const [indicatorRows, elements, units, targets, data] = await Promise.all([
    db.indicator.findMany({
      where: { campaignId: campaign.id, active: true, unitReading: { not: 'NONE' } },
      orderBy: [{ contestArea: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
      include: { contestArea: true, elements: { select: { elementId: true } } },
    }),
    db.dataElement.findMany({ where: { campaignId: campaign.id, active: true }, select: { id: true, reporterGroups: true, ownerUnitId: true, periodTypes: true } }),
    db.unit.findMany({ where: { provinceId, id: { in: [...unitIds] } }, select: { id: true, kind: true, border: true } }),
    db.registrationTarget.findMany({
      where: { registration: { provinceId, campaignId: campaign.id, year, status: 'ACCEPTED', unitId: { in: [...unitIds] } } },
      select: { indicatorId: true, targetValue: true, targetMin: true, targetMax: true, registration: { select: { unitId: true } } },
    }),
    loadReportData(provinceId, campaign.id, { unitIds: [...unitIds] }),
  ]);
  const span = await provinceSpan(provinceId, campaign.id, year);
  const indicators: AttainmentIndicator[] = indicatorRows.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    nameEn: i.nameEn,
    unitLabel: i.unitLabel,
    comparison: i.comparison,
    unitReading: i.unitReading as 'FORMULA' | 'YES_NO',
    targetValue: str(i.targetValue),
    targetMin: str(i.targetMin),
    targetMax: str(i.targetMax),
    area: { code: i.contestArea.code, name: i.contestArea.name, nameEn: i.contestArea.nameEn, sortOrder: i.contestArea.sortOrder },
  }));
  const computable: ComputableIndicator[] = indicatorRows.map((i) => ({ id: i.id, code: i.code, formula: i.formula, baselineYear: i.baselineYear, unitReading: i.unitReading }));
  const applies = (indicator: (typeof indicatorRows)[number], unit: (typeof units)[number]) =>
    indicator.elements.length > 0 &&
    indicator.elements.every((link) => {
      const element = elements.find((e) => e.id === link.elementId);
      return element !== undefined && unitReportsElement(element, unit);
    });

  const unitIdsFound = units.map((u) => u.id);
  const readings = computeUnitReadings(computable, data, span ?? { year }, unitIdsFound);
  const registered = new Map(targets.map((t) => [`${t.registration.unitId}:${t.indicatorId}`, targetFromRow(t)]));

  const byUnit = new Map<number, ReadingAttainment[]>();
  for (const unit of units) {
    const rows: ReadingAttainment[] = [];
    indicatorRows.forEach((row, i) => {
      if (!applies(row, unit)) return;
      const computed = readings.get(unit.id)?.get(row.id);
      const reading: Reading = {
        value: span ? (computed?.value ?? null) : null,
        incomplete: computed?.incomplete ?? false,
        ...(row.comparison === 'REDUCE_BY_AT_LEAST_PER_YEAR' && span ? { yearly: yearlyReadings(computable[i], data, campaign.startYear, year, span, unit.id) } : {}),
      };
      const indicator = { id: row.id, code: row.code, comparison: row.comparison, unitReading: indicators[i].unitReading, target: targetFromRow(row) };
      rows.push(judgeReading(indicator, reading, registered.get(`${unit.id}:${row.id}`) ?? null));
    });
    byUnit.set(unit.id, rows);
  }
  return { campaign, year, span, indicators, byUnit };
}

/** "Reduce by at least x% every year": each campaign year's own reduction up to the span's year. */
function yearlyReadings(indicator: ComputableIndicator, data: ReportData, startYear: number, year: number, span: Span, unitId: number) {
  const own = { ...data, reports: data.reports.filter((r) => r.unitId === unitId) };
  const years = [];
  for (let y = startYear; y <= year; y++) {
    years.push({ year: y, value: computeIndicator(indicator, own, y === year ? span : { year: y }, [unitId]).value });
  }
  return years;
}

/** A unit's attainment page: its indicators with value, own target, province target and verdicts. */
export async function getUnitAttainment(actor: Actor, unitId: number, year: number) {
  const unit = await db.unit.findFirst({ where: { id: unitId, provinceId: actor.provinceId }, select: { id: true, name: true, provinceId: true, groupId: true } });
  if (!unit) throw new DomainError('NOT_FOUND');
  if (!isAllowed(actor, 'dashboard:unit', { unitId: unit.id, provinceId: unit.provinceId })) throw new DomainError('FORBIDDEN');
  const set = await computeAttainment(actor.provinceId, [unit.id], year);
  if (!set) return null;
  const registration = await db.registration.findUnique({
    where: { unitId_campaignId_year: { unitId: unit.id, campaignId: set.campaign.id, year } },
    select: { status: true },
  });
  const rows = set.byUnit.get(unit.id) ?? [];
  return {
    unit,
    year,
    campaign: set.campaign,
    span: set.span,
    registrationStatus: (registration?.status ?? null) as WorkflowStatus | null,
    rows: rows.map((row) => ({ ...row, indicator: set.indicators.find((i) => i.id === row.indicatorId)! })),
  };
}

export type UnitAttainmentView = NonNullable<Awaited<ReturnType<typeof getUnitAttainment>>>;
export type UnitAttainmentRow = UnitAttainmentView['rows'][number];
