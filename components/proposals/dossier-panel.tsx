'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addDocumentAction, removeDocumentAction } from '@/lib/proposals/actions';
import { Alert } from '@/components/ui/card';
import { ActionForm, SelectField, SubmitButton } from '@/components/ui/form';
import { FileField } from './proposal-form';

export type DossierDocument = { id: number; docType: string; fileId: number; name: string; size: number };

const DOC_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER'] as const;

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The dossier (tờ trình, báo cáo thành tích, biên bản họp …): listed for readers, added and removed while the unit holds it. */
export function DossierPanel({ proposalId, version, documents, editable, maxMb }: { proposalId: number; version: number; documents: DossierDocument[]; editable: boolean; maxMb: number }) {
  const t = useTranslations('commendation');
  const router = useRouter();
  const [removing, startRemove] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 className="mb-3">{t('dossier.title')}</h2>
      {error && <Alert tone="error">{error}</Alert>}
      {documents.length === 0 ? (
        <p className="text-sm text-slate-500">{t('dossier.empty')}</p>
      ) : (
        <ul className="mb-3 divide-y divide-slate-100 text-sm">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{t(`docTypes.${d.docType as (typeof DOC_TYPES)[number]}`)}</span>: <a href={`/api/files/${d.fileId}`}>{d.name}</a>{' '}
                <span className="text-slate-500">· {size(d.size)}</span>
              </span>
              {editable && (
                <button
                  type="button"
                  disabled={removing}
                  aria-label={t('dossier.removeLabel', { name: d.name })}
                  className="text-sm text-red-700 underline"
                  onClick={() =>
                    startRemove(async () => {
                      const result = await removeDocumentAction({ proposalId, version, documentId: d.id });
                      setError(result.ok ? null : (result.message ?? null));
                      router.refresh();
                    })
                  }
                >
                  {t('dossier.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <ActionForm action={addDocumentAction} className="border-t border-slate-100 pt-3">
          {(state) => (
            <>
              <input type="hidden" name="proposalId" value={proposalId} />
              <input type="hidden" name="version" value={version} />
              <div className="grid gap-4 sm:grid-cols-2">
                <SelectField name="docType" label={t('fields.docType')} state={state} defaultValue="BAO_CAO_THANH_TICH" options={DOC_TYPES.map((d) => ({ value: d, label: t(`docTypes.${d}`) }))} />
                <FileField id="dossier-file" label={t('fields.file')} hint={t('fields.fileHint', { mb: maxMb })} errors={state.fieldErrors?.file} />
              </div>
              <SubmitButton variant="secondary">{t('dossier.add')}</SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </section>
  );
}
