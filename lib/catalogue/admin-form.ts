import 'server-only';
import type { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { errorState, fieldErrorsOf, formDataToObject, notAForm, unstorableTextErrors, type ActionState } from '@/lib/actions/form-action';
import { requireActor, type Actor } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { getAnyTranslations, type AnyTranslate } from '@/lib/i18n/translate';
import { requireCatalogueAdmin } from './admin-guard';

function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

type FieldKey = string | { messageKey: string; params?: Record<string, string | number> };

function translateField(t: AnyTranslate, key: FieldKey, params: Record<string, string | number>): string {
  const [k, p] = typeof key === 'string' ? [key, params] : [key.messageKey, { ...params, ...key.params }];
  return t.has(k) ? t(k, p) : t('validation.invalid');
}

/**
 * formAction for the catalogue editor, with one addition: a field error may carry parameters
 * ("no data element has this code: ABC (position 12)"), filled from the DomainError's params.
 * After a change the whole catalogue is revalidated; `redirectTo` then moves to the saved record.
 */
export function catalogueAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.output<S>, context: { actor: Actor; t: AnyTranslate }) => Promise<{ message?: string; redirectTo?: string } | void>,
) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const t = await getAnyTranslations();
    if (!(formData instanceof FormData)) return notAForm(t);
    const values = echo(formData);
    let result: { message?: string; redirectTo?: string } | void;
    try {
      const actor = await requireActor();
      requireCatalogueAdmin(actor);
      const object = formDataToObject(formData);
      const unstorable = unstorableTextErrors(object, t);
      if (unstorable) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: unstorable, values };
      const parsed = schema.safeParse(object);
      if (!parsed.success) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: fieldErrorsOf(parsed.error, t), values };
      result = await run(parsed.data, { actor, t });
    } catch (error) {
      if (isDomainError(error) && Object.keys(error.fieldErrors).length > 0) {
        const fieldErrors = Object.fromEntries(
          Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k: FieldKey) => translateField(t, k, error.params))]),
        );
        return { ok: false, message: t(`errors.${error.messageKey}`), fieldErrors, values };
      }
      return errorState(error, t, values);
    }
    revalidatePath('/admin/catalogue', 'layout');
    if (result?.redirectTo) redirect(result.redirectTo);
    return { ok: true, message: result?.message ?? t('catalogue.saved') };
  };
}
