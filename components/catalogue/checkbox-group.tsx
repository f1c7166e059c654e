'use client';

import { useId } from 'react';
import type { ActionState } from '@/lib/actions/form-action';

/** A set of checkboxes posted as `name` once per ticked box (name ends with "[]"). */
export function CheckboxGroup({
  name,
  legend,
  options,
  state,
  defaultValues,
  hint,
}: {
  name: string;
  legend: React.ReactNode;
  options: Array<{ value: string; label: string }>;
  state: ActionState;
  defaultValues: readonly string[];
  hint?: React.ReactNode;
}) {
  const id = useId();
  const errors = state.fieldErrors?.[name];
  const selected = state.values ? (state.values[name]?.split(',') ?? []) : defaultValues;
  return (
    <fieldset aria-describedby={errors ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="mb-1 block text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              key={`${o.value}-${String(selected.includes(o.value))}`}
              aria-invalid={errors ? true : undefined}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
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
    </fieldset>
  );
}
