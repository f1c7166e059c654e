'use client';

import { useTranslations } from 'next-intl';
import { submitProposalAction } from '@/lib/proposals/actions';
import { ActionForm, SubmitButton, TextArea } from '@/components/ui/form';

/** The unit head sends the proposal (again, with an optional note after a request for missing items). */
export function SubmitProposalForm({ proposalId, version, resubmission }: { proposalId: number; version: number; resubmission: boolean }) {
  const t = useTranslations('commendation.submit');
  return (
    <section className="rounded-lg border border-green-200 bg-green-50 p-4">
      <h2 className="mb-2">{t('title')}</h2>
      <ActionForm action={submitProposalAction}>
        {(state) => (
          <>
            <input type="hidden" name="proposalId" value={proposalId} />
            <input type="hidden" name="version" value={version} />
            <p className="text-sm">{t('hint')}</p>
            {resubmission && <TextArea name="response" label={t('response')} state={state} rows={3} />}
            <SubmitButton>{t('button')}</SubmitButton>
          </>
        )}
      </ActionForm>
    </section>
  );
}
