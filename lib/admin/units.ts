import 'server-only';
/**
 * Creating and editing units. A unit lives in one province; its parent is a unit of the same
 * province that is not itself or below it; a commune or ward may join a cụm (cluster), a department
 * a khối (block); the border flag may stay unknown. Name and administrative code are unique in the province.
 */
import { db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { adminProvince, assertFresh, auditAdmin, FieldErrors, labelled, nextVersion, onlyChanged, requireAdmin, uniqueViolation } from './common';
import { borderApplies, createsCycle, groupKindFor } from './rules';
import type { UnitCreateInput, UnitEditInput, UnitFields } from './schema';

const UNIQUE_FIELDS = { adminCode: 'adminCodeTaken', name: 'unitNameTaken' };

type UnitData = UnitFields;

/** The form's fields of a unit record. */
function fieldsOf(unit: UnitData): UnitData {
  const { name, shortName, nameEn, kind, parentId, adminCode, border, borderSource, groupId, note, active } = unit;
  return { name, shortName, nameEn, kind, parentId, adminCode, border, borderSource, groupId, note, active };
}

/** The border flag only means something for communes and wards. */
function normalise(fields: UnitFields): UnitData {
  const data = fieldsOf(fields);
  return borderApplies(data.kind) ? data : { ...data, border: null, borderSource: null };
}

/** Everything that needs the database to validate, reported per field. */
async function validateUnit(tx: Tx, provinceId: number, unitId: number | null, data: UnitData) {
  const errors = new FieldErrors();
  const others = { provinceId, ...(unitId === null ? {} : { id: { not: unitId } }) };
  if (await tx.unit.findFirst({ where: { ...others, name: { equals: data.name, mode: 'insensitive' } }, select: { id: true } })) {
    errors.add('name', 'unitNameTaken');
  }
  if (data.adminCode !== null && (await tx.unit.findFirst({ where: { ...others, adminCode: data.adminCode }, select: { id: true } }))) {
    errors.add('adminCode', 'adminCodeTaken');
  }
  if (data.parentId !== null) {
    const tree = await tx.unit.findMany({ where: { provinceId }, select: { id: true, parentId: true } });
    if (!tree.some((u) => u.id === data.parentId)) errors.add('parentId', 'admin.errors.parentNotFound');
    else if (unitId !== null && createsCycle(unitId, data.parentId, new Map(tree.map((u) => [u.id, u.parentId])))) errors.add('parentId', 'parentCycle');
  }
  if (data.groupId !== null) {
    const group = await tx.emulationGroup.findFirst({ where: { id: data.groupId, provinceId }, select: { kind: true } });
    if (!group) errors.add('groupId', 'admin.errors.groupNotFound');
    else if (group.kind !== groupKindFor(data.kind)) errors.add('groupId', group.kind === 'BLOCK' ? 'admin.errors.blockForDepartments' : 'admin.errors.clusterForCommunes');
  }
  errors.throwIfAny();
}

/** What the audit keeps of a unit: every field, parent and group readable by name. */
async function snapshot(tx: Tx, data: UnitData) {
  const [parent, group] = await Promise.all([
    data.parentId === null ? null : tx.unit.findUnique({ where: { id: data.parentId }, select: { id: true, name: true } }),
    data.groupId === null ? null : tx.emulationGroup.findUnique({ where: { id: data.groupId }, select: { id: true, name: true } }),
  ]);
  const { parentId: _parentId, groupId: _groupId, ...rest } = data;
  return { ...rest, parent: labelled(parent), group: labelled(group) };
}

export async function createUnit(actor: Actor, input: UnitCreateInput, ip: string | null = null) {
  const { provinceId, ...fields } = input;
  const province = await adminProvince(actor, provinceId);
  const data = normalise(fields);
  try {
    return await db.$transaction(async (tx) => {
      await validateUnit(tx, province.id, null, data);
      const unit = await tx.unit.create({ data: { provinceId: province.id, ...data } });
      await auditAdmin(tx, actor, { action: 'unit.create', entityType: 'Unit', entityId: unit.id, unitId: unit.id, provinceId: province.id, after: await snapshot(tx, data) }, ip);
      return unit;
    });
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}

export async function updateUnit(actor: Actor, input: UnitEditInput, ip: string | null = null) {
  requireAdmin(actor);
  const { id, updatedAt, ...fields } = input;
  const current = await db.unit.findUnique({ where: { id } });
  if (!current) throw new DomainError('NOT_FOUND');
  assertFresh(current, updatedAt);
  const data = normalise(fields);
  try {
    return await db.$transaction(async (tx) => {
      await validateUnit(tx, current.provinceId, id, data);
      const changed = await tx.unit.updateMany({ where: { id, updatedAt }, data: { ...data, updatedAt: nextVersion(current.updatedAt) } });
      if (changed.count !== 1) throw new DomainError('STALE');
      const changes = onlyChanged(await snapshot(tx, fieldsOf(current)), await snapshot(tx, data));
      await auditAdmin(tx, actor, { action: 'unit.update', entityType: 'Unit', entityId: id, unitId: id, provinceId: current.provinceId, ...changes }, ip);
      return tx.unit.findUniqueOrThrow({ where: { id } });
    });
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}
