import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';

/** The audit trail of one report, for those who may read the unit's data: every save and every step. */
export async function getReportHistory(actor: Actor, report: { id: number; unitId: number }) {
  requirePermission(actor, 'unit:read', { unitId: report.unitId, provinceId: actor.provinceId });
  return db.auditEvent.findMany({
    where: { provinceId: actor.provinceId, entityType: 'Report', entityId: String(report.id) },
    orderBy: { id: 'asc' },
    select: { id: true, createdAt: true, actorName: true, action: true, fromStatus: true, toStatus: true, after: true },
  });
}
