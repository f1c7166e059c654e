/**
 * Yearly emulation registrations for the benchmark: every unit that reads an indicator of the plan
 * registers each campaign year (up to the benchmark's year), ACCEPTED, with a target per indicator
 * it reads, set near the province's own (the heat map and the unit page judge readings against them).
 */
import type pg from 'pg';
import type { PeriodType, ReporterGroup, UnitKind } from '@/lib/generated/prisma/enums';
import { unitReportsElement } from '@/lib/catalogue/applicability';
import { hashSeed, random } from '@/prisma/seed/demo-values';
import { CAMPAIGN_CODE } from '@/prisma/seed/catalogue';

type Unit = { id: number; kind: UnitKind; border: boolean | null };
type Element = { id: number; periodTypes: PeriodType[]; reporterGroups: ReporterGroup[]; ownerUnitId: number | null };
type Indicator = { id: number; elementIds: number[]; targetValue: string | null; targetMin: string | null; targetMax: string | null };

/** A unit's own target: the province's, moved by up to ±10 % (never past 100 when the province's is at most 100). */
function nearby(value: string | null, seed: number): string | null {
  if (value === null) return null;
  const base = Number(value);
  const v = base * (0.9 + 0.2 * random(seed)());
  return String(Math.round((base <= 100 ? Math.min(v, 100) : v) * 100) / 100);
}

export async function registerUnits(
  client: pg.PoolClient,
  provinceId: number,
  units: readonly Unit[],
  elements: readonly Element[],
  options: { lastYear: number },
): Promise<{ registrations: number; targets: number }> {
  const { rows: campaigns } = await client.query<{ id: number; startYear: number }>(
    `SELECT id, "startYear" FROM "Campaign" WHERE "provinceId" = $1 AND code = $2`,
    [provinceId, CAMPAIGN_CODE],
  );
  const campaign = campaigns[0];
  const { rows: indicators } = await client.query<Indicator>(
    `SELECT i.id, array_agg(l."elementId") AS "elementIds", i."targetValue"::text AS "targetValue", i."targetMin"::text AS "targetMin", i."targetMax"::text AS "targetMax"
       FROM "Indicator" i JOIN "IndicatorElement" l ON l."indicatorId" = i.id
      WHERE i."campaignId" = $1 AND i.active AND i."unitReading" <> 'NONE'
      GROUP BY i.id ORDER BY i.id`,
    [campaign.id],
  );
  const elementById = new Map(elements.map((e) => [e.id, e]));
  const readBy = (unit: Unit) =>
    indicators.filter((i) => i.elementIds.every((id) => elementById.has(id) && unitReportsElement(elementById.get(id)!, unit)));

  const reg = { unit: [] as number[], year: [] as number[] };
  const plans: Indicator[][] = [];
  for (let year = campaign.startYear; year <= options.lastYear; year++) {
    for (const unit of units) {
      const own = readBy(unit);
      if (own.length === 0) continue;
      reg.unit.push(unit.id);
      reg.year.push(year);
      plans.push(own);
    }
  }
  if (reg.unit.length === 0) return { registrations: 0, targets: 0 };
  const { rows: inserted } = await client.query<{ id: number; unitId: number; year: number }>(
    `INSERT INTO "Registration" ("provinceId", "unitId", "campaignId", year, status, "submissionCount", "submittedAt", "reviewedAt", "createdAt", "updatedAt")
     SELECT $1, t.unit, $2, t.year, 'ACCEPTED', 1, make_timestamp(t.year, 1, 15, 2, 0, 0), make_timestamp(t.year, 1, 25, 2, 0, 0),
            make_timestamp(t.year, 1, 10, 2, 0, 0), make_timestamp(t.year, 1, 25, 2, 0, 0)
       FROM unnest($3::int[], $4::int[]) AS t(unit, year)
     RETURNING id, "unitId", year`,
    [provinceId, campaign.id, reg.unit, reg.year],
  );
  const idOf = new Map(inserted.map((r) => [`${r.unitId}:${r.year}`, r.id]));
  const target = { registration: [] as number[], indicator: [] as number[], value: [] as (string | null)[], min: [] as (string | null)[], max: [] as (string | null)[] };
  reg.unit.forEach((unitId, n) => {
    const registrationId = idOf.get(`${unitId}:${reg.year[n]}`)!;
    for (const indicator of plans[n]) {
      const seed = hashSeed('target', unitId, indicator.id, reg.year[n]);
      target.registration.push(registrationId);
      target.indicator.push(indicator.id);
      target.value.push(nearby(indicator.targetValue, seed));
      target.min.push(nearby(indicator.targetMin, seed));
      target.max.push(nearby(indicator.targetMax, seed));
    }
  });
  await client.query(
    `INSERT INTO "RegistrationTarget" ("registrationId", "indicatorId", "targetValue", "targetMin", "targetMax")
     SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[])`,
    [target.registration, target.indicator, target.value, target.min, target.max],
  );
  return { registrations: inserted.length, targets: target.registration.length };
}
