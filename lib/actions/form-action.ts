import 'server-only';
import { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import { getAnyTranslations, type AnyTranslate } from '@/lib/i18n/translate';
import { isDomainError } from '@/lib/errors';
import { requireActor, type Actor } from '@/lib/auth/session';
import { isAllowed, type Permission } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

/** What every form action returns: fields survive React's form reset, errors sit next to their field. */
export type ActionState = {
  ok: boolean;
  /** the DomainError code of a refusal (STALE, FORBIDDEN, ...), for callers that react to it */
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  data?: unknown;
};

export const initialActionState: ActionState = { ok: false };

type Translate = AnyTranslate;

/** The form's text values, to give back to the form (files and passwords are never echoed). */
function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !/password/i.test(key) && !key.startsWith('$ACTION')) {
      values[key] = key in values ? `${values[key]},${value}` : value;
    }
  }
  return values;
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key);
    object[key] = key.endsWith('[]') ? all : all[all.length - 1];
  }
  return object;
}

function translateKey(t: Translate, key: string, params: Record<string, string | number> = {}): string {
  return t.has(key) ? t(key, params) : key;
}

/** zod issues to messages next to their fields, in the reader's language. */
export function fieldErrorsOf(error: z.ZodError, t: Translate): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.min = Number(issue.minimum);
    if ('maximum' in issue) params.max = Number(issue.maximum);
    // A message is a catalogue key under `validation`, or a full key ("auth.passwordsDiffer").
    const key = t.has(`validation.${issue.message}`) ? `validation.${issue.message}` : issue.message;
    const fallback = issue.code === 'invalid_type' ? 'validation.required' : 'validation.invalid';
    (fields[field] ??= []).push(translateKey(t, t.has(key) ? key : fallback, params));
  }
  return fields;
}

export async function errorState(error: unknown, t: Translate, values?: Record<string, string>): Promise<ActionState> {
  unstable_rethrow(error);
  if (isDomainError(error)) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, keys]) => [
        field,
        keys.map((k) => (typeof k === 'string' ? translateKey(t, k.includes('.') ? k : `errors.${k}`) : translateKey(t, k.messageKey, k.params))),
      ]),
    );
    return {
      ok: false,
      code: error.code,
      message: translateKey(t, error.messageKey.includes('.') ? error.messageKey : `errors.${error.messageKey}`, error.params),
      fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
      values,
    };
  }
  console.error('action failed', error);
  return { ok: false, message: t('errors.unexpected'), values };
}

/**
 * A form action called with something other than a form: no page of ours sends that, a hand-made
 * request can. Refused as invalid rather than failing on it (a 500).
 */
export function notAForm(t: Translate): ActionState {
  return { ok: false, message: t('errors.VALIDATION'), fieldErrors: { _form: [t('validation.invalid')] } };
}

/** A NUL, or half of a surrogate pair (which only plain-data arguments can carry: a form's text is always whole). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The fields whose text PostgreSQL cannot store (a NUL in text, a lone surrogate in the audit's
 * JSON): refused as invalid before anything reads them (else the write fails: a 500). Keys are
 * paths ("rows.0.note").
 */
export function unstorableTextErrors(input: unknown, t: Translate): Record<string, string[]> | undefined {
  const fields = new Set<string>();
  const visit = (value: unknown, path: string, depth: number) => {
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) fields.add(path || '_form');
    } else if (value !== null && typeof value === 'object' && !(value instanceof Blob) && depth < 8) {
      for (const [key, v] of Object.entries(value)) visit(v, UNSTORABLE.test(key) ? '_form' : path ? `${path}.${key}` : key, depth + 1);
    }
  };
  visit(input, '', 0);
  return fields.size ? Object.fromEntries([...fields].map((f) => [f, [t('validation.invalid')]])) : undefined;
}

type ActionContext = { actor: Actor; t: Translate };

/**
 * A Server Action for a form: (1) reads the session, (2) checks the named permission, (3) parses the
 * form with the zod schema shared with the client, (4) runs, and returns { ok, fieldErrors, message, values }.
 * Unit-level checks (own unit only) happen in `run`, once the record is looked up.
 */
export function formAction<S extends z.ZodType>(options: {
  /** null: any signed-in user (for their own account) */
  permission: Permission | null;
  schema: S;
  run: (input: z.output<S>, context: ActionContext) => Promise<{ message?: string; data?: unknown } | void>;
}) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const t = await getAnyTranslations();
    if (!(formData instanceof FormData)) return notAForm(t);
    const values = echo(formData);
    try {
      const actor = await requireActor();
      if (options.permission !== null && !isAllowed(actor, options.permission)) throw new DomainError('FORBIDDEN');
      const object = formDataToObject(formData);
      const unstorable = unstorableTextErrors(object, t);
      if (unstorable) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: unstorable, values };
      const parsed = options.schema.safeParse(object);
      if (!parsed.success) {
        return { ok: false, message: t('errors.VALIDATION'), fieldErrors: fieldErrorsOf(parsed.error, t), values };
      }
      const result = await options.run(parsed.data, { actor, t });
      return { ok: true, message: result?.message, data: result?.data };
    } catch (error) {
      return errorState(error, t, values);
    }
  };
}

/**
 * A Server Action called with plain data instead of a form (autosave, buttons with arguments):
 * the same session, permission, schema and error handling as formAction.
 */
export function dataAction<S extends z.ZodType, R>(options: {
  permission: Permission | null;
  schema: S;
  run: (input: z.output<S>, context: ActionContext) => Promise<R>;
}) {
  return async function action(input: z.input<S>): Promise<ActionState & { result?: R }> {
    const t = await getAnyTranslations();
    try {
      const actor = await requireActor();
      if (options.permission !== null && !isAllowed(actor, options.permission)) throw new DomainError('FORBIDDEN');
      const unstorable = unstorableTextErrors(input, t);
      if (unstorable) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: unstorable };
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) return { ok: false, message: t('errors.VALIDATION'), fieldErrors: fieldErrorsOf(parsed.error, t) };
      return { ok: true, result: await options.run(parsed.data, { actor, t }) };
    } catch (error) {
      return errorState(error, t);
    }
  };
}

/** Catalogue keys with parameters (as domain rules return them) turned into texts, by field. */
export function translateFieldErrors(t: AnyTranslate, errors: Record<string, Array<string | { messageKey: string; params?: Record<string, string | number> }>>) {
  return Object.fromEntries(
    Object.entries(errors).map(([field, list]) => [field, list.map((e) => (typeof e === 'string' ? translateKey(t, e) : translateKey(t, e.messageKey, e.params)))]),
  );
}
