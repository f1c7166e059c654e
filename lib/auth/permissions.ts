/**
 * Who may do what: the table of DESIGN.md, encoded once as data. "own" is the user's unit and,
 * for a unit head, its sub-units; "all" is every unit of the user's province. Anything not listed
 * is refused. Pure: the data layer, the navigation and the authorization tests all read this table.
 */
import type { Role } from '@/lib/generated/prisma/enums';

export type Scope = 'own' | 'all';

export const PERMISSIONS = {
  /** read a unit's registrations, reports, proposals and their audit trail */
  'unit:read': { UNIT_OFFICER: 'own', UNIT_HEAD: 'own', REVIEWER: 'all', LEADER: 'all' },
  /** edit drafts of registration / report / proposal; record the unit's own titles */
  'unit:edit': { UNIT_OFFICER: 'own', UNIT_HEAD: 'own' },
  /** submit registration / report / proposal */
  'unit:submit': { UNIT_HEAD: 'own' },
  /** accept, return, reopen; appraise proposals; open disclosure; prepare council sessions; record decisions */
  'review:act': { REVIEWER: 'all' },
  /** vote on a proposal in an open council session, once */
  'council:vote': { COUNCIL_MEMBER: 'all' },
  /** the province overview dashboard */
  'dashboard:overview': { UNIT_OFFICER: 'all', UNIT_HEAD: 'all', REVIEWER: 'all', COUNCIL_MEMBER: 'all', LEADER: 'all' },
  /** a unit's dashboard page */
  'dashboard:unit': { UNIT_OFFICER: 'own', UNIT_HEAD: 'own', REVIEWER: 'all', COUNCIL_MEMBER: 'all', LEADER: 'all' },
  /** heat map, reporting health, commendation statistics, review-year reports */
  'dashboard:all': { REVIEWER: 'all', COUNCIL_MEMBER: 'all', LEADER: 'all' },
  /** read the commendation registry (the public sees issued decisions only, on the public page) */
  'registry:read': { UNIT_OFFICER: 'own', UNIT_HEAD: 'own', REVIEWER: 'all', COUNCIL_MEMBER: 'all', LEADER: 'all' },
  /** submit an exemplary model */
  'model:submit': { UNIT_OFFICER: 'own', UNIT_HEAD: 'own' },
  /** curate and publish exemplary models */
  'model:curate': { REVIEWER: 'all' },
  /** read exemplary models that are not yet published */
  'model:read': { REVIEWER: 'all', COUNCIL_MEMBER: 'all', LEADER: 'all' },
  /** read the public's comments on proposals under disclosure */
  'disclosure:read': { REVIEWER: 'all' },
  /** units, users, roles, catalogue, periods, settings, rules */
  'admin:manage': { ADMIN: 'all' },
  /** the full audit log */
  'audit:read-all': { ADMIN: 'all' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

export const ROLES: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER', 'LEADER', 'ADMIN'];

export function scopeOf(role: Role, permission: Permission): Scope | null {
  return (PERMISSIONS[permission] as Partial<Record<Role, Scope>>)[role] ?? null;
}

export type ActorScope = { role: Role; provinceId: number; ownUnitIds: readonly number[] };

/** May the actor do this, on this unit (when the permission concerns a unit)? */
export function isAllowed(actor: ActorScope, permission: Permission, target?: { unitId: number | null; provinceId: number }): boolean {
  const scope = scopeOf(actor.role, permission);
  if (scope === null) return false;
  if (!target) return true;
  if (target.provinceId !== actor.provinceId) return false;
  if (scope === 'all') return true;
  return target.unitId !== null && actor.ownUnitIds.includes(target.unitId);
}
