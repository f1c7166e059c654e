'use client';

import { createSessionAction } from '@/lib/council/actions';
import { ActionForm, SubmitButton, TextField } from '@/components/ui/form';
import { FormReason } from './form-reason';

export function SessionCreateForm({ labels }: { labels: { title: string; titleHint: string; meetingDate: string; dayHint: string; submit: string } }) {
  return (
    <ActionForm action={createSessionAction}>
      {(state) => (
        <>
          <FormReason state={state} />
          <TextField name="title" label={labels.title} hint={labels.titleHint} state={state} required maxLength={300} />
          <TextField name="meetingDate" label={labels.meetingDate} hint={labels.dayHint} state={state} required inputMode="numeric" placeholder="dd/mm/yyyy" />
          <SubmitButton>{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
