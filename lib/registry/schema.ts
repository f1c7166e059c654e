/** zod schemas of the registry's forms, shared by the client and the server. */
import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/forms/fields';

const code = z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'invalid' });
const id = z.number().int().positive().max(MAX_DB_INT);

export const sheetRowSchema = z.object({
  personId: id.nullable(),
  awards: z.array(code).max(30),
  rating: code.nullable(),
  discipline: code.nullable(),
  initiatives: z.array(z.object({ code, description: z.string().max(2000) })).max(30),
});

export const saveSheetSchema = z.object({
  unitId: id,
  year: z.number().int().min(1900).max(2999),
  fingerprint: z.string().max(100),
  rows: z.array(sheetRowSchema).min(1).max(5000),
});

export type SaveSheetInput = z.output<typeof saveSheetSchema>;

export const importSchema = z.object({
  unitId: z.coerce.number().int().positive().max(MAX_DB_INT),
  intent: z.enum(['preview', 'import']),
  file: z.unknown(),
});
