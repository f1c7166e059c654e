import 'server-only';
import type { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { errorState, fieldErrorsOf, formDataToObject, notAForm, unstorableTextErrors, type ActionState } from '@/lib/actions/form-action';
import { requireActor, requirePermission, type Actor } from '@/lib/auth/session';
import { isDomainError, type FieldErrorKey } from '@/lib/errors';
import { getAnyTranslations, type AnyTranslate } from '@/lib/i18n/translate';

function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/** A field's message; a problem inside the rule's JSON says where ("individual.of.0.years: …"). */
function translateField(t: AnyTranslate, field: string, key: FieldErrorKey): string {
  const [messageKey, params] = typeof key === 'string' ? [key, {}] : [key.messageKey, key.params ?? {}];
  const text = t.has(messageKey) ? t(messageKey, params) : t('validation.invalid');
  return field === 'definition' && typeof params.path === 'string' && params.path !== '—' ? `${params.path}: ${text}` : text;
}

/**
 * formAction for the commendation catalogue pages ('admin:manage'), whose field errors carry
 * parameters; the catalogue pages are revalidated after a change.
 */
export function commendationAdminAction<S extends z.ZodType>(schema: S, run: (input: z.output<S>, context: { actor: Actor; t: AnyTranslate }) => Promise<{ message?: string } | void>) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const t = await getAnyTranslations();
    if (!(formData instanceof FormData)) return notAForm(t);
    const values = echo(formData);
    try {
      const actor = await requireActor();
      requirePermission(actor, 'admin:manage');
      const object = formDataToObject(formData);
      const unstorable = unstorableTextErrors(object, t);
      if (unstorable) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: unstorable, values };
      const parsed = schema.safeParse(object);
      if (!parsed.success) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: fieldErrorsOf(parsed.error, t), values };
      const result = await run(parsed.data, { actor, t });
      revalidatePath('/admin/commendation', 'layout');
      return { ok: true, message: result?.message ?? t('registry.admin.saved') };
    } catch (error) {
      if (isDomainError(error) && Object.keys(error.fieldErrors).length > 0) {
        const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => translateField(t, field, k))]));
        return { ok: false, code: error.code, message: t(`errors.${error.messageKey}`), fieldErrors, values };
      }
      return errorState(error, t, values);
    }
  };
}
