'use client';

import { requestExportAction } from '@/lib/exports/actions';
import { ActionForm, SelectField, SubmitButton, TextField } from '@/components/ui/form';

type Option = { value: string; label: string };

export type RequestFormLabels = {
  kind: string;
  period: string;
  periodHint: string;
  choosePeriod: string;
  format: string;
  signer: string;
  signerHint: string;
  signerTitle: string;
  submit: string;
  pending: string;
};

/** The request: which report, which period, which file, who signs. The page returns as soon as it is queued. */
export function RequestExportForm({ labels, kinds, periods, formats, signerTitles, signer }: { labels: RequestFormLabels; kinds: Option[]; periods: Option[]; formats: Option[]; signerTitles: Option[]; signer: string }) {
  return (
    <ActionForm action={requestExportAction}>
      {(state) => (
        <>
          <SelectField name="kind" label={labels.kind} state={state} options={kinds} defaultValue={kinds[0]?.value} required />
          <SelectField name="periodId" label={labels.period} hint={labels.periodHint} state={state} options={periods} placeholder={labels.choosePeriod} defaultValue={periods[0]?.value} />
          <SelectField name="format" label={labels.format} state={state} options={formats} defaultValue="docx" required />
          <TextField name="signer" label={labels.signer} hint={labels.signerHint} state={state} defaultValue={signer} required maxLength={120} />
          <SelectField name="signerTitle" label={labels.signerTitle} state={state} options={signerTitles} defaultValue={signerTitles[0]?.value} required />
          <SubmitButton pending={labels.pending}>{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
