/**
 * Administration rules that need no database: which roles need a unit, which emulation group a
 * unit may join, whether a new parent would close a loop in the unit tree, dates typed as
 * dd/mm/yyyy, and search patterns. Pure, unit-tested (tests/unit/admin-rules.test.ts).
 */
import type { GroupKind, Role, UnitKind } from '@/lib/generated/prisma/enums';
import { isCommuneLevel } from '@/lib/catalogue/applicability';
import type { Day } from '@/lib/clock';

/** Roles whose whole work is done for one unit: an account without a unit would see nothing. */
export const ROLES_NEEDING_UNIT: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER'];

export function roleNeedsUnit(role: Role): boolean {
  return ROLES_NEEDING_UNIT.includes(role);
}

/**
 * The kind of emulation group a unit may belong to: a cụm (cluster) for communes and wards, a khối
 * (block) for provincial departments and agencies, none for a sub-unit (it competes inside its parent).
 */
export function groupKindFor(kind: UnitKind): GroupKind | null {
  if (isCommuneLevel(kind)) return 'CLUSTER';
  if (kind === 'SUB_UNIT') return null;
  return 'BLOCK';
}

/** Only communes and wards can lie on the border; other units keep the flag empty. */
export function borderApplies(kind: UnitKind): boolean {
  return isCommuneLevel(kind);
}

/**
 * Would giving `unitId` the parent `parentId` close a loop? Walks up from the new parent; meeting
 * the unit itself (or a loop already there) means yes. `parentOf` maps every unit of the province
 * to its parent.
 */
export function createsCycle(unitId: number, parentId: number | null, parentOf: ReadonlyMap<number, number | null>): boolean {
  const seen = new Set<number>();
  let current = parentId;
  while (current !== null) {
    if (current === unitId || seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** A date typed as dd/mm/yyyy (d/m/yyyy accepted), as 'YYYY-MM-DD'; null when it is not a real date. */
export function parseVnDate(text: string): Day | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as dd/mm/yyyy, for putting a parsed date back into a filter field. */
export function toVnDate(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** A LIKE pattern that finds `text` anywhere, with the caller's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type FieldChange = { field: string; before: unknown; after: unknown };

/**
 * The fields an audit row changed, for a compact display: for an update the fields whose values
 * differ; for a creation (no before) every field of after; for a removal every field of before.
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null) || (!isRecord(before) && field in a))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower case without diacritics (đ included), as `unaccent(lower(...))` does in the database. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The codes whose labels (in any language) contain the text, ignoring case and diacritics. */
export function codesWithLabel(text: string, labels: ReadonlyArray<Record<string, string>>): string[] {
  const needle = foldVietnamese(text.trim());
  if (needle === '') return [];
  const codes = new Set<string>();
  for (const catalogue of labels) for (const [code, label] of Object.entries(catalogue)) if (foldVietnamese(label).includes(needle)) codes.add(code);
  return [...codes].sort();
}
