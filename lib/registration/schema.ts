import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/forms/fields';

const id = z.number().int().positive().max(MAX_DB_INT);
const code = z.string().regex(/^[A-Z0-9_-]{1,80}$/);
const text = (max: number) => z.string().max(max * 2).nullable().optional();

/** What the registration form sends on "save". Lengths are checked again by the service. */
export const registrationDraftSchema = z.object({
  unitId: id,
  year: z.number().int().min(2000).max(2100),
  version: z.number().int().min(0).max(MAX_DB_INT),
  locale: z.enum(['vi', 'en']).optional(),
  collectiveTitleCode: code.nullable(),
  note: text(2000),
  targets: z.record(code, z.object({ value: text(60), min: text(60), max: text(60), note: text(1000) })),
  individuals: z
    .array(z.object({ personId: id, position: z.string().max(400).nullable(), titleCode: code }))
    .max(500),
});

export type RegistrationDraftInput = z.output<typeof registrationDraftSchema>;

export const registrationSubmitSchema = z.object({ registrationId: id, version: z.number().int().min(1).max(MAX_DB_INT) });
