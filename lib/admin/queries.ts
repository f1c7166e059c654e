import 'server-only';
/**
 * Reads for the administration pages: provinces, units and the options their forms need. Every
 * read checks the administrator's permission and is scoped to one province.
 */
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { GroupKind, UnitKind } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { adminProvince, requireAdmin } from './common';
import { containsPattern } from './rules';

export const viCollator = new Intl.Collator('vi');
export const byVietnameseName = <T extends { name: string }>(a: T, b: T) => viCollator.compare(a.name, b.name);

/** Every province with how many units and accounts it has, in Vietnamese order. */
export async function listProvinces(actor: Actor) {
  requireAdmin(actor);
  const provinces = await db.province.findMany({
    select: { id: true, code: true, name: true, nameEn: true, updatedAt: true, _count: { select: { units: true, users: true } } },
  });
  return provinces.sort(byVietnameseName);
}

export async function getProvince(actor: Actor, id: number) {
  requireAdmin(actor);
  const province = await db.province.findUnique({ where: { id } });
  if (!province) throw new DomainError('NOT_FOUND');
  return province;
}

/**
 * The province a page shows (its `province` parameter, else the administrator's own) and the list
 * for the selector. An unknown id falls back to the administrator's province.
 */
export const pageProvince = cache(async (actor: Actor, requested: number | null) => {
  requireAdmin(actor);
  const provinces = (await db.province.findMany({ select: { id: true, code: true, name: true } })).sort(byVietnameseName);
  const id = requested !== null && provinces.some((p) => p.id === requested) ? requested : actor.provinceId;
  return { province: await adminProvince(actor, id), provinces };
});

export type UnitFilters = { q?: string; kind?: UnitKind; groupId?: number | 'none'; border?: 'yes' | 'no' | 'unknown'; active?: 'yes' | 'no' };

export type UnitRow = {
  id: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  adminCode: string | null;
  border: boolean | null;
  active: boolean;
  parentName: string | null;
  groupName: string | null;
  users: number;
  persons: number;
};

/** The province's units in Vietnamese order; the search ignores case and diacritics. */
export async function listUnits(actor: Actor, provinceId: number, filters: UnitFilters): Promise<UnitRow[]> {
  await adminProvince(actor, provinceId);
  const where: Prisma.Sql[] = [Prisma.sql`u."provinceId" = ${provinceId}`];
  if (filters.q?.trim()) {
    where.push(Prisma.sql`unaccent(lower(concat_ws(' ', u.name, u."shortName", u."nameEn", u."adminCode"))) LIKE unaccent(lower(${containsPattern(filters.q)}))`);
  }
  if (filters.kind) where.push(Prisma.sql`u.kind = ${filters.kind}::"UnitKind"`);
  if (filters.groupId === 'none') where.push(Prisma.sql`u."groupId" IS NULL`);
  else if (filters.groupId) where.push(Prisma.sql`u."groupId" = ${filters.groupId}`);
  if (filters.border === 'yes') where.push(Prisma.sql`u.border = true`);
  if (filters.border === 'no') where.push(Prisma.sql`u.border = false`);
  if (filters.border === 'unknown') where.push(Prisma.sql`u.border IS NULL`);
  if (filters.active) where.push(Prisma.sql`u.active = ${filters.active === 'yes'}`);
  return db.$queryRaw<UnitRow[]>`
    SELECT u.id, u.name, u."shortName", u.kind::text AS kind, u."adminCode", u.border, u.active,
           p.name AS "parentName", g.name AS "groupName",
           (SELECT count(*)::int FROM "User" x WHERE x."unitId" = u.id AND x.active) AS users,
           (SELECT count(*)::int FROM "Person" x WHERE x."unitId" = u.id) AS persons
    FROM "Unit" u
    LEFT JOIN "Unit" p ON p.id = u."parentId"
    LEFT JOIN "EmulationGroup" g ON g.id = u."groupId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY u.name COLLATE "vi-VN-x-icu", u.id`;
}

/** Communes whose border flag nobody has set yet (the plan names 21 border communes, not which). */
export async function countUnknownBorder(actor: Actor, provinceId: number): Promise<number> {
  await adminProvince(actor, provinceId);
  return db.unit.count({ where: { provinceId, kind: 'COMMUNE', border: null, active: true } });
}

export async function getUnit(actor: Actor, id: number) {
  requireAdmin(actor);
  const unit = await db.unit.findUnique({ where: { id }, include: { _count: { select: { users: true, persons: true, children: true } } } });
  if (!unit) throw new DomainError('NOT_FOUND');
  return unit;
}

export type UnitOption = { id: number; name: string; kind: UnitKind; active: boolean };
export type GroupOption = { id: number; name: string; kind: GroupKind };

/** Units of a province for selects, in Vietnamese order. */
export async function unitOptions(actor: Actor, provinceId: number): Promise<UnitOption[]> {
  await adminProvince(actor, provinceId);
  const units = await db.unit.findMany({ where: { provinceId }, select: { id: true, name: true, kind: true, active: true } });
  return units.sort(byVietnameseName);
}

export async function groupOptions(actor: Actor, provinceId: number): Promise<GroupOption[]> {
  await adminProvince(actor, provinceId);
  const groups = await db.emulationGroup.findMany({ where: { provinceId }, select: { id: true, name: true, kind: true, code: true } });
  return groups.sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
}
