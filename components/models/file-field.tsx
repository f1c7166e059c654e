'use client';

import { useId } from 'react';
import type { ActionState } from '@/lib/actions/form-action';

/** A picture chooser with its label, hint and errors (a file is never echoed back into the form). */
export function FileField({ name, label, hint, state, accept }: { name: string; label: string; hint?: string; state: ActionState; accept: string }) {
  const id = useId();
  const errors = state.fieldErrors?.[name];
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className="block w-full text-sm"
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}
