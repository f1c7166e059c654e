'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/form-action';
import { requestExport } from './requests';
import { requestExportSchema } from './schema';

/** Records and queues the export, then returns at once: the page follows the job's progress. */
export const requestExportAction = formAction({
  permission: 'dashboard:all',
  schema: requestExportSchema,
  async run(input, { actor, t }) {
    await requestExport(actor, input);
    revalidatePath('/exports');
    return { message: t('exports.requested') };
  },
});
