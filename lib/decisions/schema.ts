/** The decision form, shared by the client form and the Server Action. */
import { z } from 'zod';
import { optionalText, requiredText, MAX_DB_INT } from '@/lib/forms/fields';
import { dayField } from '@/lib/council/schema';

export const SIGNER_TITLES = ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] as const;
export const DEFAULT_ISSUER = 'Chủ tịch UBND tỉnh Cao Bằng';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() || undefined : v);

/** "123/QĐ-UBND": a number, a slash and the symbol of the kind and the issuing body. */
export const decisionNumberField = z.preprocess(
  trimmed,
  z.string({ message: 'required' }).max(50, { message: 'tooLong' }).regex(/^\d{1,6}\/[A-ZĐ]+(-[A-ZĐ0-9]+)*$/u, { message: 'council.validation.decisionNumber' }),
);

export const recordDecisionSchema = z.object({
  number: decisionNumberField,
  date: dayField,
  signer: requiredText(120),
  signerTitle: z.enum(SIGNER_TITLES, { message: 'choose' }),
  title: requiredText(300),
  issuer: optionalText(200).transform((v) => v ?? DEFAULT_ISSUER),
  proposalRef: optionalText(300),
  'proposalIds[]': z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive().max(MAX_DB_INT)).min(1, { message: 'council.validation.chooseProposals' }),
  ),
});

export type RecordDecisionInput = {
  number: string;
  /** 'YYYY-MM-DD' */
  date: string;
  signer: string;
  signerTitle: string;
  title: string;
  issuer?: string | null;
  /** "Tờ trình số 45/TTr-SNV ngày 01/12/2026" */
  proposalRef?: string | null;
  proposalIds: number[];
};
