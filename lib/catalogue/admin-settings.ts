import 'server-only';
import { db } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { SETTINGS } from '@/lib/settings/defaults';
import type { SettingInput } from './admin-schema';
import { isUniqueViolation, requireCatalogueAdmin } from './admin-guard';

/**
 * Changes one setting of the actor's province. The value has passed the key's own schema
 * (admin-schema); the row's updatedAt as loaded guards against a silent overwrite.
 */
export async function updateSetting(actor: Actor, input: SettingInput) {
  requireCatalogueAdmin(actor);
  // The schema already refused it; this keeps a direct caller honest too.
  const parsed = SETTINGS[input.key].schema.safeParse(input.value);
  if (!parsed.success) throw new DomainError('VALIDATION', 'VALIDATION', {}, { value: ['validation.invalid'] });
  try {
    await db.$transaction(async (tx) => {
      const row = await tx.setting.findUnique({ where: { provinceId_key: { provinceId: actor.provinceId, key: input.key } } });
      if (row) {
        if (input.updatedAt === null) throw new DomainError('STALE');
        const updated = await tx.setting.updateMany({
          where: { id: row.id, updatedAt: input.updatedAt },
          data: { value: parsed.data, updatedById: actor.id },
        });
        if (updated.count !== 1) throw new DomainError('STALE');
      } else {
        if (input.updatedAt !== null) throw new DomainError('STALE');
        await tx.setting.create({ data: { provinceId: actor.provinceId, key: input.key, value: parsed.data, updatedById: actor.id } });
      }
      await audit(tx, auditActor(actor), {
        action: 'setting.update',
        entityType: 'Setting',
        entityId: input.key,
        before: { value: row?.value ?? SETTINGS[input.key].default },
        after: { value: parsed.data },
      });
    });
  } catch (error) {
    // Two first saves of a missing key at once: the second meets the unique key.
    if (isUniqueViolation(error)) throw new DomainError('STALE');
    throw error;
  }
}
