'use client';

import type { ActionState } from '@/lib/actions/form-action';

/** The specific reason of a refusal (the form's own error), under the form's message. */
export function FormReason({ state }: { state: ActionState }) {
  const reasons = state.fieldErrors?._form;
  if (!reasons?.length) return null;
  return (
    <ul className="space-y-1 text-sm font-medium text-red-800">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
