import 'server-only';
/**
 * What the registry's reads and changes share: the catalogue of codes a unit records, the unit as
 * the caller may see it, the lines on record, and the lock that keeps two saves of one unit's
 * record from both passing the duplicate check.
 */
import { db, type Db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed, type Permission } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { vnDay } from '@/lib/clock';
import { unitCatalogue, type CatalogueCode, type RecordedLine, type UnitCatalogue } from './rules';

/** The current year in Viet Nam: the last year a unit may record. */
export const currentYear = () => Number(vnDay().slice(0, 4));

export async function loadCodes(client: Db | Tx, provinceId: number): Promise<CatalogueCode[]> {
  return client.commendationForm.findMany({
    where: { provinceId },
    select: { code: true, kind: true, name: true, nameEn: true, recipient: true, awardedByUnit: true, active: true, sortOrder: true },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
}

export async function loadUnitCatalogue(client: Db | Tx, provinceId: number): Promise<{ catalogue: UnitCatalogue; codes: CatalogueCode[] }> {
  const codes = await loadCodes(client, provinceId);
  return { catalogue: unitCatalogue(codes), codes };
}

/**
 * The unit, if it is in the actor's province and the permission allows it; a unit of another
 * province does not exist for the caller, one of the province outside their scope is forbidden.
 */
export async function unitFor(actor: Actor, unitId: number, permission: Permission) {
  const unit = await db.unit.findFirst({ where: { id: unitId, provinceId: actor.provinceId }, select: { id: true, name: true, provinceId: true, active: true } });
  if (!unit) throw new DomainError('NOT_FOUND');
  if (!isAllowed(actor, permission, { unitId: unit.id, provinceId: unit.provinceId })) throw new DomainError('FORBIDDEN');
  return unit;
}

/** Serialises changes to one unit's record (its lines and its persons' lines) until the transaction ends. */
export async function lockUnitRegistry(tx: Tx, unitId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7240, ${unitId}::int)`;
}

const lineSelect = { id: true, personId: true, unitId: true, year: true, kind: true, code: true, note: true, source: true, decisionNumber: true, decisionDate: true } as const;

/** Lines of the unit itself and of the persons given, for the years given (all years when omitted). */
export async function recordedLines(client: Db | Tx, provinceId: number, unitId: number, personIds: readonly number[], years?: readonly number[]) {
  const rows = await client.registryEntry.findMany({
    where: {
      provinceId,
      ...(years ? { year: { in: [...years] } } : {}),
      OR: [{ unitId, personId: null }, ...(personIds.length ? [{ personId: { in: [...personIds] } }] : [])],
    },
    select: lineSelect,
    orderBy: [{ year: 'asc' }, { id: 'asc' }],
  });
  return rows satisfies Array<RecordedLine & { decisionNumber: string | null; decisionDate: Date | null }>;
}

/** The unit's persons for a year's record: the active ones and those who already have a line that year. */
export async function sheetPersons(client: Db | Tx, unitId: number, year: number) {
  return client.person.findMany({
    where: { unitId, OR: [{ active: true }, { registryEntries: { some: { year } } }] },
    select: { id: true, fullName: true, position: true, active: true },
  });
}

export const viCollator = new Intl.Collator('vi');
export const byFullName = <T extends { fullName: string }>(a: T, b: T) => viCollator.compare(a.fullName, b.fullName) || 0;
