/**
 * Forms of the proposal pages, shared by the client forms and the Server Actions. Messages are keys
 * under `validation.` or full catalogue keys (`commendation.…`).
 */
import { z } from 'zod';
import { idField, optionalId, optionalText, requiredText, MAX_DB_INT } from '@/lib/forms/fields';
import { ACHIEVEMENTS_MAX, ACHIEVEMENTS_MIN, DOC_TYPES, NOMINEE_KINDS } from './rules';
import { COMMENT_MAX, COMMENT_MIN } from './anti-spam';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : trimmed(v));

const version = z.coerce.number().int().positive().max(MAX_DB_INT);
const docType = z.enum(DOC_TYPES as [string, ...string[]], { message: 'choose' });

const nominee = {
  recipient: z.enum(NOMINEE_KINDS as [string, ...string[]], { message: 'choose' }),
  personId: optionalId,
  recipientUnitId: optionalId,
  formCode: z.preprocess(blankToUndefined, z.string({ message: 'choose' }).regex(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'choose' })),
  year: z.coerce.number({ message: 'choose' }).int({ message: 'choose' }).min(2000, { message: 'choose' }).max(2100, { message: 'choose' }),
  achievements: z.preprocess(
    blankToUndefined,
    z.string({ message: 'required' }).min(ACHIEVEMENTS_MIN, { message: 'tooShort' }).max(ACHIEVEMENTS_MAX, { message: 'tooLong' }),
  ),
};

type NomineeInput = { recipient: string; personId: number | null; recipientUnitId: number | null };

function nomineeChosen(v: NomineeInput, ctx: z.RefinementCtx) {
  if (v.recipient === 'INDIVIDUAL' && v.personId == null) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'choose' });
  if (v.recipient === 'COLLECTIVE' && v.recipientUnitId == null) ctx.addIssue({ code: 'custom', path: ['recipientUnitId'], message: 'choose' });
}

/** The choice of nominee is checked even when other fields are wrong, so every error shows at once. */
const always = { when: () => true };

/** A new proposal, with its first dossier file (optional: usually the tờ trình). */
export const createProposalSchema = z
  .object({ ...nominee, docType: z.preprocess(blankToUndefined, docType.optional()), file: z.unknown().optional() })
  .superRefine(nomineeChosen, always);

export const updateProposalSchema = z.object({ proposalId: idField, version, ...nominee }).superRefine(nomineeChosen, always);

export type ProposalFields = {
  recipient: 'INDIVIDUAL' | 'COLLECTIVE';
  personId: number | null;
  recipientUnitId: number | null;
  formCode: string;
  year: number;
  achievements: string;
};

export const addDocumentSchema = z.object({ proposalId: idField, version, docType, file: z.unknown() });

export const removeDocumentSchema = z.object({ proposalId: idField, version: z.number().int().positive().max(MAX_DB_INT), documentId: z.number().int().positive().max(MAX_DB_INT) });

export const submitSchema = z.object({ proposalId: idField, version, response: optionalText(2000) });

export const stepSchema = z.object({ proposalId: idField, version });

export const requestInfoSchema = z.object({
  proposalId: idField,
  version,
  'missing[]': z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(docType)),
  other: optionalText(4000),
});

export const appraiseSchema = z.object({ proposalId: idField, version, note: requiredText(4000) });

export const rejectSchema = z.object({ proposalId: idField, version, reason: requiredText(4000) });

/** The public's comment (no account): name and contact optional, the text 10–2000 characters. */
export const publicCommentSchema = z.object({
  proposalId: idField,
  authorName: optionalText(100),
  contact: optionalText(200),
  text: z.preprocess(
    blankToUndefined,
    z.string({ message: 'required' }).min(COMMENT_MIN, { message: 'tooShort' }).max(COMMENT_MAX, { message: 'tooLong' }),
  ),
  token: z.string().optional(),
  website: z.string().optional(),
});
