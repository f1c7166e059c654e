'use client';

import { startTransition, useActionState, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { excelUploadAction } from '@/lib/reporting/actions';
import { Alert } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';

type Preview = {
  usable: boolean;
  rows: Array<{ row: number; code: string; raw: string | null; error: string | null }>;
  errors: Array<{ row: number | null; code: string | null; message: string }>;
};

/**
 * The Excel round trip: download the pre-filled template, fill it offline, upload it to see every
 * error by row before anything is saved, then confirm to save it into the draft.
 */
export function ExcelPanel({ unitId, periodId }: { unitId: number; periodId: number }) {
  const t = useTranslations('reportForm');
  const [state, action, pending] = useActionState(excelUploadAction, { ok: false });
  // The chosen file is kept here: a form action would reset the file input after the preview.
  const [file, setFile] = useState<File | null>(null);

  function send(intent: 'preview' | 'import') {
    const data = new FormData();
    data.set('unitId', String(unitId));
    data.set('periodId', String(periodId));
    data.set('intent', intent);
    if (file) data.set('file', file);
    startTransition(() => action(data));
  }
  const preview = state.ok ? (state.data as Preview | { imported: true } | undefined) : undefined;
  const imported = preview && 'imported' in preview;
  const errors = preview && !imported ? preview.errors : [];

  useEffect(() => {
    if (imported) {
      // The draft on the server is now newer than the form's: start the form again from it.
      try {
        localStorage.removeItem(`thidua:report:${unitId}:${periodId}`);
      } catch {
        /* nothing stored */
      }
      const timer = setTimeout(() => window.location.reload(), 1200);
      return () => clearTimeout(timer);
    }
  }, [imported, unitId, periodId]);

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2>{t('excelHeading')}</h2>
      <p className="mb-3 text-xs text-slate-600">{t('excelHint')}</p>
      <a href={`/api/reports/template?unit=${unitId}&period=${periodId}`} className="text-sm font-medium" download>
        {t('downloadTemplate')}
      </a>
      <div className="mt-3 space-y-3">
        {state.message && <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
        <div>
          <label htmlFor="excel-file" className="block text-sm font-medium">
            {t('uploadExcel')}
          </label>
          <input id="excel-file" type="file" accept=".xlsx" className="mt-1 block w-full text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
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
          {preview && !imported && preview.usable && (
            <button type="button" className={buttonClass('primary')} disabled={pending} onClick={() => send('import')}>
              {t('confirmImport')}
            </button>
          )}
        </div>
      </div>
      {preview && !imported && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t('previewTitle')}</h3>
          {errors.length === 0 ? (
            <Alert tone="success">{t('previewOk', { count: preview.rows.filter((r) => r.raw !== null).length })}</Alert>
          ) : (
            <Alert tone="error">{t('previewErrors', { count: errors.length })}</Alert>
          )}
          {errors.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm text-red-800">
              {errors.map((e, i) => (
                <li key={i}>
                  {e.row ? `${t('row')} ${e.row}: ` : `${t('fileError')}: `}
                  {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
