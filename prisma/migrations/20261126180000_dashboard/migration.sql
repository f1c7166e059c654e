-- Dashboards (docs/decisions/007-live-dashboards.md): each unit's ACCEPTED values laid out one row per
-- element and year, one column per period of the year, kept by triggers in the same transaction as
-- every change to reports and their values. A report owns exactly one column (a unit has one report
-- per period, a period is one column of its year), so a change only ever writes its own column.

-- CreateTable
CREATE TABLE "DashboardValue" (
    "campaignId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "elementId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "q1" DECIMAL(20,4),
    "q2" DECIMAL(20,4),
    "q3" DECIMAL(20,4),
    "q4" DECIMAL(20,4),
    "h1" DECIMAL(20,4),
    "h2" DECIMAL(20,4),
    "y" DECIMAL(20,4),

    CONSTRAINT "DashboardValue_pkey" PRIMARY KEY ("campaignId","unitId","elementId","year")
);

-- Clears the columns of these (unit, period) pairs: their reports no longer count.
CREATE FUNCTION "dashboard_clear"(p_units INTEGER[], p_periods INTEGER[]) RETURNS void LANGUAGE sql AS $$
  WITH gone AS (
    SELECT DISTINCT p."campaignId", k.unit AS "unitId", p."year", p."type"::text AS "type", p."number"
      FROM unnest(p_units, p_periods) AS k(unit, period)
      JOIN "ReportingPeriod" p ON p.id = k.period
  ), cols AS (
    SELECT "campaignId", "unitId", "year",
           bool_or("type" = 'QUARTER' AND "number" = 1) AS q1, bool_or("type" = 'QUARTER' AND "number" = 2) AS q2,
           bool_or("type" = 'QUARTER' AND "number" = 3) AS q3, bool_or("type" = 'QUARTER' AND "number" = 4) AS q4,
           bool_or("type" = 'HALF_YEAR' AND "number" = 1) AS h1, bool_or("type" = 'HALF_YEAR' AND "number" = 2) AS h2,
           bool_or("type" = 'YEAR') AS y
      FROM gone GROUP BY 1, 2, 3
  )
  UPDATE "DashboardValue" d
     SET "q1" = CASE WHEN c.q1 THEN NULL ELSE d."q1" END, "q2" = CASE WHEN c.q2 THEN NULL ELSE d."q2" END,
         "q3" = CASE WHEN c.q3 THEN NULL ELSE d."q3" END, "q4" = CASE WHEN c.q4 THEN NULL ELSE d."q4" END,
         "h1" = CASE WHEN c.h1 THEN NULL ELSE d."h1" END, "h2" = CASE WHEN c.h2 THEN NULL ELSE d."h2" END,
         "y" = CASE WHEN c.y THEN NULL ELSE d."y" END
    FROM cols c
   WHERE d."campaignId" = c."campaignId" AND d."unitId" = c."unitId" AND d."year" = c."year";

  DELETE FROM "DashboardValue" d
   USING (SELECT DISTINCT p."campaignId", k.unit AS "unitId", p."year"
            FROM unnest(p_units, p_periods) AS k(unit, period) JOIN "ReportingPeriod" p ON p.id = k.period) g
   WHERE d."campaignId" = g."campaignId" AND d."unitId" = g."unitId" AND d."year" = g."year"
     AND d."q1" IS NULL AND d."q2" IS NULL AND d."q3" IS NULL AND d."q4" IS NULL
     AND d."h1" IS NULL AND d."h2" IS NULL AND d."y" IS NULL;
$$;

-- Writes the columns of these reports from their values (the caller passes ACCEPTED reports only).
CREATE FUNCTION "dashboard_fill"(p_reports INTEGER[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashboardValue" AS d ("campaignId", "unitId", "elementId", "year", "q1", "q2", "q3", "q4", "h1", "h2", "y")
  SELECT p."campaignId", r."unitId", v."elementId", p."year",
         max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 1),
         max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 2),
         max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 3),
         max(v."value") FILTER (WHERE p."type" = 'QUARTER' AND p."number" = 4),
         max(v."value") FILTER (WHERE p."type" = 'HALF_YEAR' AND p."number" = 1),
         max(v."value") FILTER (WHERE p."type" = 'HALF_YEAR' AND p."number" = 2),
         max(v."value") FILTER (WHERE p."type" = 'YEAR')
    FROM "Report" r
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    JOIN "ReportValue" v ON v."reportId" = r.id AND v."value" IS NOT NULL
   WHERE r.id = ANY(p_reports)
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT ("campaignId", "unitId", "elementId", "year") DO UPDATE
     SET "q1" = coalesce(EXCLUDED."q1", d."q1"), "q2" = coalesce(EXCLUDED."q2", d."q2"),
         "q3" = coalesce(EXCLUDED."q3", d."q3"), "q4" = coalesce(EXCLUDED."q4", d."q4"),
         "h1" = coalesce(EXCLUDED."h1", d."h1"), "h2" = coalesce(EXCLUDED."h2", d."h2"),
         "y" = coalesce(EXCLUDED."y", d."y");
$$;

-- A report enters or leaves ACCEPTED (acceptance, reopening), or is deleted.
CREATE FUNCTION "dashboard_reports_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units INTEGER[];
  periods INTEGER[];
  reports INTEGER[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."unitId"), array_agg(o."periodId") INTO units, periods FROM old_reports o WHERE o."status" = 'ACCEPTED';
  ELSE
    SELECT array_agg(o."unitId"), array_agg(o."periodId") INTO units, periods
      FROM old_reports o JOIN new_reports n ON n.id = o.id
     WHERE o."status" = 'ACCEPTED' AND (n."status" <> 'ACCEPTED' OR n."unitId" <> o."unitId" OR n."periodId" <> o."periodId");
    SELECT array_agg(n.id) INTO reports
      FROM new_reports n JOIN old_reports o ON o.id = n.id
     WHERE n."status" = 'ACCEPTED' AND (o."status" <> 'ACCEPTED' OR n."unitId" <> o."unitId" OR n."periodId" <> o."periodId");
  END IF;
  IF units IS NOT NULL THEN PERFORM "dashboard_clear"(units, periods); END IF;
  IF reports IS NOT NULL THEN PERFORM "dashboard_fill"(reports); END IF;
  RETURN NULL;
END;
$$;

-- Values of an ACCEPTED report are written (a seed, an import, a correction): its columns are
-- rewritten from all its values. Drafts (every autosave) find no ACCEPTED report and do nothing.
CREATE FUNCTION "dashboard_values_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units INTEGER[];
  periods INTEGER[];
  reports INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(r.id) INTO reports
      FROM "Report" r WHERE r."status" = 'ACCEPTED' AND r.id IN (SELECT DISTINCT "reportId" FROM new_values);
  ELSE
    IF TG_OP = 'UPDATE' THEN
      SELECT array_agg(r.id), array_agg(r."unitId"), array_agg(r."periodId") INTO reports, units, periods
        FROM "Report" r WHERE r."status" = 'ACCEPTED' AND r.id IN (SELECT "reportId" FROM old_values UNION SELECT "reportId" FROM new_values);
    ELSE
      SELECT array_agg(r.id), array_agg(r."unitId"), array_agg(r."periodId") INTO reports, units, periods
        FROM "Report" r WHERE r."status" = 'ACCEPTED' AND r.id IN (SELECT DISTINCT "reportId" FROM old_values);
    END IF;
    IF units IS NOT NULL THEN PERFORM "dashboard_clear"(units, periods); END IF;
  END IF;
  IF reports IS NOT NULL THEN PERFORM "dashboard_fill"(reports); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "dashboard_reports_updated" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_reports_changed"();
CREATE TRIGGER "dashboard_reports_deleted" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_reports_changed"();
CREATE TRIGGER "dashboard_values_inserted" AFTER INSERT ON "ReportValue"
  REFERENCING NEW TABLE AS new_values
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_values_changed"();
CREATE TRIGGER "dashboard_values_updated" AFTER UPDATE ON "ReportValue"
  REFERENCING OLD TABLE AS old_values NEW TABLE AS new_values
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_values_changed"();
CREATE TRIGGER "dashboard_values_deleted" AFTER DELETE ON "ReportValue"
  REFERENCING OLD TABLE AS old_values
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_values_changed"();

-- The reports accepted before this migration.
SELECT "dashboard_fill"(coalesce(array_agg(id), '{}')) FROM "Report" WHERE "status" = 'ACCEPTED';
