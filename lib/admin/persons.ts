import 'server-only';
/**
 * Persons of units: the staff who are registered, proposed and commended. Only some have an
 * account; a person with an account moves unit only with the account (edit the user).
 */
import { db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { assertFresh, auditAdmin, fieldError, nextVersion, onlyChanged, requireAdmin } from './common';
import type { PersonCreateInput, PersonEditInput } from './schema';

type PersonData = Omit<PersonCreateInput, never>;

function fieldsOf(person: PersonData): PersonData {
  const { unitId, fullName, position, isLeader, birthYear, active } = person;
  return { unitId, fullName, position, isLeader, birthYear, active };
}

async function unitOf(tx: Tx | typeof db, unitId: number) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, provinceId: true } });
  if (!unit) throw fieldError('unitId', 'admin.errors.unitNotFound');
  return unit;
}

export async function createPerson(actor: Actor, input: PersonCreateInput, ip: string | null = null) {
  requireAdmin(actor);
  const unit = await unitOf(db, input.unitId);
  const data = fieldsOf(input);
  return db.$transaction(async (tx) => {
    const person = await tx.person.create({ data });
    await auditAdmin(tx, actor, { action: 'person.create', entityType: 'Person', entityId: person.id, unitId: unit.id, provinceId: unit.provinceId, after: data }, ip);
    return person;
  });
}

export async function updatePerson(actor: Actor, input: PersonEditInput, ip: string | null = null) {
  requireAdmin(actor);
  const current = await db.person.findUnique({ where: { id: input.id }, include: { user: { select: { unitId: true } }, unit: { select: { provinceId: true } } } });
  if (!current) throw new DomainError('NOT_FOUND');
  assertFresh(current, input.updatedAt);
  const data = fieldsOf(input);
  if (data.unitId !== current.unitId) {
    const unit = await unitOf(db, data.unitId);
    // Persons stay in their province: a move elsewhere is a new person there.
    if (unit.provinceId !== current.unit.provinceId) throw fieldError('unitId', 'admin.errors.unitNotFound');
    if (current.user && current.user.unitId !== data.unitId) throw fieldError('unitId', 'admin.errors.personMovesWithAccount');
  }
  return db.$transaction(async (tx) => {
    const changed = await tx.person.updateMany({ where: { id: current.id, updatedAt: input.updatedAt }, data: { ...data, updatedAt: nextVersion(current.updatedAt) } });
    if (changed.count !== 1) throw new DomainError('STALE');
    await auditAdmin(
      tx,
      actor,
      { action: 'person.update', entityType: 'Person', entityId: current.id, unitId: data.unitId, provinceId: current.unit.provinceId, ...onlyChanged(fieldsOf(current), data) },
      ip,
    );
    return tx.person.findUniqueOrThrow({ where: { id: current.id } });
  });
}
