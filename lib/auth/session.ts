import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { prepared } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { isAllowed, type Permission } from './permissions';
import { sessionClaims } from './session-token';
import { clientAddress } from '@/lib/http/client-address';

/** The signed-in user, as every query and action sees them. */
export type Actor = {
  id: number;
  username: string;
  name: string;
  role: Role;
  provinceId: number;
  unitId: number | null;
  unitName: string | null;
  /** the user's unit and, for a unit head, its sub-units */
  ownUnitIds: number[];
};

type ActorRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  provinceId: number;
  unitId: number | null;
  unitName: string | null;
  active: boolean;
  sessionVersion: number;
  /** for a unit head, every unit below theirs */
  descendants: number[];
};

/**
 * The session, checked against the database on every request (once per request: cache):
 * a deactivated account or a changed password ends every session at once. One query: it runs
 * before every page and action.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await sessionClaims();
  if (!session) return null;
  const [user] = await prepared<ActorRow>(Prisma.sql`
    SELECT u.id, u.username, u."displayName", u.role::text AS role, u."provinceId", u."unitId", u.active, u."sessionVersion",
           own.name AS "unitName",
           CASE WHEN u.role = 'UNIT_HEAD' AND u."unitId" IS NOT NULL THEN ARRAY(
             WITH RECURSIVE tree AS (
               SELECT c.id FROM "Unit" c WHERE c."parentId" = u."unitId"
               UNION ALL
               SELECT c.id FROM "Unit" c JOIN tree t ON c."parentId" = t.id
             )
             SELECT id FROM tree) ELSE '{}'::int[] END AS descendants
    FROM "User" u LEFT JOIN "Unit" own ON own.id = u."unitId"
    WHERE u.id = ${session.uid}`);
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    provinceId: user.provinceId,
    unitId: user.unitId,
    unitName: user.unitName,
    ownUnitIds: user.unitId === null ? [] : [user.unitId, ...user.descendants],
  };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActorForPage(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}

/** For pages: the actor if the permission allows, else the "not allowed" page. */
export async function requirePagePermission(permission: Permission, target?: { unitId: number | null; provinceId: number }) {
  const actor = await requireActorForPage();
  if (!isAllowed(actor, permission, target)) redirect('/forbidden');
  return actor;
}

/** For actions and data routes: throws a DomainError instead of redirecting. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError('UNAUTHENTICATED');
  return actor;
}

export function requirePermission(actor: Actor, permission: Permission, target?: { unitId: number | null; provinceId: number }): void {
  if (!isAllowed(actor, permission, target)) throw new DomainError('FORBIDDEN');
}

/** The request's client address, for the audit trail. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

export function auditActor(actor: Actor) {
  return { id: actor.id, name: actor.name, provinceId: actor.provinceId };
}
