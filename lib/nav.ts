/**
 * The signed-in navigation: an item shows when the role holds its permission.
 * The data layer checks again; hiding a link is only a courtesy.
 */
import type { Role } from '@/lib/generated/prisma/enums';
import { scopeOf, type Permission } from '@/lib/auth/permissions';

export type NavKey = 'home' | 'dashboard' | 'appraisal' | 'exports' | 'registration' | 'reports' | 'review' | 'commendation' | 'council' | 'decisions' | 'registry' | 'models' | 'notifications' | 'adminUnits' | 'adminUsers' | 'adminPersons' | 'adminCatalogue' | 'adminCommendation' | 'adminAudit' | 'adminProvinces';

/** An item shows to a role holding any of its permissions (null: every signed-in user). */
const ITEMS: Array<{ key: NavKey; href: string; permission: Permission | Permission[] | null }> = [
  { key: 'home', href: '/', permission: null },
  { key: 'dashboard', href: '/dashboard', permission: 'dashboard:overview' },
  { key: 'registration', href: '/registration', permission: 'unit:edit' },
  { key: 'reports', href: '/reports', permission: 'unit:edit' },
  { key: 'review', href: '/review', permission: 'review:act' },
  { key: 'commendation', href: '/proposals', permission: 'unit:read' },
  { key: 'council', href: '/council', permission: 'council:vote' },
  { key: 'decisions', href: '/decisions', permission: 'review:act' },
  { key: 'appraisal', href: '/appraisal', permission: ['dashboard:all', 'admin:manage'] },
  { key: 'exports', href: '/exports', permission: 'dashboard:all' },
  { key: 'registry', href: '/registry', permission: 'registry:read' },
  { key: 'adminUnits', href: '/admin/units', permission: 'admin:manage' },
  { key: 'adminUsers', href: '/admin/users', permission: 'admin:manage' },
  { key: 'adminPersons', href: '/admin/persons', permission: 'admin:manage' },
  { key: 'adminCatalogue', href: '/admin/catalogue', permission: 'admin:manage' },
  { key: 'adminCommendation', href: '/admin/commendation', permission: 'admin:manage' },
  { key: 'adminProvinces', href: '/admin/provinces', permission: 'admin:manage' },
  { key: 'adminAudit', href: '/admin/audit', permission: 'audit:read-all' },
  // Every signed-in role reads at least the published models (the administrator too, as the public does).
  { key: 'models', href: '/models', permission: null },
  { key: 'notifications', href: '/notifications', permission: null },
];

export function navFor(role: Role) {
  return ITEMS.filter((item) => item.permission === null || [item.permission].flat().some((p) => scopeOf(role, p) !== null));
}
