'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/forms/fields';
import { dataAction, formAction, translateFieldErrors } from '@/lib/actions/form-action';
import { formatDateTime } from '@/lib/i18n/format';
import { addEvidence, removeEvidence, saveReportDraft, submitReport } from './report-service';
import { importUpload, previewUpload } from './excel-service';
import { draftSchema, submitSchema } from './schema';

export const saveDraftAction = dataAction({
  permission: 'unit:edit',
  schema: draftSchema,
  async run(input, { actor, t }) {
    const saved = await saveReportDraft(actor, input);
    return { reportId: saved.reportId, version: saved.version, savedAt: formatDateTime(saved.savedAt), hints: translateFieldErrors(t, saved.hints) };
  },
});

export const submitReportAction = dataAction({
  permission: 'unit:submit',
  schema: submitSchema,
  async run(input, { actor, t }) {
    const { late } = await submitReport(actor, input);
    revalidatePath('/reports', 'layout');
    return { message: late ? t('reportForm.submittedLate') : t('reportForm.submitted') };
  },
});

export const addEvidenceAction = formAction({
  permission: 'unit:edit',
  schema: z.object({
    reportId: z.coerce.number().int().positive().max(MAX_DB_INT),
    elementCode: z.preprocess((v) => (v === '' ? null : v), z.string().regex(/^[A-Z0-9_]{1,60}$/).nullable()),
    file: z.unknown(),
    periodId: z.coerce.number().int().positive().max(MAX_DB_INT),
  }),
  async run(input, { actor, t }) {
    await addEvidence(actor, input);
    revalidatePath(`/reports/${input.periodId}`);
    return { message: t('reportForm.evidenceAdded') };
  },
});

export const removeEvidenceAction = dataAction({
  permission: 'unit:edit',
  schema: z.object({ evidenceId: z.number().int().positive().max(MAX_DB_INT), periodId: z.number().int().positive().max(MAX_DB_INT) }),
  async run(input, { actor }) {
    await removeEvidence(actor, input.evidenceId);
    revalidatePath(`/reports/${input.periodId}`);
    return true;
  },
});

const excelSchema = z.object({ unitId: z.coerce.number().int().positive().max(MAX_DB_INT), periodId: z.coerce.number().int().positive().max(MAX_DB_INT), file: z.unknown(), intent: z.enum(['preview', 'import']) });

/** The Excel upload: "preview" reads and reports every error by row; "import" saves into the draft. */
export const excelUploadAction = formAction({
  permission: 'unit:edit',
  schema: excelSchema,
  async run(input, { actor, t }) {
    if (input.intent === 'import') {
      const { count } = await importUpload(actor, input);
      revalidatePath(`/reports/${input.periodId}`);
      return { message: t('reportForm.imported', { count }), data: { imported: true } };
    }
    const result = await previewUpload(actor, input);
    return {
      data: {
        usable: result.usable,
        rows: result.rows.map((r) => ({ row: r.rowNumber, code: r.code, raw: r.raw, error: r.error ? t(r.error.messageKey, r.error.params) : null })),
        errors: result.errors.map((e) => ({ row: e.row, code: e.code ?? null, message: t(e.messageKey, e.params) })),
      },
    };
  },
});
