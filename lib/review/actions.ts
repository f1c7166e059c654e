'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { requiredText, MAX_DB_INT } from '@/lib/forms/fields';
import { DomainError } from '@/lib/errors';
import { acceptReport, reopenPeriodForUnit, reopenReport, returnReport, type ReviewComment } from './report-review';

const id = z.coerce.number().int().positive().max(MAX_DB_INT);
const decision = z.object({ reportId: id, version: id });

export const acceptReportAction = formAction({
  permission: 'review:act',
  schema: decision,
  async run(input, { actor }) {
    await acceptReport(actor, input.reportId, input.version);
    revalidatePath('/review', 'layout');
    // Back to the queue, which says what was done: the next report is usually what the reviewer wants.
    redirect('/review?flash=accepted');
  },
});

/** The consolidated return: one comment field per element ("c.<elementId>") and one for the whole report ("c.general"). */
export const returnReportAction = formAction({
  permission: 'review:act',
  schema: decision.catchall(z.unknown()),
  async run(input, { actor }) {
    const comments: ReviewComment[] = [];
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith('c.') || typeof value !== 'string' || value.trim() === '') continue;
      const text = value.trim();
      if (text.length > 2000) throw new DomainError('VALIDATION', 'VALIDATION', {}, { [key]: [{ messageKey: 'validation.tooLong', params: { max: 2000 } }] });
      // "c.<element id>" as the form writes it; any other key is not a comment field.
      const id = /^c\.(\d{1,9})$/.exec(key);
      if (key !== 'c.general' && !id) continue;
      comments.push({ elementId: id ? Number(id[1]) : null, text });
    }
    if (comments.length === 0) throw new DomainError('VALIDATION', 'commentsRequired', {}, { 'c.general': ['errors.commentsRequired'] });
    await returnReport(actor, input.reportId, input.version, comments);
    revalidatePath('/review', 'layout');
    redirect(`/review?flash=returned&n=${comments.length}`);
  },
});

export const reopenReportAction = formAction({
  permission: 'review:act',
  schema: decision.extend({ reason: requiredText(2000) }),
  async run(input, { actor }) {
    await reopenReport(actor, input.reportId, input.version, input.reason);
    revalidatePath('/review', 'layout');
    redirect('/review?flash=reopened');
  },
});

export const reopenPeriodAction = formAction({
  permission: 'review:act',
  schema: z.object({
    periodId: id,
    unitId: id,
    until: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/, { message: 'review.dateFormat' }).transform((v) => {
      const [d, m, y] = v.split('/').map(Number);
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }),
    reason: requiredText(2000),
  }),
  async run(input, { actor, t }) {
    await reopenPeriodForUnit(actor, input);
    revalidatePath('/review', 'layout');
    return { message: t('review.periodReopened') };
  },
});
