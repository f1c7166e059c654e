'use server';

import { revalidatePath } from 'next/cache';
import { errorState, fieldErrorsOf, formDataToObject, notAForm, unstorableTextErrors, type ActionState } from '@/lib/actions/form-action';
import { getAnyTranslations } from '@/lib/i18n/translate';
import { requestAddress } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { publicCommentSchema } from './schema';
import { postPublicComment } from './public-comments';

/** Only the visible fields go back to the form; the token is issued afresh by the page. */
function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ['authorName', 'contact', 'text']) {
    const value = formData.get(key);
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** A comment from the public on a proposal under disclosure: no sign-in, anti-spam checks, a limit per address. */
export async function postPublicCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getAnyTranslations();
  if (!(formData instanceof FormData)) return notAForm(t);
  const values = echo(formData);
  try {
    const object = formDataToObject(formData);
    const unstorable = unstorableTextErrors(object, t);
    if (unstorable) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: unstorable, values };
    const parsed = publicCommentSchema.safeParse(object);
    if (!parsed.success) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: fieldErrorsOf(parsed.error, t), values };
    await postPublicComment(parsed.data, await requestAddress());
    revalidatePath('/public/disclosure');
    return { ok: true, message: t('commendation.public.thanks') };
  } catch (error) {
    // The proposal module's refusals carry full catalogue keys with their parameters.
    if (isDomainError(error) && error.messageKey.startsWith('commendation.')) {
      const field = error.messageKey === 'commendation.public.tooFast' ? { text: [t(error.messageKey)] } : undefined;
      return { ok: false, code: error.code, message: t(error.messageKey, error.params), fieldErrors: field, values };
    }
    return errorState(error, t, values);
  }
}
