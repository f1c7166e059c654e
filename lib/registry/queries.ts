import 'server-only';
/**
 * Reads of the commendation registry (sổ khen thưởng), scoped by 'registry:read': unit roles see the
 * lines of their own units, Home Affairs, the council and the leaders the whole province. Search
 * ignores diacritics; lists sort in Vietnamese order.
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RegistryKind, RegistrySource } from '@/lib/generated/prisma/enums';
import { requirePermission, type Actor } from '@/lib/auth/session';
import { scopeOf } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { containsPattern } from '@/lib/admin/rules';
import { loadCodes, viCollator } from './data';

export const REGISTRY_PAGE_SIZE = 50;
export const SOURCES: readonly RegistrySource[] = ['UNIT_REVIEW', 'DECISION', 'IMPORT'];

/** The units whose lines the actor reads, or null for the whole province. */
function unitScope(actor: Actor): number[] | null {
  requirePermission(actor, 'registry:read');
  return scopeOf(actor.role, 'registry:read') === 'all' ? null : actor.ownUnitIds;
}

export type RegistryFilters = { q?: string; unitId?: number; year?: number; code?: string; source?: RegistrySource; page?: number };

export type RegistryLine = {
  id: number;
  year: number;
  kind: RegistryKind;
  code: string;
  formName: string | null;
  formNameEn: string | null;
  source: RegistrySource;
  personId: number | null;
  personName: string | null;
  unitId: number;
  unitName: string;
  note: string | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
  issuer: string | null;
};

export type RegistryPage = { rows: RegistryLine[]; total: number; page: number; pages: number };

/** Lines by person name (diacritics ignored) or unit name, unit, year, code and source; newest year first. */
export async function searchRegistry(actor: Actor, filters: RegistryFilters): Promise<RegistryPage> {
  const units = unitScope(actor);
  const where: Prisma.Sql[] = [Prisma.sql`e."provinceId" = ${actor.provinceId}`];
  if (units) where.push(Prisma.sql`e."unitId" = ANY(${units}::int[])`);
  if (filters.q?.trim()) {
    where.push(Prisma.sql`unaccent(lower(concat_ws(' ', p."fullName", CASE WHEN e."personId" IS NULL THEN u.name END))) LIKE unaccent(lower(${containsPattern(filters.q)}))`);
  }
  if (filters.unitId) where.push(Prisma.sql`e."unitId" = ${filters.unitId}`);
  if (filters.year) where.push(Prisma.sql`e.year = ${filters.year}`);
  if (filters.code) where.push(Prisma.sql`e.code = ${filters.code}`);
  if (filters.source) where.push(Prisma.sql`e.source = ${filters.source}::"RegistrySource"`);
  const page = Math.max(1, filters.page ?? 1);
  const rows = await db.$queryRaw<Array<RegistryLine & { total: number }>>`
    SELECT e.id, e.year, e.kind::text AS kind, e.code, f.name AS "formName", f."nameEn" AS "formNameEn", e.source::text AS source,
           e."personId", p."fullName" AS "personName", e."unitId", u.name AS "unitName", e.note,
           e."decisionNumber", e."decisionDate", e.issuer, (count(*) OVER ())::int AS total
    FROM "RegistryEntry" e
    JOIN "Unit" u ON u.id = e."unitId"
    LEFT JOIN "Person" p ON p.id = e."personId"
    LEFT JOIN "CommendationForm" f ON f."provinceId" = e."provinceId" AND f.code = e.code
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY e.year DESC, u.name COLLATE "vi-VN-x-icu", p."fullName" COLLATE "vi-VN-x-icu" NULLS FIRST, f."sortOrder" NULLS LAST, e.id
    LIMIT ${REGISTRY_PAGE_SIZE} OFFSET ${(page - 1) * REGISTRY_PAGE_SIZE}`;
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(({ total: _total, ...row }) => row), total, page, pages: Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE)) };
}

/** The units the actor may filter by (and record for), in Vietnamese order. */
export async function registryUnitOptions(actor: Actor) {
  const units = unitScope(actor);
  const rows = await db.unit.findMany({ where: { provinceId: actor.provinceId, ...(units ? { id: { in: units } } : {}) }, select: { id: true, name: true, active: true } });
  return rows.sort((a, b) => viCollator.compare(a.name, b.name));
}

/** Every code of the province's catalogue, for the search's code filter. */
export async function registryCodeOptions(actor: Actor) {
  requirePermission(actor, 'registry:read');
  return loadCodes(db, actor.provinceId);
}

/** A person's whole record, every year and source; a person outside the actor's scope does not exist for them. */
export async function getPersonHistory(actor: Actor, personId: number) {
  const units = unitScope(actor);
  const person = await db.person.findFirst({
    where: { id: personId, unit: { provinceId: actor.provinceId } },
    select: { id: true, fullName: true, position: true, active: true, unit: { select: { id: true, name: true } } },
  });
  if (!person) throw new DomainError('NOT_FOUND');
  const entries = await db.registryEntry.findMany({
    where: { personId, provinceId: actor.provinceId, ...(units ? { unitId: { in: units } } : {}) },
    select: { id: true, year: true, kind: true, code: true, source: true, note: true, decisionNumber: true, decisionDate: true, issuer: true, unit: { select: { id: true, name: true } } },
  });
  if (units && !units.includes(person.unit.id) && entries.length === 0) throw new DomainError('NOT_FOUND');
  const codes = await loadCodes(db, actor.provinceId);
  const order = new Map(codes.map((c, i) => [c.code, i]));
  entries.sort((a, b) => b.year - a.year || (order.get(a.code) ?? 999) - (order.get(b.code) ?? 999) || a.id - b.id);
  return { person, entries, codes };
}
