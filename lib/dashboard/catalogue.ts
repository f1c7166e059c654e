import 'server-only';
/**
 * What the overview (and the heat map) needs besides the figures, read in ONE round trip (the catalogue's own
 * queries take four through the ORM): the active indicators with their contest area and elements,
 * the active elements, the periods with accepted (or submitted) data, and the communes whose border
 * flag is unknown. Read on every request, never cached.
 */
import { prepared } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Comparison, Horizon, OverTime, PeriodType, ReporterGroup, UnitReading } from '@/lib/generated/prisma/enums';
import type { PeriodWithData } from './span-store';

export type DashboardIndicator = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  unitLabel: string;
  comparison: Comparison;
  targetValue: string | null;
  targetMin: string | null;
  targetMax: string | null;
  horizon: Horizon;
  horizonYear: number | null;
  baselineYear: number | null;
  formula: string;
  unitReading: UnitReading;
  area: { id: number; code: string; name: string; nameEn: string | null; sortOrder: number };
  elementIds: number[];
};

export type DashboardElement = { id: number; code: string; overTime: OverTime; reporterGroups: ReporterGroup[]; periodTypes: PeriodType[]; ownerUnitId: number | null };

type Result = {
  indicators: DashboardIndicator[] | null;
  elements: DashboardElement[] | null;
  periods: PeriodWithData[] | null;
  pendingPeriods: PeriodWithData[] | null;
  borderUnknown: number;
  pendingReports: number;
};

export async function overviewCatalogue(provinceId: number, campaignId: number) {
  // A prepared statement: the leader's first page runs it on every visit, and its planning is not free.
  const [row] = await prepared<Result>(Prisma.sql`
    SELECT
      (SELECT json_agg(json_build_object(
                'id', i.id, 'code', i.code, 'name', i.name, 'nameEn', i."nameEn", 'unitLabel', i."unitLabel",
                'comparison', i.comparison, 'targetValue', i."targetValue"::text, 'targetMin', i."targetMin"::text,
                'targetMax', i."targetMax"::text, 'horizon', i.horizon, 'horizonYear', i."horizonYear",
                'baselineYear', i."baselineYear", 'formula', i.formula, 'unitReading', i."unitReading",
                'area', json_build_object('id', a.id, 'code', a.code, 'name', a.name, 'nameEn', a."nameEn", 'sortOrder', a."sortOrder"),
                'elementIds', coalesce((SELECT json_agg(ie."elementId") FROM "IndicatorElement" ie WHERE ie."indicatorId" = i.id), '[]'::json))
              ORDER BY a."sortOrder", i."sortOrder", i.id)
         FROM "Indicator" i JOIN "ContestArea" a ON a.id = i."contestAreaId"
        WHERE i."campaignId" = ${campaignId} AND i.active) AS indicators,
      (SELECT json_agg(json_build_object('id', e.id, 'code', e.code, 'overTime', e."overTime", 'reporterGroups', e."reporterGroups", 'periodTypes', e."periodTypes", 'ownerUnitId', e."ownerUnitId") ORDER BY e."sortOrder")
         FROM "DataElement" e WHERE e."campaignId" = ${campaignId} AND e.active) AS elements,
      (SELECT json_agg(json_build_object('type', p.type, 'year', p.year, 'number', p.number, 'isBaseline', p."isBaseline"))
         FROM "ReportingPeriod" p
        WHERE p."campaignId" = ${campaignId}
          AND EXISTS (SELECT 1 FROM "Report" r JOIN "ReportValue" v ON v."reportId" = r.id AND v."value" IS NOT NULL
                       WHERE r."periodId" = p.id AND r."provinceId" = ${provinceId} AND r."status" = 'ACCEPTED')) AS periods,
      (SELECT json_agg(json_build_object('type', p.type, 'year', p.year, 'number', p.number, 'isBaseline', p."isBaseline"))
         FROM "ReportingPeriod" p
        WHERE p."campaignId" = ${campaignId}
          AND EXISTS (SELECT 1 FROM "Report" r JOIN "ReportValue" v ON v."reportId" = r.id AND v."value" IS NOT NULL
                       WHERE r."periodId" = p.id AND r."provinceId" = ${provinceId} AND r."status" IN ('ACCEPTED', 'SUBMITTED'))) AS "pendingPeriods",
      (SELECT count(*)::int FROM "Unit" u WHERE u."provinceId" = ${provinceId} AND u.active AND u.kind = 'COMMUNE' AND u.border IS NULL) AS "borderUnknown",
      (SELECT count(*)::int FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
        WHERE r."provinceId" = ${provinceId} AND r."status" = 'SUBMITTED' AND p."campaignId" = ${campaignId}) AS "pendingReports"`);
  return {
    indicators: row.indicators ?? [],
    elements: row.elements ?? [],
    periods: row.periods ?? [],
    pendingPeriods: row.pendingPeriods ?? [],
    borderUnknown: row.borderUnknown,
    pendingReports: row.pendingReports,
  };
}
