'use client';

import { castBallotAction } from '@/lib/council/actions';
import { ActionForm, SubmitButton } from '@/components/ui/form';
import { FormReason } from './form-reason';

const CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;

/**
 * The member's ballot: one radio group per proposal, sent once. What is chosen goes to the server
 * action and into the counters only; the page keeps nothing after sending.
 */
export function BallotForm({
  sessionId,
  items,
  labels,
}: {
  sessionId: number;
  items: Array<{ itemId: number; label: string }>;
  labels: { choices: Record<(typeof CHOICES)[number], string>; submit: string; sending: string; hint: string };
}) {
  return (
    <ActionForm action={castBallotAction}>
      {(state) =>
        state.ok ? null : (
          <>
            <FormReason state={state} />
            <input type="hidden" name="sessionId" value={sessionId} />
            <p className="text-sm text-slate-600">{labels.hint}</p>
            {items.map((item, index) => {
              const name = `choice.${item.itemId}`;
              const errors = state.fieldErrors?.[name];
              return (
                <fieldset key={item.itemId} className="rounded-md border border-slate-200 p-3" aria-invalid={errors ? true : undefined}>
                  <legend className="px-1 text-sm font-medium">
                    {index + 1}. {item.label}
                  </legend>
                  <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
                    {CHOICES.map((choice) => (
                      <label key={choice} className="inline-flex min-h-10 items-center gap-2 text-sm">
                        <input
                          key={`${choice}-${state.values?.[name] ?? ''}`}
                          type="radio"
                          name={name}
                          value={choice}
                          defaultChecked={state.values?.[name] === choice}
                          className="h-5 w-5"
                        />
                        {labels.choices[choice]}
                      </label>
                    ))}
                  </div>
                  {errors?.map((e) => (
                    <p key={e} className="mt-1 text-sm text-red-700">
                      {e}
                    </p>
                  ))}
                </fieldset>
              );
            })}
            <SubmitButton pending={labels.sending}>{labels.submit}</SubmitButton>
          </>
        )
      }
    </ActionForm>
  );
}
