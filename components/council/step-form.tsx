'use client';

import type { ActionState } from '@/lib/actions/form-action';
import { ActionForm, SubmitButton } from '@/components/ui/form';
import { FormReason } from './form-reason';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One button that takes one step (open, close, remove …), with its hidden arguments. */
export function StepForm({
  action,
  fields,
  label,
  pending,
  hint,
  variant = 'primary',
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  pending?: string;
  hint?: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  return (
    <ActionForm action={action} className="space-y-2">
      {(state) => (
        <>
          <FormReason state={state} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {hint && <p className="text-sm text-slate-600">{hint}</p>}
          <SubmitButton variant={variant} pending={pending}>
            {label}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
