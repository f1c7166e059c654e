'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { changePct } from '@/lib/reporting/outliers';
import { formatValue, type ValueType } from '@/lib/reporting/values';
import type { FormElement } from './types';

/** One data element: its input, the value it is compared with, its note, and what is wrong with it. */
export function ElementField({
  element,
  raw,
  note,
  parsed,
  errors,
  comments,
  thresholdPct,
  editable,
  periodLabel,
  onChange,
  onNoteChange,
}: {
  element: FormElement;
  raw: string;
  note: string;
  parsed: number | null;
  errors: string[];
  comments: string[];
  thresholdPct: number;
  editable: boolean;
  periodLabel: (p: { type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; year: number; number: number }) => string;
  onChange: (raw: string) => void;
  onNoteChange: (note: string) => void;
}) {
  const t = useTranslations('reportForm');
  const [showNote, setShowNote] = useState(note !== '');
  const id = `v-${element.code}`;
  const threshold = element.outlierThresholdPct === null ? thresholdPct : Number(element.outlierThresholdPct);
  const change = element.previous && parsed !== null && element.valueType !== 'YES_NO' ? changePct(element.previous.value, parsed) : null;
  const outlier = element.previous && parsed !== null && element.valueType !== 'YES_NO' && (change === null || Math.abs(change) > threshold);
  const describedBy = [errors.length ? `${id}-error` : '', `${id}-previous`].filter(Boolean).join(' ');
  const inputClass = `block w-full rounded-md border px-3 py-2 text-base sm:max-w-xs ${errors.length ? 'border-red-500' : 'border-slate-300'} disabled:bg-slate-100`;

  return (
    <div className="border-b border-slate-100 py-3" id={`field-${element.code}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {element.name} <span className="font-normal text-slate-500">({element.unitLabel})</span>
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {element.valueType === 'YES_NO' ? (
          <select id={id} value={raw} disabled={!editable} onChange={(e) => onChange(e.target.value)} aria-invalid={errors.length > 0 || undefined} aria-describedby={describedBy} className={inputClass}>
            <option value="">{t('choose')}</option>
            <option value="1">{formatValue(1, 'YES_NO')}</option>
            <option value="0">{formatValue(0, 'YES_NO')}</option>
          </select>
        ) : (
          <input
            id={id}
            value={raw}
            disabled={!editable}
            inputMode={element.valueType === 'INTEGER' || element.valueType === 'RANK' ? 'numeric' : 'decimal'}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
        <span id={`${id}-previous`} className="text-xs text-slate-500">
          {element.previous
            ? t('previous', { period: periodLabel(element.previous.period), value: formatValue(element.previous.value, element.valueType as ValueType) })
            : t('noPrevious')}
        </span>
      </div>
      {outlier && errors.length === 0 && (
        <p className="mt-1 text-sm text-amber-800">{t('outlierHint', { change: change === null ? '∞' : Math.round(change * 10) / 10, threshold })}</p>
      )}
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
      {showNote || outlier ? (
        <div className="mt-2">
          <label htmlFor={`${id}-note`} className="block text-xs text-slate-600">
            {t('noteLabel')}
          </label>
          <input id={`${id}-note`} value={note} disabled={!editable} onChange={(e) => onNoteChange(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm" maxLength={2000} />
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
