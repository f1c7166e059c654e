'use client';

import { startTransition, useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { registryImportAction } from '@/lib/registry/actions';
import { Alert, TableWrap } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';

type Preview = { errors: Array<{ row: number | null; message: string }>; lines: Array<{ row: number; person: string | null; year: number; code: string; note: string | null }> };

/**
 * The import of past years: download the unit's template, upload it to see every problem by row
 * (nothing is written), then confirm to write it all at once.
 */
export function ImportPanel({ unitId, unitName, codeNames }: { unitId: number; unitName: string; codeNames: Record<string, string> }) {
  const t = useTranslations('registry.import');
  const [state, action, pending] = useActionState(registryImportAction, { ok: false });
  // Kept here: a form action would reset the file input after the preview.
  const [file, setFile] = useState<File | null>(null);

  function send(intent: 'preview' | 'import') {
    const data = new FormData();
    data.set('unitId', String(unitId));
    data.set('intent', intent);
    if (file) data.set('file', file);
    startTransition(() => action(data));
  }
  const data = state.ok ? (state.data as Preview | { imported: number } | undefined) : undefined;
  const imported = data && 'imported' in data;
  const preview = data && !imported ? data : undefined;
  const failed = !state.ok || (preview && preview.errors.length > 0);

  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <a href={`/registry/import/template?unit=${unitId}`} className={buttonClass('secondary')} download>
        {t('download')}
      </a>
      {state.message && <Alert tone={failed ? 'error' : 'success'}>{state.message}</Alert>}
      <div>
        <label htmlFor="registry-file" className="block text-sm font-medium">
          {t('fileLabel')}
        </label>
        <input
          id="registry-file"
          type="file"
          accept=".xlsx"
          className="mt-1 block w-full text-sm"
          aria-invalid={state.fieldErrors?.file ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {state.fieldErrors?.file?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass('secondary')} disabled={pending} onClick={() => send('preview')}>
          {pending ? t('previewing') : t('preview')}
        </button>
        {preview && preview.errors.length === 0 && preview.lines.length > 0 && (
          <button type="button" className={buttonClass('primary')} disabled={pending} onClick={() => send('import')}>
            {t('confirm')}
          </button>
        )}
      </div>
      {preview && (
        <div>
          <h2>{t('previewTitle')}</h2>
          {preview.errors.length === 0 ? (
            <Alert tone="success">{t('previewOk', { count: preview.lines.length })}</Alert>
          ) : (
            <>
              <Alert tone="error">{t('previewErrors', { count: preview.errors.length })}</Alert>
              <ul className="mt-2 space-y-1 text-sm text-red-800">
                {preview.errors.map((e, i) => (
                  <li key={i}>{e.row === null ? `${t('fileError')}: ${e.message}` : e.message}</li>
                ))}
              </ul>
            </>
          )}
          {preview.lines.length > 0 && (
            <TableWrap label={t('previewTitle')}>
              <table className="mt-3 min-w-full text-sm">
                <thead>
                  <tr className="border-b text-left text-slate-600">
                    <th scope="col" className="px-2 py-1">{t('columns.row')}</th>
                    <th scope="col" className="px-2 py-1">{t('columns.person')}</th>
                    <th scope="col" className="px-2 py-1">{t('columns.year')}</th>
                    <th scope="col" className="px-2 py-1">{t('columns.code')}</th>
                    <th scope="col" className="px-2 py-1">{t('columns.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.lines.map((l) => (
                    <tr key={l.row} className="border-b last:border-0">
                      <td className="px-2 py-1 tabular-nums">{l.row}</td>
                      <td className="px-2 py-1">{l.person ?? unitName}</td>
                      <td className="px-2 py-1 tabular-nums">{l.year}</td>
                      <td className="px-2 py-1">{codeNames[l.code] ?? l.code}</td>
                      <td className="px-2 py-1">{l.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </div>
      )}
    </section>
  );
}
