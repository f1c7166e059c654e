import 'server-only';
/**
 * Reads for the users and persons pages: lists with filters and search (diacritics ignored),
 * paginated, and the records behind the edit forms. Never the password hash.
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { adminProvince, requireAdmin } from './common';
import { containsPattern } from './rules';
import { byVietnameseName } from './queries';

export const PAGE_SIZE = 50;

export type Page<T> = { rows: T[]; total: number; page: number; pages: number };

const offsetOf = (page: number) => (Math.max(1, page) - 1) * PAGE_SIZE;
const pageOf = <T>(rows: Array<T & { total: number }>, page: number): Page<T> => {
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(({ total: _total, ...row }) => row as T), total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};

export type UserFilters = { q?: string; role?: Role; unitId?: number; active?: 'yes' | 'no'; page?: number };
export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  email: string | null;
  active: boolean;
  unitId: number | null;
  unitName: string | null;
  personName: string | null;
  lastLoginAt: Date | null;
};

export async function listUsers(actor: Actor, provinceId: number, filters: UserFilters): Promise<Page<UserRow>> {
  await adminProvince(actor, provinceId);
  const where: Prisma.Sql[] = [Prisma.sql`x."provinceId" = ${provinceId}`];
  if (filters.q?.trim()) {
    where.push(Prisma.sql`unaccent(lower(concat_ws(' ', x.username, x."displayName", x.email, u.name))) LIKE unaccent(lower(${containsPattern(filters.q)}))`);
  }
  if (filters.role) where.push(Prisma.sql`x.role = ${filters.role}::"Role"`);
  if (filters.unitId) where.push(Prisma.sql`x."unitId" = ${filters.unitId}`);
  if (filters.active) where.push(Prisma.sql`x.active = ${filters.active === 'yes'}`);
  const page = filters.page ?? 1;
  const rows = await db.$queryRaw<Array<UserRow & { total: number }>>`
    SELECT x.id, x.username, x."displayName", x.role::text AS role, x.email, x.active, x."unitId", x."lastLoginAt",
           u.name AS "unitName", p."fullName" AS "personName", (count(*) OVER ())::int AS total
    FROM "User" x
    LEFT JOIN "Unit" u ON u.id = x."unitId"
    LEFT JOIN "Person" p ON p.id = x."personId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY x."displayName" COLLATE "vi-VN-x-icu", x.username
    LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(page)}`;
  return pageOf(rows, page);
}

export async function getUser(actor: Actor, id: number) {
  requireAdmin(actor);
  const user = await db.user.findUnique({
    where: { id },
    include: { unit: { select: { id: true, name: true } }, person: { select: { id: true, fullName: true, position: true } }, province: { select: { id: true, name: true } } },
  });
  if (!user) throw new DomainError('NOT_FOUND');
  return user;
}

export type PersonOption = { id: number; unitId: number; fullName: string; position: string | null };

/** Persons of the province who have no account yet (plus the one already linked), for the user form. */
export async function linkablePersons(actor: Actor, provinceId: number, linkedPersonId: number | null = null): Promise<PersonOption[]> {
  await adminProvince(actor, provinceId);
  const persons = await db.person.findMany({
    where: { unit: { provinceId }, active: true, OR: [{ user: null }, ...(linkedPersonId ? [{ id: linkedPersonId }] : [])] },
    select: { id: true, unitId: true, fullName: true, position: true },
  });
  return persons.map((p) => ({ ...p, name: p.fullName })).sort(byVietnameseName);
}

export type PersonFilters = { q?: string; unitId?: number; account?: 'yes' | 'no'; page?: number };
export type PersonRow = {
  id: number;
  fullName: string;
  position: string | null;
  isLeader: boolean;
  birthYear: number | null;
  active: boolean;
  unitId: number;
  unitName: string;
  username: string | null;
  userId: number | null;
};

export async function listPersons(actor: Actor, provinceId: number, filters: PersonFilters): Promise<Page<PersonRow>> {
  await adminProvince(actor, provinceId);
  const where: Prisma.Sql[] = [Prisma.sql`u."provinceId" = ${provinceId}`];
  if (filters.q?.trim()) {
    where.push(Prisma.sql`unaccent(lower(concat_ws(' ', p."fullName", p.position))) LIKE unaccent(lower(${containsPattern(filters.q)}))`);
  }
  if (filters.unitId) where.push(Prisma.sql`p."unitId" = ${filters.unitId}`);
  if (filters.account === 'yes') where.push(Prisma.sql`x.id IS NOT NULL`);
  if (filters.account === 'no') where.push(Prisma.sql`x.id IS NULL`);
  const page = filters.page ?? 1;
  const rows = await db.$queryRaw<Array<PersonRow & { total: number }>>`
    SELECT p.id, p."fullName", p.position, p."isLeader", p."birthYear", p.active, p."unitId", u.name AS "unitName",
           x.username, x.id AS "userId", (count(*) OVER ())::int AS total
    FROM "Person" p
    JOIN "Unit" u ON u.id = p."unitId"
    LEFT JOIN "User" x ON x."personId" = p.id
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY u.name COLLATE "vi-VN-x-icu", p."fullName" COLLATE "vi-VN-x-icu", p.id
    LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(page)}`;
  return pageOf(rows, page);
}

export async function getPerson(actor: Actor, id: number) {
  requireAdmin(actor);
  const person = await db.person.findUnique({
    where: { id },
    include: { unit: { select: { id: true, name: true, provinceId: true } }, user: { select: { id: true, username: true, unitId: true } } },
  });
  if (!person) throw new DomainError('NOT_FOUND');
  return person;
}
