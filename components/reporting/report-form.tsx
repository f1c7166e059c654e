'use client';

import { useCallback, useMemo, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { parseValue } from '@/lib/reporting/values';
import { saveDraftAction, submitReportAction } from '@/lib/reporting/actions';
import { Alert } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { useAutosave, type DraftContent } from './use-autosave';
import { ElementField } from './element-field';
import { IndicatorPanel } from './indicator-panel';
import type { FormComment, FormElement, FormIndicator } from './types';

type Props = {
  unitId: number;
  periodId: number;
  report: { id: number; version: number; note: string | null; narrative: string | null } | null;
  elements: FormElement[];
  indicators: FormIndicator[];
  comments: FormComment[];
  editable: boolean;
  canSubmit: boolean;
  thresholdPct: number;
  periodLabels: Record<string, string>;
  children?: React.ReactNode;
};

const periodKey = (p: { type: string; year: number; number: number }) => `${p.type}-${p.year}-${p.number}`;

export function ReportForm(props: Props) {
  const t = useTranslations('reportForm');
  const locale = useLocale() === 'en' ? 'en' : 'vi';
  const router = useRouter();
  const [reportId, setReportId] = useState(props.report?.id ?? null);
  const [submitErrors, setSubmitErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [submitting, startSubmit] = useTransition();

  const initial: DraftContent = useMemo(
    () => ({
      values: Object.fromEntries(props.elements.map((e) => [e.code, e.raw])),
      notes: Object.fromEntries(props.elements.map((e) => [e.code, e.note])),
      note: props.report?.note ?? '',
      narrative: props.report?.narrative ?? '',
    }),
    [props.elements, props.report],
  );

  const save = useCallback(
    async (content: DraftContent, version: number) => {
      const result = await saveDraftAction({
        unitId: props.unitId,
        periodId: props.periodId,
        version,
        values: Object.fromEntries(Object.entries(content.values).map(([k, v]) => [k, v.trim() === '' ? null : v])),
        notes: Object.fromEntries(Object.entries(content.notes).map(([k, v]) => [k, v.trim() === '' ? null : v])),
        note: content.note.trim() === '' ? null : content.note,
        narrative: content.narrative.trim() === '' ? null : content.narrative,
      });
      if (result.ok && result.result) {
        const created = reportId === null;
        setReportId(result.result.reportId);
        // The first save creates the report: the page's server parts (evidence, Excel) can now use it.
        if (created) router.refresh();
        return { ok: true as const, ...result.result };
      }
      return { ok: false as const, conflict: result.code === 'STALE', network: false, message: result.message, fieldErrors: result.fieldErrors };
    },
    [props.unitId, props.periodId, reportId, router],
  );

  const draft = useAutosave({
    storageKey: `thidua:report:${props.unitId}:${props.periodId}`,
    initial,
    initialVersion: props.report?.version ?? 0,
    enabled: props.editable,
    save,
  });

  const parsed = useMemo(() => {
    const out: Record<string, number | null> = {};
    for (const e of props.elements) out[e.code] = parseValue(draft.content.values[e.code] ?? '', e.valueType, locale).value;
    return out;
  }, [draft.content.values, props.elements, locale]);

  const commentsFor = (code: string | null) => props.comments.filter((c) => c.elementCode === code).map((c) => c.text);
  const errorsFor = (code: string) => submitErrors[`v.${code}`] ?? draft.hints[`v.${code}`] ?? [];
  const errorCount = Object.values(submitErrors).reduce((n, list) => n + list.length, 0);

  function submit() {
    setNotice(null);
    startSubmit(async () => {
      const saved = await draft.flush();
      if (!saved && draft.state !== 'idle' && draft.state !== 'saved') return;
      if (!reportId) return;
      const result = await submitReportAction({ reportId, version: draft.version.current });
      if (result.ok) {
        setSubmitErrors({});
        // The action revalidated the page: its answer already carries the locked form (no second request).
        setNotice({ tone: 'success', text: (result.result as { message: string }).message });
      } else {
        setSubmitErrors(result.fieldErrors ?? {});
        setNotice({ tone: 'error', text: result.fieldErrors ? t('submitErrors', { count: Object.values(result.fieldErrors).flat().length }) : (result.message ?? '') });
        const first = Object.keys(result.fieldErrors ?? {})[0];
        if (first) document.getElementById(`field-${first.slice(2)}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      }
    });
  }

  const saveLine =
    draft.state === 'saved' && draft.savedAt ? t('saveState.saved', { time: draft.savedAt }) : draft.state === 'error' ? t('saveState.error', { message: draft.message ?? '' }) : t(`saveState.${draft.state}`);
  const change = (code: string) => (raw: string) => draft.update((c) => ({ ...c, values: { ...c.values, [code]: raw } }));
  const changeNote = (code: string) => (note: string) => draft.update((c) => ({ ...c, notes: { ...c.notes, [code]: note } }));

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {draft.restored && <Alert tone="info">{t('restored')}</Alert>}
        {draft.stale && (
          <Alert tone="warning">
            {t('saveState.conflict')}{' '}
            <button type="button" className="underline" onClick={draft.applyStale}>
              {t('saveNow')}
            </button>{' '}
            ·{' '}
            <button type="button" className="underline" onClick={draft.discardLocal}>
              {t('discardLocal')}
            </button>
          </Alert>
        )}
        {props.editable && (
          <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm backdrop-blur" role="status" aria-live="polite">
            <span className={draft.state === 'offline' || draft.state === 'conflict' || draft.state === 'error' ? 'text-amber-800' : 'text-slate-600'}>{saveLine}</span>
            <span className="flex gap-2">
              {draft.state === 'conflict' ? (
                <button type="button" className={buttonClass('secondary')} onClick={() => window.location.reload()}>
                  {t('reload')}
                </button>
              ) : (
                <button type="button" className={buttonClass('secondary')} onClick={() => void draft.flush()} disabled={draft.state === 'saving'}>
                  {t('saveNow')}
                </button>
              )}
            </span>
          </div>
        )}
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2>{t('elementsHeading')}</h2>
          <p className="mb-2 text-xs text-slate-600">{t('elementsHint')}</p>
          {props.elements.map((element) => (
            <ElementField
              key={element.code}
              element={element}
              raw={draft.content.values[element.code] ?? ''}
              note={draft.content.notes[element.code] ?? ''}
              parsed={parsed[element.code]}
              errors={errorsFor(element.code)}
              comments={commentsFor(element.code)}
              thresholdPct={props.thresholdPct}
              editable={props.editable}
              periodLabel={(p) => props.periodLabels[periodKey(p)] ?? `${p.year}`}
              onChange={change(element.code)}
              onNoteChange={changeNote(element.code)}
            />
          ))}
        </section>
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          {commentsFor(null).length > 0 && (
            <div>
              <h3 className="text-sm font-semibold">{t('generalComments')}</h3>
              {commentsFor(null).map((c) => (
                <p key={c} className="mt-1 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm">
                  {c}
                </p>
              ))}
            </div>
          )}
          <div>
            <label htmlFor="report-note" className="block text-sm font-medium">
              {t('reportNote')}
            </label>
            <textarea id="report-note" value={draft.content.note} disabled={!props.editable} maxLength={2000} rows={2} onChange={(e) => draft.update((c) => ({ ...c, note: e.target.value }))} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
            {(submitErrors.note ?? draft.hints.note ?? []).map((e) => (
              <p key={e} className="mt-1 text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
          <div>
            <label htmlFor="report-narrative" className="block text-sm font-medium">
              {t('narrative')}
            </label>
            <textarea id="report-narrative" value={draft.content.narrative} disabled={!props.editable} maxLength={20000} rows={6} onChange={(e) => draft.update((c) => ({ ...c, narrative: e.target.value }))} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
          </div>
        </section>
        {props.children}
        {props.editable && (
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            {errorCount > 0 && <p className="mb-2 text-sm text-red-700">{t('submitErrors', { count: errorCount })}</p>}
            {props.canSubmit ? (
              <>
                <p className="mb-3 text-sm text-slate-600">{t('submitHint')}</p>
                <button type="button" onClick={submit} disabled={submitting || !reportId} className={buttonClass('primary')}>
                  {submitting ? t('submitting') : t('submit')}
                </button>
              </>
            ) : (
              <p className="text-sm text-slate-600">{t('officerHint')}</p>
            )}
          </section>
        )}
      </div>
      <div className="space-y-4">
        <IndicatorPanel indicators={props.indicators} values={parsed} />
      </div>
    </div>
  );
}
