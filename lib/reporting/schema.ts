import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/forms/fields';

const id = z.number().int().positive().max(MAX_DB_INT);
const code = z.string().regex(/^[A-Z0-9_]{1,60}$/);
const text = (max: number) => z.string().max(max * 2).nullable();

/** What the report form sends on every autosave. Lengths are checked again by the service. */
export const draftSchema = z.object({
  unitId: id,
  periodId: id,
  version: z.number().int().min(0).max(MAX_DB_INT),
  values: z.record(code, text(60)),
  notes: z.record(code, text(2000)),
  note: text(2000),
  narrative: text(20000),
});

export const submitSchema = z.object({ reportId: id, version: z.number().int().min(1).max(MAX_DB_INT) });
