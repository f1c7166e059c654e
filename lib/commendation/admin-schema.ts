/** zod schemas of the administrator's commendation catalogue and rule forms (client and server). */
import { z } from 'zod';
import { checkbox, idField, optionalText, requiredText } from '@/lib/forms/fields';
import { parseVnDate } from '@/lib/admin/rules';

export const formCode = z.string({ message: 'required' }).regex(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'invalid' });

/** The form row as the administrator edits it; code, kind and recipient are the catalogue's identity and stay. */
export const commendationFormSchema = z.object({
  id: idField,
  updatedAt: z.string().datetime({ message: 'invalid' }),
  name: requiredText(300),
  nameEn: optionalText(300),
  awardedByUnit: checkbox,
  needsCouncilVote: checkbox,
  needsPublicDisclosure: checkbox,
  active: checkbox,
});
export type CommendationFormInput = z.output<typeof commendationFormSchema>;

/** A day typed dd/mm/yyyy, as 'YYYY-MM-DD'. */
const vnDay = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? (parseVnDate(v) ?? '!') : undefined),
  z.string({ message: 'required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'registry.admin.errors.day' }),
);

/**
 * A new rule version: its first day and legal source as fields, its conditions as JSON text
 * (checked against lib/commendation/rule-schema.ts on the server, errors next to the text).
 */
export const ruleVersionFormSchema = z.object({
  provinceId: idField,
  formCode,
  effectiveFrom: vnDay,
  legalSource: requiredText(500),
  definition: z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(50_000, { message: 'tooLong' }),
});
export type RuleVersionFormInput = z.output<typeof ruleVersionFormSchema>;

export const withdrawRuleSchema = z.object({ id: idField });
