'use client';

import { recordDecisionAction } from '@/lib/decisions/actions';
import { ActionForm, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { FormReason } from '@/components/council/form-reason';

type Labels = {
  number: string;
  numberHint: string;
  date: string;
  dayHint: string;
  signer: string;
  signerTitle: string;
  signerTitles: Array<{ value: string; label: string }>;
  title: string;
  titleHint: string;
  issuer: string;
  proposalRef: string;
  proposalRefHint: string;
  candidates: string;
  submit: string;
};

/** The decision: number, date, signer, subject, and the proposals it commends (ticked). */
export function DecisionForm({
  candidates,
  labels,
  defaults,
}: {
  candidates: Array<{ id: number; label: string; detail: string }>;
  labels: Labels;
  defaults: { issuer: string; date: string };
}) {
  return (
    <ActionForm action={recordDecisionAction}>
      {(state) => {
        const ticked = new Set((state.values?.['proposalIds[]'] ?? '').split(',').filter(Boolean));
        const listErrors = state.fieldErrors?.['proposalIds[]'];
        return (
          <>
            <FormReason state={state} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="number" label={labels.number} hint={labels.numberHint} state={state} required maxLength={50} />
              <TextField name="date" label={labels.date} hint={labels.dayHint} state={state} required defaultValue={defaults.date} inputMode="numeric" />
              <TextField name="signer" label={labels.signer} state={state} required maxLength={120} />
              <SelectField name="signerTitle" label={labels.signerTitle} state={state} options={labels.signerTitles} required />
            </div>
            <TextField name="title" label={labels.title} hint={labels.titleHint} state={state} required maxLength={300} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="issuer" label={labels.issuer} state={state} defaultValue={defaults.issuer} maxLength={200} />
              <TextField name="proposalRef" label={labels.proposalRef} hint={labels.proposalRefHint} state={state} maxLength={300} />
            </div>
            <fieldset aria-invalid={listErrors ? true : undefined}>
              <legend className="mb-1 text-sm font-medium text-slate-800">{labels.candidates}</legend>
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
                {candidates.map((c) => (
                  <li key={c.id}>
                    <label className="flex min-h-10 items-start gap-3 px-3 py-2 text-sm">
                      <input
                        key={`${c.id}-${ticked.has(String(c.id))}`}
                        type="checkbox"
                        name="proposalIds[]"
                        value={c.id}
                        defaultChecked={ticked.has(String(c.id))}
                        className="mt-0.5 h-5 w-5 shrink-0"
                      />
                      <span>
                        <span className="font-medium">{c.label}</span>
                        <span className="block text-xs text-slate-600">{c.detail}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              {listErrors?.map((e) => (
                <p key={e} className="mt-1 text-sm text-red-700">
                  {e}
                </p>
              ))}
            </fieldset>
            <SubmitButton>{labels.submit}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
