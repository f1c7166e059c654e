/**
 * Audit events: who, when, what, before and after. Written inside the transaction of the change,
 * so a change without its audit row cannot exist.
 */
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export type AuditActor = { id: number; name: string; provinceId: number } | null;

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unitId?: number | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  provinceId?: number | null;
  at?: Date;
};

/** JSON-safe copy: Decimals and Dates become strings, BigInts numbers, undefined disappears. */
function plain(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? Number(v) : v)),
  ) as Prisma.InputJsonValue;
}

/** The audit row of a change, as both ways of writing it store it. */
function auditRow(actor: AuditActor, input: AuditInput) {
  return {
    provinceId: input.provinceId ?? actor?.provinceId ?? null,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    unitId: input.unitId ?? null,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    before: plain(input.before),
    after: plain(input.after),
    ip: input.ip ?? null,
  };
}

export async function audit(tx: Tx, actor: AuditActor, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...auditRow(actor, input), ...(input.at ? { createdAt: input.at } : {}) } });
}

/**
 * The audit row as an `INSERT ... SELECT ... FROM <source>`, for a change written as one SQL
 * statement (a hot path): the row is written only if `source` (a CTE of the changed records) has
 * one, and the entity's id is read from it.
 */
export function auditInsertFrom(source: Prisma.Sql, entityId: Prisma.Sql, actor: AuditActor, input: Omit<AuditInput, 'entityId' | 'at'>): Prisma.Sql {
  const row = auditRow(actor, input);
  const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("provinceId", "actorId", "actorName", action, "entityType", "entityId", "unitId", "fromStatus", "toStatus", before, after, ip)
    SELECT ${row.provinceId}::int, ${row.actorId}::int, ${row.actorName}, ${row.action}, ${row.entityType}, (${entityId})::text, ${row.unitId}::int,
           ${row.fromStatus}, ${row.toStatus}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.ip}
    FROM ${source}`;
}

/** The fields that differ between two flat records, as { field: [before, after] }. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}
