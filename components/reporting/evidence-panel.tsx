'use client';

import { useActionState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { addEvidenceAction, removeEvidenceAction } from '@/lib/reporting/actions';
import { Alert } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/form';
import type { FormElement, FormEvidence } from './types';

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function EvidencePanel({
  reportId,
  periodId,
  evidence,
  elements,
  editable,
  maxMb,
}: {
  reportId: number | null;
  periodId: number;
  evidence: FormEvidence[];
  elements: FormElement[];
  editable: boolean;
  maxMb: number;
}) {
  const t = useTranslations('reportForm');
  const [state, upload] = useActionState(addEvidenceAction, { ok: false });
  const [removing, startRemove] = useTransition();
  const nameOf = (code: string | null) => (code ? (elements.find((e) => e.code === code)?.name ?? code) : t('wholeReport'));

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2>{t('evidenceHeading')}</h2>
      <p className="mb-2 text-xs text-slate-600">{t('evidenceHint', { mb: maxMb })}</p>
      {evidence.length === 0 ? (
        <p className="text-sm text-slate-500">{t('noEvidence')}</p>
      ) : (
        <ul className="mb-3 divide-y divide-slate-100 text-sm">
          {evidence.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <a href={`/api/files/${e.fileId}`}>{e.name}</a> <span className="text-slate-500">· {size(e.size)} · {nameOf(e.elementCode)}</span>
              </span>
              {editable && (
                <button
                  type="button"
                  disabled={removing}
                  className="text-sm text-red-700 underline"
                  onClick={() =>
                    startRemove(async () => {
                      // the action revalidates the page: the list comes back with its answer
                      await removeEvidenceAction({ evidenceId: e.id, periodId });
                    })
                  }
                >
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (reportId ? (
          <form action={upload} className="space-y-3">
            {state.message && <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="periodId" value={periodId} />
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="evidence-element" className="block text-sm font-medium">
                  {t('evidenceFor')}
                </label>
                <select id="evidence-element" name="elementCode" className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm">
                  <option value="">{t('wholeReport')}</option>
                  {elements.map((e) => (
                    <option key={e.code} value={e.code}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="evidence-file" className="block text-sm font-medium">
                  {t('evidenceFile')}
                </label>
                <input id="evidence-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx" className="mt-1 block w-full text-sm" aria-invalid={state.fieldErrors?.file ? true : undefined} />
                {state.fieldErrors?.file?.map((e) => (
                  <p key={e} className="mt-1 text-sm text-red-700">
                    {e}
                  </p>
                ))}
              </div>
            </div>
            <SubmitButton variant="secondary" pending={t('attaching')}>
              {t('attach')}
            </SubmitButton>
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t('evidenceNeedsDraft')}</p>
        ))}
    </section>
  );
}
