'use client';

import { useActionState, useId } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionState } from '@/lib/actions/form-action';
import { Alert } from './card';
import { buttonClass } from './button';

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form bound to a Server Action: shows the action's message on top and each field's errors next
 * to it, and keeps what was typed when the action refuses it.
 */
export function ActionForm({
  action,
  children,
  className = '',
  successMessage,
}: {
  action: FormAction;
  children: (state: ActionState) => React.ReactNode;
  className?: string;
  successMessage?: string;
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  const message = state.message ?? (state.ok ? successMessage : undefined);
  return (
    <form action={formAction} className={`space-y-4 ${className}`} noValidate>
      {message && <Alert tone={state.ok ? 'success' : 'error'}>{message}</Alert>}
      {children(state)}
    </form>
  );
}

export function SubmitButton({ children, pending, variant = 'primary', name, value }: { children: React.ReactNode; pending?: React.ReactNode; variant?: 'primary' | 'secondary' | 'danger'; name?: string; value?: string }) {
  const status = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={status.pending} aria-disabled={status.pending} className={buttonClass(variant)}>
      {status.pending && pending ? pending : children}
    </button>
  );
}

type FieldProps = {
  name: string;
  label: React.ReactNode;
  state: ActionState;
  hint?: React.ReactNode;
  required?: boolean;
};

function useFieldIds(name: string) {
  const id = useId();
  return { inputId: `${id}-${name}`, errorId: `${id}-${name}-error`, hintId: `${id}-${name}-hint` };
}

function FieldShell({ label, inputId, errorId, hintId, errors, hint, children }: { label: React.ReactNode; inputId: string; errorId: string; hintId: string; errors?: string[]; hint?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={errorId} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

const inputClass = (invalid: boolean) =>
  `block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm ${invalid ? 'border-red-500' : 'border-slate-300'} focus:border-blue-600`;

export function TextField({ name, label, state, hint, required, defaultValue, type = 'text', ...rest }: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const ids = useFieldIds(name);
  const errors = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue;
  return (
    <FieldShell label={label} {...ids} errors={errors} hint={hint}>
      <input
        id={ids.inputId}
        name={name}
        type={type}
        defaultValue={value as string | undefined}
        key={`${name}-${String(value ?? '')}`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[errors ? ids.errorId : '', hint ? ids.hintId : ''].join(' ').trim() || undefined}
        aria-required={required || undefined}
        className={inputClass(Boolean(errors))}
        {...rest}
      />
    </FieldShell>
  );
}

export function TextArea({ name, label, state, hint, required, defaultValue, ...rest }: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const ids = useFieldIds(name);
  const errors = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue;
  return (
    <FieldShell label={label} {...ids} errors={errors} hint={hint}>
      <textarea
        id={ids.inputId}
        name={name}
        defaultValue={value as string | undefined}
        key={`${name}-${String(value ?? '')}`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? ids.errorId : hint ? ids.hintId : undefined}
        aria-required={required || undefined}
        className={inputClass(Boolean(errors))}
        rows={4}
        {...rest}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue,
  options,
  placeholder,
}: FieldProps & { defaultValue?: string; options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const ids = useFieldIds(name);
  const errors = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue ?? '';
  return (
    <FieldShell label={label} {...ids} errors={errors} hint={hint}>
      <select
        id={ids.inputId}
        name={name}
        defaultValue={value}
        key={`${name}-${value}`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? ids.errorId : hint ? ids.hintId : undefined}
        aria-required={required || undefined}
        className={inputClass(Boolean(errors))}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, state, defaultChecked }: Omit<FieldProps, 'hint' | 'required'> & { defaultChecked?: boolean }) {
  const id = useId();
  const checked = state.values ? state.values[name] === 'on' : defaultChecked;
  const errors = state.fieldErrors?.[name];
  return (
    <div>
      <label htmlFor={id} className="inline-flex min-h-10 items-center gap-2 text-sm">
        <input id={id} type="checkbox" name={name} defaultChecked={checked} key={`${name}-${String(checked)}`} className="h-5 w-5" />
        {label}
      </label>
      {errors?.map((e) => (
        <p key={e} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}
