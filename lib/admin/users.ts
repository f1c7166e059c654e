import 'server-only';
/**
 * Accounts: create (with a generated password shown once), edit, deactivate and reactivate, reset
 * the password. Deactivation and reset move the session version on in the same transaction, so
 * every session of the account ends at once. No password or hash ever reaches the audit.
 */
import { db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { hashPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import type { Role } from '@/lib/generated/prisma/enums';
import { adminProvince, assertFresh, auditAdmin, FieldErrors, fieldError, labelled, nextVersion, onlyChanged, requireAdmin, uniqueViolation } from './common';
import { roleNeedsUnit } from './rules';
import { generatePassword } from './password';
import type { UserCreateInput, UserEditInput, UserFields, UserTargetInput } from './schema';

const UNIQUE_FIELDS = { username: 'usernameTaken', personId: 'personTaken' };

type Linked = { id: number; username: string; displayName: string; role: Role; unitId: number | null; personId: number | null; email: string | null; active: boolean };

/** What the audit keeps of an account: never the hash. */
async function snapshot(tx: Tx, user: Linked) {
  const [unit, person] = await Promise.all([
    user.unitId === null ? null : tx.unit.findUnique({ where: { id: user.unitId }, select: { id: true, name: true } }),
    user.personId === null ? null : tx.person.findUnique({ where: { id: user.personId }, select: { id: true, fullName: true } }),
  ]);
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: labelled(unit),
    person: person ? labelled({ id: person.id, name: person.fullName }) : null,
    email: user.email,
    active: user.active,
  };
}

/**
 * The unit and person of an account, checked: the unit belongs to the province, a role that works
 * for a unit has one, a linked person is of that unit and has no other account.
 * `keepPersonId` is the person already linked, who moves with the account to its new unit.
 */
async function validateLinks(tx: Tx, provinceId: number, fields: UserFields, userId: number | null, keepPersonId: number | null) {
  const errors = new FieldErrors();
  if (fields.unitId !== null && !(await tx.unit.findFirst({ where: { id: fields.unitId, provinceId }, select: { id: true } }))) {
    errors.add('unitId', 'admin.errors.unitNotFound');
  } else if (fields.unitId === null && roleNeedsUnit(fields.role)) {
    errors.add('unitId', 'unitRequired');
  }
  if (fields.person === 'new' && fields.unitId === null) errors.add('person', 'admin.errors.personNeedsUnit');
  if (typeof fields.person === 'number' && fields.person !== keepPersonId) {
    const person = await tx.person.findUnique({ where: { id: fields.person }, select: { unitId: true, user: { select: { id: true } } } });
    if (!person || person.unitId !== fields.unitId) errors.add('person', 'personOtherUnit');
    else if (person.user && person.user.id !== userId) errors.add('person', 'personTaken');
  }
  errors.throwIfAny();
}

/** The person to link: an existing one (moved to the account's unit if it was already linked), a new one, or none. */
async function resolvePerson(tx: Tx, actor: Actor, provinceId: number, fields: UserFields, ip: string | null): Promise<number | null> {
  if (fields.person === null) return null;
  if (fields.person === 'new') {
    const person = await tx.person.create({
      data: { unitId: fields.unitId!, fullName: fields.displayName, position: fields.position, isLeader: fields.isLeader },
    });
    await auditAdmin(
      tx,
      actor,
      { action: 'person.create', entityType: 'Person', entityId: person.id, unitId: person.unitId, provinceId, after: { fullName: person.fullName, position: person.position, isLeader: person.isLeader } },
      ip,
    );
    return person.id;
  }
  const person = await tx.person.findUniqueOrThrow({ where: { id: fields.person } });
  if (fields.unitId !== null && person.unitId !== fields.unitId) {
    await tx.person.update({ where: { id: person.id }, data: { unitId: fields.unitId, updatedAt: nextVersion(person.updatedAt) } });
    await auditAdmin(tx, actor, { action: 'person.update', entityType: 'Person', entityId: person.id, unitId: fields.unitId, provinceId, before: { unitId: person.unitId }, after: { unitId: fields.unitId } }, ip);
  }
  return person.id;
}

/** A new account with a generated password, returned once to be handed over. */
export async function createUser(actor: Actor, input: UserCreateInput, ip: string | null = null) {
  const province = await adminProvince(actor, input.provinceId);
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) throw fieldError('username', 'usernameTaken');
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      await validateLinks(tx, province.id, input, null, null);
      const personId = await resolvePerson(tx, actor, province.id, input, ip);
      const created = await tx.user.create({
        data: { provinceId: province.id, username: input.username, passwordHash, displayName: input.displayName, role: input.role, unitId: input.unitId, personId, email: input.email },
      });
      await auditAdmin(tx, actor, { action: 'user.create', entityType: 'User', entityId: created.id, unitId: created.unitId, provinceId: province.id, after: await snapshot(tx, created) }, ip);
      return created;
    });
    return { user, password };
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}

async function findUser(id: number) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new DomainError('NOT_FOUND');
  return user;
}

export async function updateUser(actor: Actor, input: UserEditInput, ip: string | null = null) {
  requireAdmin(actor);
  const current = await findUser(input.id);
  assertFresh(current, input.updatedAt);
  // An administrator who took the role away from themself would be locked out of this page.
  if (current.id === actor.id && input.role !== 'ADMIN') throw fieldError('role', 'admin.errors.cannotDemoteSelf');
  try {
    return await db.$transaction(async (tx) => {
      await validateLinks(tx, current.provinceId, input, current.id, current.personId);
      const personId = await resolvePerson(tx, actor, current.provinceId, input, ip);
      const data = { displayName: input.displayName, role: input.role, unitId: input.unitId, personId, email: input.email };
      const changed = await tx.user.updateMany({ where: { id: current.id, updatedAt: input.updatedAt }, data: { ...data, updatedAt: nextVersion(current.updatedAt) } });
      if (changed.count !== 1) throw new DomainError('STALE');
      const changes = onlyChanged(await snapshot(tx, current), await snapshot(tx, { ...current, ...data }));
      await auditAdmin(tx, actor, { action: 'user.update', entityType: 'User', entityId: current.id, unitId: input.unitId, provinceId: current.provinceId, ...changes }, ip);
      return tx.user.findUniqueOrThrow({ where: { id: current.id } });
    });
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}

/**
 * Deactivate (every session ends: the session version moves on in the same transaction) or
 * reactivate an account. Administrators cannot deactivate themselves.
 */
export async function setUserActive(actor: Actor, input: UserTargetInput, active: boolean, ip: string | null = null) {
  requireAdmin(actor);
  const current = await findUser(input.id);
  assertFresh(current, input.updatedAt);
  if (!active && current.id === actor.id) throw new DomainError('INVALID_STATE', 'cannotDeactivateSelf');
  if (current.active === active) throw new DomainError('STALE');
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: current.id, updatedAt: input.updatedAt, active: !active },
      data: { active, updatedAt: nextVersion(current.updatedAt), ...(active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (changed.count !== 1) throw new DomainError('STALE');
    const after = await tx.user.findUniqueOrThrow({ where: { id: current.id } });
    await auditAdmin(
      tx,
      actor,
      {
        action: active ? 'user.activate' : 'user.deactivate',
        entityType: 'User',
        entityId: current.id,
        unitId: current.unitId,
        provinceId: current.provinceId,
        fromStatus: current.active ? 'ACTIVE' : 'INACTIVE',
        toStatus: active ? 'ACTIVE' : 'INACTIVE',
        before: { active: current.active, sessionVersion: current.sessionVersion },
        after: { active: after.active, sessionVersion: after.sessionVersion },
      },
      ip,
    );
    return after;
  });
}

/** A new generated password, returned once; every session of the account ends. */
export async function resetUserPassword(actor: Actor, input: UserTargetInput, ip: string | null = null) {
  requireAdmin(actor);
  const current = await findUser(input.id);
  assertFresh(current, input.updatedAt);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: current.id, updatedAt: input.updatedAt },
      data: { passwordHash, sessionVersion: { increment: 1 }, passwordChangedAt: now(), updatedAt: nextVersion(current.updatedAt) },
    });
    if (changed.count !== 1) throw new DomainError('STALE');
    const after = await tx.user.findUniqueOrThrow({ where: { id: current.id } });
    await auditAdmin(
      tx,
      actor,
      {
        action: 'user.reset-password',
        entityType: 'User',
        entityId: current.id,
        unitId: current.unitId,
        provinceId: current.provinceId,
        before: { sessionVersion: current.sessionVersion },
        after: { sessionVersion: after.sessionVersion },
      },
      ip,
    );
    return after;
  });
  return { user, password };
}
