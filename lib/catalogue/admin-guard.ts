import 'server-only';
import { createHash } from 'node:crypto';
import type { Db, Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

/** Catalogue editing is the administrator's ('admin:manage'); everything else is refused. */
export function requireCatalogueAdmin(actor: Actor): void {
  if (!isAllowed(actor, 'admin:manage', { unitId: null, provinceId: actor.provinceId })) throw new DomainError('FORBIDDEN');
}

/** The campaign, if it belongs to the actor's province; otherwise it does not exist for them. */
export async function campaignOfActor(client: Db | Tx, actor: Actor, campaignId: number) {
  const campaign = await client.campaign.findFirst({ where: { id: campaignId, provinceId: actor.provinceId } });
  if (!campaign) throw new DomainError('NOT_FOUND');
  return campaign;
}

/** A validation error on one field; `params` fill the field's message. */
export function fieldError(field: string, key: string, params: Record<string, string | number> = {}): DomainError {
  return new DomainError('VALIDATION', 'VALIDATION', params, { [field]: [key] });
}

export function fieldErrors(errors: Record<string, string[]>, params: Record<string, string | number> = {}): DomainError {
  return new DomainError('VALIDATION', 'VALIDATION', params, errors);
}

/**
 * Milestones, contest areas and focus items have no version column: the form carries a fingerprint
 * of the row as it was loaded, and a save whose fingerprint no longer matches is stale.
 */
export function fingerprintOf(row: Record<string, unknown>): string {
  const sorted = Object.keys(row)
    .sort()
    .map((k) => [k, row[k] instanceof Date ? (row[k] as Date).toISOString() : row[k]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 24);
}

export const V = (key: string) => `catalogue.validation.${key}`;

/** A unique key met at commit time (two saves racing past the check before it). */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';
