'use server';

import { revalidatePath } from 'next/cache';
import { dataAction, formAction } from '@/lib/actions/form-action';
import { saveSheetSchema, importSchema } from './schema';
import { saveYearSheet } from './year-sheet';
import { confirmImport, previewImport } from './import-service';
import type { ImportError } from './import-rules';

/** Saves the unit's review results for a year (the whole sheet, as data). */
export const saveYearSheetAction = dataAction({
  permission: 'unit:edit',
  schema: saveSheetSchema,
  async run(input, { actor, t }) {
    const { created, removed, fingerprint } = await saveYearSheet(actor, input);
    revalidatePath('/registry', 'layout');
    return { fingerprint, message: created + removed === 0 ? t('registry.sheet.nothingChanged') : t('registry.sheet.saved', { year: input.year, created, removed }) };
  },
});

type Translate = (key: string, params?: Record<string, string | number>) => string;
const describe = (t: Translate, errors: readonly ImportError[]) => errors.map((e) => ({ row: e.row, message: t(e.messageKey, e.params) }));

/** The import of past years: "preview" lists every problem by row and writes nothing; "import" writes all or nothing. */
export const registryImportAction = formAction({
  permission: 'unit:edit',
  schema: importSchema,
  async run(input, { actor, t }) {
    if (input.intent === 'import') {
      const result = await confirmImport(actor, input);
      if (result.errors.length) return { message: t('registry.import.notWritten'), data: { errors: describe(t, result.errors), lines: [] } };
      revalidatePath('/registry', 'layout');
      return { message: t('registry.import.imported', { count: result.created }), data: { imported: result.created } };
    }
    const preview = await previewImport(actor, input);
    return {
      data: {
        errors: describe(t, preview.errors),
        lines: preview.lines.map((l) => ({ row: l.rowNumber, person: l.person, year: l.year, code: l.code, note: l.note })),
      },
    };
  },
});
