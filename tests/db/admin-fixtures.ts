/** Accounts and actors for the administration tests (the template database has no users). */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';

let counter = 0;

export async function caoBang() {
  return db.province.findUniqueOrThrow({ where: { code: '04' } });
}

export async function unitNamed(name: string) {
  return db.unit.findFirstOrThrow({ where: { name } });
}

/** A user of the role (at the unit, if named) in Cao Bằng, and the Actor the session would give. */
export async function makeActor(role: Role, unitName: string | null = null, name = `Người thử ${++counter}`): Promise<Actor> {
  const province = await caoBang();
  const unit = unitName ? await unitNamed(unitName) : null;
  const user = await db.user.create({
    data: { provinceId: province.id, username: `test.${role.toLowerCase()}.${++counter}`, passwordHash: 'not-a-real-hash', displayName: name, role, unitId: unit?.id ?? null },
  });
  return { id: user.id, username: user.username, name, role, provinceId: province.id, unitId: unit?.id ?? null, unitName: unit?.name ?? null, ownUnitIds: unit ? [unit.id] : [] };
}

export const adminActor = (name = 'Quản trị viên thử') => makeActor('ADMIN', null, name);

/** Audit rows of an action (and of one record, when given), oldest first. */
export async function auditRows(action: string, entityId?: number) {
  return db.auditEvent.findMany({ where: { action, ...(entityId === undefined ? {} : { entityId: String(entityId) }) }, orderBy: { id: 'asc' } });
}

/** Rejects with a DomainError of this code (and these field errors, when given). */
export async function domainError(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; messageKey: string; fieldErrors: Record<string, string[]> };
  }
  throw new Error('expected a DomainError, but the call succeeded');
}
