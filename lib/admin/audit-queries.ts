import 'server-only';
/**
 * The audit log for the administrator: one province, newest first, paginated; searchable by text
 * (action, record, actor, the unit concerned, the changed values, and the labels the reader sees for
 * actions and records, diacritics ignored), actor, record type, unit and a range of Viet Nam calendar days.
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { addDays, endOfVnDay, type Day } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { adminProvince } from './common';
import { codesWithLabel, containsPattern } from './rules';
import { actionLabels, entityLabels } from './audit-labels';

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { q?: string; actorId?: number; entityType?: string; unitId?: number; from?: Day; to?: Day; page?: number };

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: number | null;
  unitName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/** The first instant of a Viet Nam calendar day. */
const startOfVnDay = (day: Day) => new Date(endOfVnDay(addDays(day, -1)).getTime() + 1);

export async function searchAudit(actor: Actor, provinceId: number, filters: AuditFilters) {
  requirePermission(actor, 'audit:read-all');
  await adminProvince(actor, provinceId);
  const where: Prisma.Sql[] = [Prisma.sql`a."provinceId" = ${provinceId}`];
  const q = filters.q?.trim();
  if (q) {
    const text = Prisma.sql`unaccent(lower(concat_ws(' ', a.action, a."entityType", a."entityId", a."actorName", u.name, a.before::text, a.after::text))) LIKE unaccent(lower(${containsPattern(q)}))`;
    const actions = codesWithLabel(q, actionLabels());
    const entities = codesWithLabel(q, entityLabels());
    const alternatives = [text];
    if (actions.length) alternatives.push(Prisma.sql`a.action = ANY(${actions}::text[])`);
    if (entities.length) alternatives.push(Prisma.sql`a."entityType" = ANY(${entities}::text[])`);
    where.push(Prisma.sql`(${Prisma.join(alternatives, ' OR ')})`);
  }
  if (filters.actorId) where.push(Prisma.sql`a."actorId" = ${filters.actorId}`);
  if (filters.entityType) where.push(Prisma.sql`a."entityType" = ${filters.entityType}`);
  if (filters.unitId) where.push(Prisma.sql`a."unitId" = ${filters.unitId}`);
  if (filters.from) where.push(Prisma.sql`a."createdAt" >= ${startOfVnDay(filters.from)}`);
  if (filters.to) where.push(Prisma.sql`a."createdAt" <= ${endOfVnDay(filters.to)}`);
  const page = Math.max(1, filters.page ?? 1);
  const condition = Prisma.join(where, ' AND ');
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<AuditRow[]>`
      SELECT a.id::text AS id, a."createdAt", a."actorId", a."actorName", a.action, a."entityType", a."entityId", a."unitId",
             u.name AS "unitName", a."fromStatus", a."toStatus", a.before, a.after, a.ip
      FROM "AuditEvent" a LEFT JOIN "Unit" u ON u.id = a."unitId"
      WHERE ${condition}
      ORDER BY a."createdAt" DESC, a.id DESC
      LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(page - 1) * AUDIT_PAGE_SIZE}`,
    db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "AuditEvent" a LEFT JOIN "Unit" u ON u.id = a."unitId" WHERE ${condition}`,
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The record types the province's log holds, for the filter. */
export async function auditEntityTypes(actor: Actor, provinceId: number): Promise<string[]> {
  requirePermission(actor, 'audit:read-all');
  const rows = await db.$queryRaw<Array<{ entityType: string }>>`
    SELECT DISTINCT "entityType" FROM "AuditEvent" WHERE "provinceId" = ${provinceId} ORDER BY 1`;
  return rows.map((r) => r.entityType);
}

/** Accounts of the province, for the actor filter. */
export async function auditActors(actor: Actor, provinceId: number) {
  requirePermission(actor, 'audit:read-all');
  const users = await db.user.findMany({ where: { provinceId }, select: { id: true, displayName: true, username: true } });
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
}
