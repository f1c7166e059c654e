'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormIndicatorRow, FormTarget } from './types';

const inputClass = (invalid: boolean) =>
  `block w-full rounded-md border px-3 py-2 text-base sm:text-sm ${invalid ? 'border-red-500' : 'border-slate-300'} disabled:bg-slate-100`;

/** One indicator: the province target beside the unit's own (a value, a range, or yes/no), its note, errors and the reviewer's comments. */
export function TargetField({
  indicator,
  target,
  errors,
  comments,
  editable,
  onChange,
}: {
  indicator: FormIndicatorRow;
  target: FormTarget;
  errors: string[];
  comments: string[];
  editable: boolean;
  onChange: (target: FormTarget) => void;
}) {
  const t = useTranslations('registration.form');
  const [showNote, setShowNote] = useState(target.note !== '');
  const id = `t-${indicator.code}`;
  const invalid = errors.length > 0;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-province`].filter(Boolean).join(' ');
  const set = (part: keyof FormTarget) => (value: string) => onChange({ ...target, [part]: value });
  const common = { disabled: !editable, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };

  return (
    <div className="border-b border-slate-100 py-3" id={`field-${indicator.code}`}>
      <div className="text-xs text-slate-500">{indicator.contestArea}</div>
      <div className="text-sm font-medium text-slate-900">
        {indicator.name} <span className="font-normal text-slate-500">({indicator.unitLabel})</span>
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div id={`${id}-province`} className="text-sm">
          <div className="text-xs text-slate-500">{t('provinceTarget')}</div>
          <div className="font-medium">{indicator.provinceTarget}</div>
        </div>
        <div>
          {indicator.kind === 'YES_NO' && (
            <>
              <label htmlFor={id} className="block text-xs text-slate-600">
                {t('unitTarget')}
                <span className="sr-only">: {indicator.name}</span>
              </label>
              <select id={id} value={target.value} onChange={(e) => set('value')(e.target.value)} className={inputClass(invalid)} {...common}>
                <option value="">{t('choose')}</option>
                <option value="1">{t('yes')}</option>
                <option value="0">{t('no')}</option>
              </select>
            </>
          )}
          {indicator.kind === 'VALUE' && (
            <>
              <label htmlFor={id} className="block text-xs text-slate-600">
                {t('unitTarget')}
                <span className="sr-only">: {indicator.name}</span>
              </label>
              <input id={id} value={target.value} inputMode="decimal" autoComplete="off" maxLength={60} onChange={(e) => set('value')(e.target.value)} className={inputClass(invalid)} {...common} />
            </>
          )}
          {indicator.kind === 'RANGE' && (
            <fieldset>
              <legend className="block text-xs text-slate-600">
                {t('unitTarget')}
                <span className="sr-only">: {indicator.name}</span>
              </legend>
              <div className="flex items-center gap-2">
                <input id={`${id}-min`} aria-label={t('targetMinFor', { name: indicator.name })} placeholder={t('targetMin')} value={target.min} inputMode="decimal" autoComplete="off" maxLength={60} onChange={(e) => set('min')(e.target.value)} className={inputClass(invalid)} {...common} />
                <span aria-hidden>–</span>
                <input id={`${id}-max`} aria-label={t('targetMaxFor', { name: indicator.name })} placeholder={t('targetMax')} value={target.max} inputMode="decimal" autoComplete="off" maxLength={60} onChange={(e) => set('max')(e.target.value)} className={inputClass(invalid)} {...common} />
              </div>
            </fieldset>
          )}
        </div>
      </div>
      {errors.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
      {comments.map((c) => (
        <p key={c} className="mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">{t('reviewerComment')}:</span> {c}
        </p>
      ))}
      {showNote ? (
        <div className="mt-2">
          <label htmlFor={`${id}-note`} className="block text-xs text-slate-600">
            {t('noteLabel')}
            <span className="sr-only">: {indicator.name}</span>
          </label>
          <input id={`${id}-note`} value={target.note} disabled={!editable} maxLength={1000} onChange={(e) => set('note')(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </div>
      ) : (
        editable && (
          <button type="button" className="mt-1 text-xs text-blue-800 underline" onClick={() => setShowNote(true)}>
            {t('addNote')}
          </button>
        )
      )}
    </div>
  );
}
