'use client';

import { useEffect, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { saveRegistrationAction, submitRegistrationAction } from '@/lib/registration/actions';
import { Alert } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { TargetField } from './target-field';
import { IndividualsEditor } from './individuals-editor';
import type { FormComment, FormIndicatorRow, FormIndividual, FormOption, FormPerson, FormTarget } from './types';

type Props = {
  unitId: number;
  year: number;
  registration: { id: number; version: number; collectiveTitleCode: string | null; note: string | null } | null;
  indicators: FormIndicatorRow[];
  persons: FormPerson[];
  individuals: FormIndividual[];
  collectiveTitles: FormOption[];
  individualTitles: FormOption[];
  comments: FormComment[];
  editable: boolean;
  canSubmit: boolean;
};

type Content = { targets: Record<string, FormTarget>; collectiveTitleCode: string; note: string; individuals: FormIndividual[] };
type Notice = { tone: 'success' | 'error' | 'warning'; text: string; reload?: boolean };

const blank = (s: string) => (s.trim() === '' ? null : s);

/**
 * The unit's registration for a year: targets beside the province's, the collective title, the
 * staff registered. Saved as a draft by an explicit button; the head sends it to Home Affairs.
 */
export function RegistrationForm(props: Props) {
  const t = useTranslations('registration.form');
  const locale = useLocale() === 'en' ? 'en' : 'vi';
  const router = useRouter();
  const [content, setContent] = useState<Content>(() => ({
    targets: Object.fromEntries(props.indicators.map((i) => [i.code, i.target])),
    collectiveTitleCode: props.registration?.collectiveTitleCode ?? '',
    note: props.registration?.note ?? '',
    individuals: props.individuals,
  }));
  const [registrationId, setRegistrationId] = useState(props.registration?.id ?? null);
  const [version, setVersion] = useState(props.registration?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();

  // Typed changes are not saved automatically: warn before they are lost with the page.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (update: (c: Content) => Content) => {
    setContent(update);
    setDirty(true);
  };

  function refusal(result: { code?: string; message?: string; fieldErrors?: Record<string, string[]> }, on: 'save' | 'submit'): Notice {
    if (result.code === 'STALE') return { tone: 'warning', text: t('stale'), reload: true };
    if (result.code === 'PERIOD_CLOSED') return { tone: 'error', text: t('closedError') };
    if (result.code === 'PERIOD_NOT_OPEN') return { tone: 'error', text: t('notOpenError') };
    if (result.fieldErrors) return { tone: 'error', text: t(on === 'save' ? 'saveErrors' : 'submitErrors', { count: Object.values(result.fieldErrors).flat().length }) };
    return { tone: 'error', text: result.message ?? '' };
  }

  function scrollToFirst(fieldErrors: Record<string, string[]> | undefined) {
    const first = Object.keys(fieldErrors ?? {})[0];
    if (!first) return;
    const target = first.startsWith('t.') ? `field-${first.slice(2)}` : first.startsWith('i.') ? 'individuals-heading' : 'collective-title';
    document.getElementById(target)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  async function save(): Promise<{ id: number; version: number } | null> {
    const result = await saveRegistrationAction({
      unitId: props.unitId,
      year: props.year,
      version,
      locale,
      collectiveTitleCode: blank(content.collectiveTitleCode),
      note: blank(content.note),
      targets: Object.fromEntries(
        Object.entries(content.targets).map(([code, target]) => [code, { value: blank(target.value), min: blank(target.min), max: blank(target.max), note: blank(target.note) }]),
      ),
      individuals: content.individuals.map((i) => ({ personId: i.personId, position: blank(i.position), titleCode: i.titleCode })),
    });
    if (result.ok && result.result) {
      setRegistrationId(result.result.registrationId);
      setVersion(result.result.version);
      setSavedAt(result.result.savedAt);
      setDirty(false);
      setErrors({});
      return { id: result.result.registrationId, version: result.result.version };
    }
    setErrors(result.fieldErrors ?? {});
    setNotice(refusal(result, 'save'));
    scrollToFirst(result.fieldErrors);
    return null;
  }

  function onSave() {
    setNotice(null);
    startTransition(async () => {
      await save();
    });
  }

  function onSubmit() {
    setNotice(null);
    startTransition(async () => {
      const current = dirty || !registrationId ? await save() : { id: registrationId, version };
      if (!current) return;
      const result = await submitRegistrationAction({ registrationId: current.id, version: current.version });
      if (result.ok) {
        setErrors({});
        setNotice({ tone: 'success', text: (result.result as { message: string }).message });
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setNotice(refusal(result, 'submit'));
      scrollToFirst(result.fieldErrors);
    });
  }

  const commentsFor = (code: string | null) => props.comments.filter((c) => c.indicatorCode === code).map((c) => c.text);
  const errorCount = Object.values(errors).reduce((n, list) => n + list.length, 0);
  const selectClass = (invalid: boolean) => `mt-1 block w-full rounded-md border px-3 py-2 text-base sm:text-sm ${invalid ? 'border-red-500' : 'border-slate-300'} disabled:bg-slate-100`;

  return (
    <div className="space-y-4">
      {notice && (
        <Alert tone={notice.tone}>
          {notice.text}{' '}
          {notice.reload && (
            <button type="button" className="underline" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          )}
        </Alert>
      )}
      {props.editable && (
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm backdrop-blur" role="status" aria-live="polite">
          <span className={dirty ? 'text-amber-800' : 'text-slate-600'}>{pending ? t('saving') : dirty ? t('unsaved') : savedAt ? t('saved', { time: savedAt }) : ''}</span>
          <button type="button" className={buttonClass('secondary')} onClick={onSave} disabled={pending}>
            {t('save')}
          </button>
        </div>
      )}
      {commentsFor(null).length > 0 && (
        <section className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 className="text-sm font-semibold">{t('generalComments')}</h2>
          {commentsFor(null).map((c) => (
            <p key={c} className="mt-1 text-sm">
              {c}
            </p>
          ))}
        </section>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('targetsHeading')}</h2>
        <p className="mb-2 text-xs text-slate-600">{t('targetsHint')}</p>
        {props.indicators.length === 0 && <p className="py-2 text-sm text-slate-500">{t('noIndicators')}</p>}
        {props.indicators.map((indicator) => (
          <TargetField
            key={indicator.code}
            indicator={indicator}
            target={content.targets[indicator.code]}
            errors={errors[`t.${indicator.code}`] ?? []}
            comments={commentsFor(indicator.code)}
            editable={props.editable}
            onChange={(target) => change((c) => ({ ...c, targets: { ...c.targets, [indicator.code]: target } }))}
          />
        ))}
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('collectiveHeading')}</h2>
        <div>
          <label htmlFor="collective-title" className="block text-sm font-medium">
            {t('collectiveTitle')}
          </label>
          <select
            id="collective-title"
            value={content.collectiveTitleCode}
            disabled={!props.editable}
            aria-invalid={errors.collectiveTitle ? true : undefined}
            onChange={(e) => change((c) => ({ ...c, collectiveTitleCode: e.target.value }))}
            className={selectClass(Boolean(errors.collectiveTitle))}
          >
            <option value="">{t('choose')}</option>
            {props.collectiveTitles.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {(errors.collectiveTitle ?? []).map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
        <div>
          <label htmlFor="registration-note" className="block text-sm font-medium">
            {t('note')}
          </label>
          <textarea id="registration-note" value={content.note} disabled={!props.editable} maxLength={2000} rows={2} onChange={(e) => change((c) => ({ ...c, note: e.target.value }))} className={selectClass(Boolean(errors.note))} />
          {(errors.note ?? []).map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </section>
      <IndividualsEditor
        individuals={content.individuals}
        persons={props.persons}
        titles={props.individualTitles}
        errors={errors}
        editable={props.editable}
        onChange={(individuals) => change((c) => ({ ...c, individuals }))}
      />
      {props.editable && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          {errorCount > 0 && <p className="mb-2 text-sm text-red-700">{t('errorsLeft', { count: errorCount })}</p>}
          {props.canSubmit ? (
            <>
              <p className="mb-3 text-sm text-slate-600">{t('submitHint')}</p>
              <button type="button" onClick={onSubmit} disabled={pending} className={buttonClass('primary')}>
                {pending ? t('submitting') : t('submit')}
              </button>
            </>
          ) : (
            <p className="text-sm text-slate-600">{t('officerHint')}</p>
          )}
        </section>
      )}
    </div>
  );
}
