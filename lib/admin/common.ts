import 'server-only';
/**
 * What every administration change shares: the permission check, the province being administered,
 * the optimistic-concurrency token, field errors and the audit row.
 */
import { db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { audit, changedFields, type AuditInput } from '@/lib/audit';
import { now } from '@/lib/clock';
import { auditActor, requirePermission, type Actor } from '@/lib/auth/session';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The administrator manages every province of the deployment (docs/decisions/004): the permission
 * has no unit or province target, the province is chosen on the page and checked to exist.
 */
export function requireAdmin(actor: Actor): void {
  requirePermission(actor, 'admin:manage');
}

/** The province an administration page or change works on: the one asked for, else the actor's own. */
export async function adminProvince(actor: Actor, requested?: number | null) {
  requireAdmin(actor);
  const id = requested ?? actor.provinceId;
  const province = await db.province.findUnique({ where: { id }, select: { id: true, code: true, name: true, nameEn: true } });
  if (!province) throw new DomainError('NOT_FOUND');
  return province;
}

/**
 * The next updatedAt of a record: the clock's now, but always after the previous value, so two
 * saves within one millisecond (or under a frozen test clock) still tell a stale form apart.
 */
export function nextVersion(previous: Date): Date {
  return new Date(Math.max(now().getTime(), previous.getTime() + 1));
}

/** The form's version is not the record's: someone saved in between. */
export function assertFresh(record: { updatedAt: Date }, seen: Date): void {
  if (record.updatedAt.getTime() !== seen.getTime()) throw new DomainError('STALE');
}

/** Collects field errors (catalogue keys) and throws them together, so the form shows them all at once. */
export class FieldErrors {
  private readonly errors: Record<string, string[]> = {};
  add(field: string, key: string): void {
    (this.errors[field] ??= []).push(key);
  }
  get any(): boolean {
    return Object.keys(this.errors).length > 0;
  }
  throwIfAny(): void {
    if (this.any) throw new DomainError('VALIDATION', 'VALIDATION', {}, this.errors);
  }
}

export function fieldError(field: string, key: string): DomainError {
  return new DomainError('VALIDATION', 'VALIDATION', {}, { [field]: [key] });
}

/**
 * A unique constraint that a concurrent change won despite the check before it: reported on the
 * field whose column the constraint names.
 */
export function uniqueViolation(error: unknown, fields: Record<string, string>): DomainError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const described = JSON.stringify(error.meta ?? {}) + error.message;
  for (const [column, key] of Object.entries(fields)) if (described.includes(column)) return fieldError(column, key);
  return new DomainError('CONFLICT');
}

/** The audit row of an administration change, stamped with the app's clock. */
export function auditAdmin(tx: Tx, actor: Actor, input: AuditInput, ip: string | null) {
  return audit(tx, auditActor(actor), { ...input, ip, at: now() });
}

/** "Name (#12)": readable in the audit log, and still exact when the name changes later. */
export function labelled(record: { id: number; name: string } | null | undefined): string | null {
  return record ? `${record.name} (#${record.id})` : null;
}

/** The audit's before and after of an update: only the fields that changed. */
export function onlyChanged<T extends Record<string, unknown>>(before: T, after: T) {
  const changes = Object.entries(changedFields(before, after));
  return {
    before: Object.fromEntries(changes.map(([field, [b]]) => [field, b])),
    after: Object.fromEntries(changes.map(([field, [, a]]) => [field, a])),
  };
}
