'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { dataAction, formAction } from '@/lib/actions/form-action';
import { requiredText, MAX_DB_INT } from '@/lib/forms/fields';
import { DomainError } from '@/lib/errors';
import { formatDateTime } from '@/lib/i18n/format';
import { saveRegistrationDraft, submitRegistration } from './registration-service';
import { acceptRegistration, reopenRegistration, returnRegistration, MAX_COMMENT, type RegistrationComment } from './registration-review';
import { registrationDraftSchema, registrationSubmitSchema } from './schema';

export const saveRegistrationAction = dataAction({
  permission: 'unit:edit',
  schema: registrationDraftSchema,
  async run(input, { actor }) {
    const saved = await saveRegistrationDraft(actor, input);
    revalidatePath('/registration');
    return { registrationId: saved.registrationId, version: saved.version, savedAt: formatDateTime(saved.savedAt) };
  },
});

export const submitRegistrationAction = dataAction({
  permission: 'unit:submit',
  schema: registrationSubmitSchema,
  async run(input, { actor, t }) {
    await submitRegistration(actor, input);
    revalidatePath('/registration', 'layout');
    return { message: t('registration.form.submitted') };
  },
});

const id = z.coerce.number().int().positive().max(MAX_DB_INT);
const decision = z.object({ registrationId: id, version: id });

export const acceptRegistrationAction = formAction({
  permission: 'review:act',
  schema: decision,
  async run(input, { actor }) {
    await acceptRegistration(actor, input.registrationId, input.version);
    revalidatePath('/review/registrations', 'layout');
    // Back to the queue, which says what was done (as the report review does).
    redirect('/review/registrations?flash=accepted');
  },
});

/** The consolidated return: one comment field per indicator ("c.<indicatorId>") and one for the whole ("c.general"). */
export const returnRegistrationAction = formAction({
  permission: 'review:act',
  schema: decision.catchall(z.unknown()),
  async run(input, { actor }) {
    const comments: RegistrationComment[] = [];
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith('c.') || typeof value !== 'string' || value.trim() === '') continue;
      const text = value.trim();
      if (text.length > MAX_COMMENT) throw new DomainError('VALIDATION', 'VALIDATION', {}, { [key]: [{ messageKey: 'validation.tooLong', params: { max: MAX_COMMENT } }] });
      // "c.<indicator id>" as the form writes it; any other key is not a comment field.
      const id = /^c\.(\d{1,9})$/.exec(key);
      if (key !== 'c.general' && !id) continue;
      comments.push({ indicatorId: id ? Number(id[1]) : null, text });
    }
    if (comments.length === 0) throw new DomainError('VALIDATION', 'commentsRequired', {}, { 'c.general': ['errors.commentsRequired'] });
    await returnRegistration(actor, input.registrationId, input.version, comments);
    revalidatePath('/review/registrations', 'layout');
    redirect(`/review/registrations?flash=returned&n=${comments.length}`);
  },
});

export const reopenRegistrationAction = formAction({
  permission: 'review:act',
  schema: decision.extend({ reason: requiredText(MAX_COMMENT) }),
  async run(input, { actor }) {
    await reopenRegistration(actor, input.registrationId, input.version, input.reason);
    revalidatePath('/review/registrations', 'layout');
    redirect('/review/registrations?flash=reopened');
  },
});
