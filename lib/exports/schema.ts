/**
 * What an export request carries, shared by the form, the Server Action and the job handler (which
 * reads the same shape back from ExportJob.params).
 */
import { z } from 'zod';
import { enumField, optionalId, requiredText } from '@/lib/forms/fields';
import { SIGNER_TITLES } from '@/lib/decisions/schema';

export { SIGNER_TITLES };

/** PERIOD: a quarter, half-year or year summary; MIDTERM: sơ kết giữa kỳ; FINAL: tổng kết. */
export const EXPORT_KINDS = ['PERIOD', 'MIDTERM', 'FINAL'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const requestExportSchema = z
  .object({
    kind: enumField(EXPORT_KINDS),
    /** the period of a PERIOD summary; ignored for the review years, which come from the campaign's milestones */
    periodId: optionalId,
    format: enumField(EXPORT_FORMATS),
    signer: requiredText(120),
    signerTitle: enumField(SIGNER_TITLES),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'PERIOD' && v.periodId === null) ctx.addIssue({ code: 'custom', path: ['periodId'], message: 'exports.validation.choosePeriod' });
  });

export type RequestExportInput = z.output<typeof requestExportSchema>;

/** ExportJob.params: the request, plus the day the report is dated (the day it was asked for). */
export const exportParamsSchema = z.object({
  kind: z.enum(EXPORT_KINDS),
  periodId: z.number().int().positive().nullable(),
  format: z.enum(EXPORT_FORMATS),
  signer: z.string().min(1).max(120),
  signerTitle: z.string().min(1).max(60),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type ExportParams = z.output<typeof exportParamsSchema>;
