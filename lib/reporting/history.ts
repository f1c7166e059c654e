import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';

/** A step of a report's history; a run of one person's draft saves in a row is one step. */
export type HistoryStep = {
  id: bigint;
  createdAt: Date;
  actorName: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  /** how many events the step stands for (more than one only for draft saves), and when the last was */
  count: number;
  lastAt: Date;
};

/**
 * The audit trail of one report, for those who may read the unit's data: every step, with the
 * autosaves between two steps folded into one line per person (a quarter's form is saved hundreds
 * of times; the page stays the same size).
 */
export async function getReportHistory(actor: Actor, report: { id: number; unitId: number }): Promise<HistoryStep[]> {
  requirePermission(actor, 'unit:read', { unitId: report.unitId, provinceId: actor.provinceId });
  return db.$queryRaw<HistoryStep[]>`
    WITH events AS (
      SELECT id, "createdAt", "actorId", "actorName", action, "fromStatus", "toStatus",
             coalesce(action = 'report.save' AND lag(action) OVER w = 'report.save' AND lag("actorId") OVER w IS NOT DISTINCT FROM "actorId", false) AS continues
        FROM "AuditEvent"
       WHERE "provinceId" = ${actor.provinceId} AND "entityType" = 'Report' AND "entityId" = ${String(report.id)}
      WINDOW w AS (ORDER BY id)
    ), steps AS (
      SELECT *, count(*) FILTER (WHERE NOT continues) OVER (ORDER BY id) AS step FROM events
    )
    SELECT min(id) AS id, min("createdAt") AS "createdAt", max("createdAt") AS "lastAt", count(*)::int AS count,
           (array_agg("actorName" ORDER BY id))[1] AS "actorName", (array_agg(action ORDER BY id))[1] AS action,
           (array_agg("fromStatus" ORDER BY id))[1] AS "fromStatus", (array_agg("toStatus" ORDER BY id))[1] AS "toStatus"
      FROM steps GROUP BY step ORDER BY min(id)`;
}
