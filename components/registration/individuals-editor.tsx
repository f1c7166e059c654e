'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';
import type { FormIndividual, FormOption, FormPerson } from './types';

const fieldClass = 'block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm disabled:bg-slate-100';

/** The staff the unit registers: persons of the unit, each once, with a position and the title aimed for. */
export function IndividualsEditor({
  individuals,
  persons,
  titles,
  errors,
  editable,
  onChange,
}: {
  individuals: FormIndividual[];
  persons: FormPerson[];
  titles: FormOption[];
  errors: Record<string, string[]>;
  editable: boolean;
  onChange: (individuals: FormIndividual[]) => void;
}) {
  const t = useTranslations('registration.form');
  const [choice, setChoice] = useState('');
  const available = persons.filter((p) => !individuals.some((i) => i.personId === p.id));
  const update = (personId: number, part: Partial<FormIndividual>) => onChange(individuals.map((i) => (i.personId === personId ? { ...i, ...part } : i)));

  function add() {
    const person = available.find((p) => String(p.id) === choice);
    if (!person) return;
    onChange([...individuals, { personId: person.id, fullName: person.fullName, position: person.position ?? '', titleCode: titles[0]?.value ?? '' }]);
    setChoice('');
  }

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="individuals-heading">
      <h2 id="individuals-heading">{t('individualsHeading')}</h2>
      <p className="mb-2 text-xs text-slate-600">{t('individualsHint')}</p>
      {individuals.length === 0 ? (
        <p className="py-2 text-sm text-slate-500">{t('noIndividuals')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {individuals.map((row) => {
            const rowErrors = errors[`i.${row.personId}`] ?? [];
            return (
              <li key={row.personId} className="grid gap-2 py-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end" data-person={row.fullName}>
                <div className="text-sm font-medium">{row.fullName}</div>
                <div>
                  <label htmlFor={`i-${row.personId}-position`} className="block text-xs text-slate-600">
                    {t('position')}
                    <span className="sr-only">: {row.fullName}</span>
                  </label>
                  <input id={`i-${row.personId}-position`} value={row.position} maxLength={200} disabled={!editable} onChange={(e) => update(row.personId, { position: e.target.value })} className={fieldClass} />
                </div>
                <div>
                  <label htmlFor={`i-${row.personId}-title`} className="block text-xs text-slate-600">
                    {t('individualTitle')}
                    <span className="sr-only">: {row.fullName}</span>
                  </label>
                  <select
                    id={`i-${row.personId}-title`}
                    value={row.titleCode}
                    disabled={!editable}
                    aria-invalid={rowErrors.length > 0 || undefined}
                    onChange={(e) => update(row.personId, { titleCode: e.target.value })}
                    className={fieldClass}
                  >
                    {titles.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </div>
                {editable && (
                  <button type="button" className={buttonClass('ghost')} aria-label={t('removeFor', { name: row.fullName })} onClick={() => onChange(individuals.filter((i) => i.personId !== row.personId))}>
                    {t('remove')}
                  </button>
                )}
                {rowErrors.map((e) => (
                  <p key={e} className="text-sm text-red-700 sm:col-span-4">
                    {e}
                  </p>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      {editable &&
        (available.length === 0 ? (
          <p className="mt-2 text-xs text-slate-500">{t('noMorePersons')}</p>
        ) : (
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="add-person" className="block text-xs text-slate-600">
                {t('addPerson')}
              </label>
              <select id="add-person" value={choice} onChange={(e) => setChoice(e.target.value)} className={fieldClass}>
                <option value="">{t('choosePerson')}</option>
                {available.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.position ? `${p.fullName} — ${p.position}` : p.fullName}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={buttonClass('secondary')} onClick={add} disabled={choice === ''}>
              {t('addPersonButton')}
            </button>
          </div>
        ))}
    </section>
  );
}
