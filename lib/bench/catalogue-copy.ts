/**
 * The nation size's extra provinces: each gets generated names and code, units (Cao Bằng's
 * non-commune units by name, so owner-reported elements find their owner, more departments up to the
 * wanted count, and generated communes and wards) and a copy of Cao Bằng's campaign catalogue.
 * seedCatalogue is tied to Cao Bằng's code and files, so this copies Cao Bằng's rows in bulk SQL,
 * one statement per table for all new provinces at once.
 */
import type pg from 'pg';

export type ProvinceShape = { count: number; communes: number; departments: number };

const DEPARTMENT_KINDS = `('DEPARTMENT','MANAGEMENT_BOARD','PROVINCIAL_AGENCY')`;

export async function copyProvinces(client: pg.PoolClient, caoBangId: number, shape: ProvinceShape): Promise<number[]> {
  if (shape.count === 0) return [];
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Province" (code, name, "nameEn", "updatedAt")
     SELECT 'SIM-' || lpad(i::text, 2, '0'), 'Tỉnh mô phỏng ' || lpad(i::text, 2, '0'), 'Simulated province ' || i, now()
       FROM generate_series(1, $1::int) AS i
     RETURNING id`,
    [shape.count],
  );
  const ids = rows.map((r) => r.id);
  const q = (sql: string, extra: unknown[] = []) => client.query(sql, [caoBangId, ids, ...extra]);

  await q(`INSERT INTO "Setting" ("provinceId", key, value, "updatedAt")
           SELECT p, s.key, s.value, now() FROM "Setting" s CROSS JOIN unnest($2::int[]) AS p WHERE s."provinceId" = $1`);
  await q(`INSERT INTO "EmulationGroup" ("provinceId", kind, code, name, note, "updatedAt")
           SELECT p, g.kind, g.code, g.name, g.note, now() FROM "EmulationGroup" g CROSS JOIN unnest($2::int[]) AS p WHERE g."provinceId" = $1`);

  // Cao Bằng's units other than communes and wards, by name, in the same emulation block.
  await q(`INSERT INTO "Unit" ("provinceId", kind, name, "shortName", "nameEn", border, "groupId", note, "updatedAt")
           SELECT p, u.kind, u.name, u."shortName", u."nameEn", u.border, ng.id, u.note, now()
             FROM "Unit" u CROSS JOIN unnest($2::int[]) AS p
             LEFT JOIN "EmulationGroup" og ON og.id = u."groupId"
             LEFT JOIN "EmulationGroup" ng ON ng."provinceId" = p AND ng.code = og.code
            WHERE u."provinceId" = $1 AND u.kind NOT IN ('COMMUNE', 'WARD') AND u."parentId" IS NULL`);
  // More departments up to the wanted count, spread over the blocks.
  await q(
    `INSERT INTO "Unit" ("provinceId", kind, name, "groupId", "updatedAt")
     SELECT p, 'DEPARTMENT', 'Sở mô phỏng ' || lpad(i::text, 2, '0'),
            (SELECT array_agg(g.id ORDER BY g.code) FROM "EmulationGroup" g WHERE g."provinceId" = p AND g.kind = 'BLOCK')[1 + i % GREATEST(1, (SELECT count(*) FROM "EmulationGroup" g WHERE g."provinceId" = p AND g.kind = 'BLOCK'))::int],
            now()
       FROM unnest($2::int[]) AS p
      CROSS JOIN generate_series(1, GREATEST(0, $3::int - (SELECT count(*) FROM "Unit" u WHERE u."provinceId" = $1 AND u.kind IN ${DEPARTMENT_KINDS})::int)) AS i`,
    [shape.departments],
  );
  // Communes (one in five on the border) and wards (one in seven), spread over the clusters.
  await client.query(
    `INSERT INTO "Unit" ("provinceId", kind, name, border, "groupId", "updatedAt")
     SELECT p, k.kind::"UnitKind", (CASE k.kind WHEN 'WARD' THEN 'Phường' ELSE 'Xã' END) || ' mô phỏng ' || lpad(i::text, 3, '0'),
            k.kind = 'COMMUNE' AND i % 5 = 0,
            (SELECT array_agg(g.id ORDER BY g.code) FROM "EmulationGroup" g WHERE g."provinceId" = p AND g.kind = 'CLUSTER')[1 + i % GREATEST(1, (SELECT count(*) FROM "EmulationGroup" g WHERE g."provinceId" = p AND g.kind = 'CLUSTER'))::int],
            now()
       FROM unnest($1::int[]) AS p
      CROSS JOIN generate_series(1, $2::int) AS i
      CROSS JOIN LATERAL (SELECT CASE WHEN i % 7 = 0 THEN 'WARD' ELSE 'COMMUNE' END AS kind) k`,
    [ids, shape.communes],
  );

  // The campaign and its parts.
  await q(`INSERT INTO "Campaign" ("provinceId", code, name, "nameEn", theme, "startYear", "endYear", "documentRef", active, "updatedAt")
           SELECT p, c.code, c.name, c."nameEn", c.theme, c."startYear", c."endYear", c."documentRef", c.active, now()
             FROM "Campaign" c CROSS JOIN unnest($2::int[]) AS p WHERE c."provinceId" = $1`);
  const pairs = `SELECT oc.id AS old_id, nc.id AS new_id, nc."provinceId" AS province
                   FROM "Campaign" oc JOIN "Campaign" nc ON nc.code = oc.code AND nc."provinceId" = ANY($2::int[])
                  WHERE oc."provinceId" = $1`;
  await q(`INSERT INTO "Milestone" ("campaignId", code, kind, name, year, "anchorDate", note, "sourceText")
           SELECT m.new_id, x.code, x.kind, x.name, x.year, x."anchorDate", x.note, x."sourceText"
             FROM "Milestone" x JOIN (${pairs}) m ON m.old_id = x."campaignId"`);
  await q(`INSERT INTO "ContestArea" ("campaignId", code, name, "nameEn", "sortOrder")
           SELECT m.new_id, x.code, x.name, x."nameEn", x."sortOrder" FROM "ContestArea" x JOIN (${pairs}) m ON m.old_id = x."campaignId"`);
  await q(`INSERT INTO "FocusItem" ("campaignId", kind, number, name, "nameEn")
           SELECT m.new_id, x.kind, x.number, x.name, x."nameEn" FROM "FocusItem" x JOIN (${pairs}) m ON m.old_id = x."campaignId"`);
  await q(`INSERT INTO "DataElement" ("campaignId", code, name, "nameEn", "unitLabel", "valueType", "overTime", "periodTypes", "reporterGroups",
                                     "ownerUnitId", "minValue", "maxValue", "evidenceRequired", "outlierThresholdPct", "sortOrder", active, "updatedAt")
           SELECT m.new_id, x.code, x.name, x."nameEn", x."unitLabel", x."valueType", x."overTime", x."periodTypes", x."reporterGroups",
                  nu.id, x."minValue", x."maxValue", x."evidenceRequired", x."outlierThresholdPct", x."sortOrder", x.active, now()
             FROM "DataElement" x JOIN (${pairs}) m ON m.old_id = x."campaignId"
             LEFT JOIN "Unit" ou ON ou.id = x."ownerUnitId"
             LEFT JOIN "Unit" nu ON nu."provinceId" = m.province AND nu.name = ou.name`);
  await q(`UPDATE "DataElement" ne SET "totalElementId" = nt.id
             FROM "DataElement" oe JOIN "DataElement" ot ON ot.id = oe."totalElementId" JOIN (${pairs}) m ON m.old_id = oe."campaignId",
                  "DataElement" nt
            WHERE ne."campaignId" = m.new_id AND ne.code = oe.code AND nt."campaignId" = m.new_id AND nt.code = ot.code`);
  await q(`INSERT INTO "Indicator" ("campaignId", "contestAreaId", code, name, "nameEn", "unitLabel", comparison, "targetValue", "targetMin", "targetMax",
                                   "targetDetail", horizon, "horizonYear", "horizonBasis", "baselineYear", "sourceText", notes, interpretation, formula,
                                   "unitReading", "formulaNote", "sortOrder", active, "updatedAt")
           SELECT m.new_id, na.id, x.code, x.name, x."nameEn", x."unitLabel", x.comparison, x."targetValue", x."targetMin", x."targetMax",
                  x."targetDetail", x.horizon, x."horizonYear", x."horizonBasis", x."baselineYear", x."sourceText", x.notes, x.interpretation, x.formula,
                  x."unitReading", x."formulaNote", x."sortOrder", x.active, now()
             FROM "Indicator" x JOIN (${pairs}) m ON m.old_id = x."campaignId"
             JOIN "ContestArea" oa ON oa.id = x."contestAreaId"
             JOIN "ContestArea" na ON na."campaignId" = m.new_id AND na.code = oa.code`);
  await q(`INSERT INTO "IndicatorElement" ("indicatorId", "elementId")
           SELECT ni.id, ne.id
             FROM "IndicatorElement" x
             JOIN "Indicator" oi ON oi.id = x."indicatorId" JOIN "DataElement" oe ON oe.id = x."elementId"
             JOIN (${pairs}) m ON m.old_id = oi."campaignId"
             JOIN "Indicator" ni ON ni."campaignId" = m.new_id AND ni.code = oi.code
             JOIN "DataElement" ne ON ne."campaignId" = m.new_id AND ne.code = oe.code`);
  await q(`INSERT INTO "ReportingPeriod" ("campaignId", type, year, number, "startDate", "endDate", "dueDate", "expiryDate", "isBaseline", "updatedAt")
           SELECT m.new_id, x.type, x.year, x.number, x."startDate", x."endDate", x."dueDate", x."expiryDate", x."isBaseline", now()
             FROM "ReportingPeriod" x JOIN (${pairs}) m ON m.old_id = x."campaignId"`);
  return ids;
}
