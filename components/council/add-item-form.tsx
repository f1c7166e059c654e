'use client';

import { addItemAction } from '@/lib/council/actions';
import { ActionForm, SelectField, SubmitButton } from '@/components/ui/form';
import { FormReason } from './form-reason';

export function AddItemForm({ sessionId, options, labels }: { sessionId: number; options: Array<{ value: string; label: string }>; labels: { candidate: string; submit: string; choose: string } }) {
  return (
    <ActionForm action={addItemAction}>
      {(state) => (
        <>
          <FormReason state={state} />
          <input type="hidden" name="sessionId" value={sessionId} />
          <SelectField name="proposalId" label={labels.candidate} state={state} options={options} placeholder={labels.choose} required />
          <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
