import 'server-only';
/**
 * Provinces, the roots of the unit trees. A new province gets the default settings and, when
 * asked, its first administrator account (password generated, shown once), so its own staff can
 * take over from there.
 */
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/session';
import { hashPassword } from '@/lib/auth/password';
import { SETTINGS } from '@/lib/settings/defaults';
import { assertFresh, auditAdmin, FieldErrors, nextVersion, onlyChanged, requireAdmin, uniqueViolation } from './common';
import { generatePassword } from './password';
import type { ProvinceCreateInput, ProvinceEditInput } from './schema';

const UNIQUE_FIELDS = { code: 'provinceCodeTaken', username: 'usernameTaken' };

async function validateProvince(id: number | null, data: { code: string; name: string }, adminUsername: string | null) {
  const errors = new FieldErrors();
  const others = id === null ? {} : { id: { not: id } };
  if (await db.province.findFirst({ where: { ...others, code: data.code }, select: { id: true } })) errors.add('code', 'provinceCodeTaken');
  if (await db.province.findFirst({ where: { ...others, name: { equals: data.name, mode: 'insensitive' } }, select: { id: true } })) {
    errors.add('name', 'admin.errors.provinceNameTaken');
  }
  if (adminUsername !== null && (await db.user.findUnique({ where: { username: adminUsername }, select: { id: true } }))) {
    errors.add('adminUsername', 'usernameTaken');
  }
  errors.throwIfAny();
}

export async function createProvince(actor: Actor, input: ProvinceCreateInput, ip: string | null = null) {
  requireAdmin(actor);
  const data = { code: input.code, name: input.name, nameEn: input.nameEn };
  await validateProvince(null, data, input.adminUsername);
  const password = input.adminUsername ? generatePassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  try {
    return await db.$transaction(async (tx) => {
      const province = await tx.province.create({ data });
      await tx.setting.createMany({ data: Object.entries(SETTINGS).map(([key, s]) => ({ provinceId: province.id, key, value: s.default })), skipDuplicates: true });
      await auditAdmin(tx, actor, { action: 'province.create', entityType: 'Province', entityId: province.id, provinceId: province.id, after: data }, ip);
      if (!input.adminUsername || !passwordHash) return { province, admin: null };
      const admin = await tx.user.create({
        data: { provinceId: province.id, username: input.adminUsername, passwordHash, displayName: input.adminDisplayName ?? input.adminUsername, role: 'ADMIN' },
      });
      await auditAdmin(
        tx,
        actor,
        { action: 'user.create', entityType: 'User', entityId: admin.id, provinceId: province.id, after: { username: admin.username, displayName: admin.displayName, role: admin.role, active: true } },
        ip,
      );
      return { province, admin: { userId: admin.id, username: admin.username, password: password! } };
    });
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}

export async function updateProvince(actor: Actor, input: ProvinceEditInput, ip: string | null = null) {
  requireAdmin(actor);
  const current = await db.province.findUnique({ where: { id: input.id } });
  if (!current) throw new DomainError('NOT_FOUND');
  assertFresh(current, input.updatedAt);
  const data = { code: input.code, name: input.name, nameEn: input.nameEn };
  await validateProvince(current.id, data, null);
  try {
    return await db.$transaction(async (tx) => {
      const changed = await tx.province.updateMany({ where: { id: current.id, updatedAt: input.updatedAt }, data: { ...data, updatedAt: nextVersion(current.updatedAt) } });
      if (changed.count !== 1) throw new DomainError('STALE');
      const before = { code: current.code, name: current.name, nameEn: current.nameEn };
      await auditAdmin(tx, actor, { action: 'province.update', entityType: 'Province', entityId: current.id, provinceId: current.id, ...onlyChanged(before, data) }, ip);
      return tx.province.findUniqueOrThrow({ where: { id: current.id } });
    });
  } catch (error) {
    throw uniqueViolation(error, UNIQUE_FIELDS) ?? error;
  }
}
