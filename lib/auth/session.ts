import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { isAllowed, type Permission } from './permissions';
import { authOptions } from './options';
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

async function descendantsOf(unitId: number): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Unit" WHERE "parentId" = ${unitId}
      UNION ALL
      SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/**
 * The session, checked against the database on every request (once per request: cache):
 * a deactivated account or a changed password ends every session at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      provinceId: true,
      unitId: true,
      active: true,
      sessionVersion: true,
      unit: { select: { name: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  const ownUnitIds = user.unitId === null ? [] : [user.unitId, ...(user.role === 'UNIT_HEAD' ? await descendantsOf(user.unitId) : [])];
  return {
    id: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    provinceId: user.provinceId,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
    ownUnitIds,
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
