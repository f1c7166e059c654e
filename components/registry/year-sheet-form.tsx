'use client';

import { useMemo, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { saveYearSheetAction } from '@/lib/registry/actions';
import type { SheetRowInput } from '@/lib/registry/rules';
import { Alert, Badge, TableWrap } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';

export type SheetOption = { code: string; name: string };
export type SheetFormLine = { code: string; kind: string; label: string; note: string | null; decision: string | null; editable: boolean };
export type SheetFormRow = { personId: number | null; name: string; position: string | null; active: boolean; lines: SheetFormLine[] };
export type SheetColumns = Record<'personAwards' | 'unitAwards' | 'ratings' | 'initiatives' | 'disciplines', SheetOption[]>;

type RowState = Omit<SheetRowInput, 'personId'>;
const keyOf = (r: { personId: number | null }) => String(r.personId ?? 'unit');
const inputClass = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base sm:text-sm disabled:bg-slate-100';

/** What the unit has recorded itself (the lines it may change), as the form's state. */
function initialState(row: SheetFormRow): RowState {
  const own = row.lines.filter((l) => l.editable);
  return {
    awards: own.filter((l) => l.kind === 'TITLE' || l.kind === 'FORM').map((l) => l.code),
    rating: own.find((l) => l.kind === 'RATING')?.code ?? null,
    discipline: own.find((l) => l.kind === 'DISCIPLINE')?.code ?? null,
    initiatives: own.filter((l) => l.kind === 'INITIATIVE').map((l) => ({ code: l.code, description: l.note ?? '' })),
  };
}

function Errors({ messages }: { messages?: string[] }) {
  return messages?.map((m) => (
    <p key={m} className="mt-1 text-xs text-red-700">
      {m}
    </p>
  ));
}

/**
 * The unit's review results for a year: the unit as a collective, then one row per person. Lines a
 * decision wrote are shown locked; everything else is the unit's to tick, choose and describe.
 */
export function YearSheetForm({ unitId, year, fingerprint: loaded, editable, columns, rows }: { unitId: number; year: number; fingerprint: string; editable: boolean; columns: SheetColumns; rows: SheetFormRow[] }) {
  const t = useTranslations('registry.sheet');
  const initial = useMemo(() => Object.fromEntries(rows.map((r) => [keyOf(r), initialState(r)])), [rows]);
  const [state, setState] = useState<Record<string, RowState>>(initial);
  const [saved, setSaved] = useState(initial);
  const [fingerprint, setFingerprint] = useState(loaded);
  const [result, setResult] = useState<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = JSON.stringify(state) !== JSON.stringify(saved);

  const update = (key: string, change: (r: RowState) => RowState) => setState((s) => ({ ...s, [key]: change(s[key]) }));
  const errorsOf = (key: string, field: string) => result?.fieldErrors?.[`row.${key}.${field}`];

  function save() {
    const payload = rows.map((r) => ({ personId: r.personId, ...state[keyOf(r)] }));
    startTransition(async () => {
      const answer = await saveYearSheetAction({ unitId, year, fingerprint, rows: payload });
      setResult({ ok: answer.ok, message: answer.ok ? answer.result?.message : answer.message, fieldErrors: answer.fieldErrors });
      if (answer.ok && answer.result) {
        setFingerprint(answer.result.fingerprint);
        setSaved(state);
      }
    });
  }

  const locked = (row: SheetFormRow, kinds: string[]) => row.lines.filter((l) => !l.editable && kinds.includes(l.kind));

  function awardBoxes(row: SheetFormRow, options: SheetOption[], layout: 'cells' | 'inline') {
    const key = keyOf(row);
    return options.map((o) => {
      const lockedLine = row.lines.find((l) => !l.editable && l.code === o.code);
      const checked = Boolean(lockedLine) || state[key].awards.includes(o.code);
      const box = (
        <label key={o.code} className="inline-flex min-h-10 items-center gap-2" title={lockedLine?.decision ?? undefined}>
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={checked}
            disabled={!editable || Boolean(lockedLine)}
            aria-label={t('checkLabel', { award: o.name, name: row.name })}
            onChange={(e) => update(key, (r) => ({ ...r, awards: e.target.checked ? [...r.awards, o.code] : r.awards.filter((c) => c !== o.code) }))}
          />
          {layout === 'inline' && <span className="text-sm">{o.name}</span>}
          {lockedLine && <span className="text-xs text-slate-500">{t('fromDecision')}</span>}
        </label>
      );
      return layout === 'cells' ? (
        <td key={o.code} className="px-2 py-2 text-center">
          {box}
        </td>
      ) : (
        box
      );
    });
  }

  function choice(row: SheetFormRow, field: 'rating' | 'discipline', options: SheetOption[], empty: string) {
    const key = keyOf(row);
    const lockedLine = locked(row, [field === 'rating' ? 'RATING' : 'DISCIPLINE'])[0];
    return (
      <>
        <select
          className={inputClass}
          value={lockedLine ? lockedLine.code : (state[key][field] ?? '')}
          disabled={!editable || Boolean(lockedLine)}
          aria-label={t('selectLabel', { field: t(field), name: row.name })}
          aria-invalid={errorsOf(key, field) ? true : undefined}
          onChange={(e) => update(key, (r) => ({ ...r, [field]: e.target.value || null }))}
        >
          <option value="">{empty}</option>
          {(lockedLine && !options.some((o) => o.code === lockedLine.code) ? [...options, { code: lockedLine.code, name: lockedLine.label }] : options).map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
        {lockedLine && <p className="mt-1 text-xs text-slate-500">{lockedLine.decision ?? t('fromDecision')}</p>}
        <Errors messages={errorsOf(key, field)} />
      </>
    );
  }

  function initiatives(row: SheetFormRow) {
    const key = keyOf(row);
    const list = state[key].initiatives;
    const setAt = (i: number, change: Partial<{ code: string; description: string }>) => update(key, (r) => ({ ...r, initiatives: r.initiatives.map((x, j) => (j === i ? { ...x, ...change } : x)) }));
    return (
      <div className="min-w-64 space-y-2">
        {locked(row, ['INITIATIVE']).map((l, i) => (
          <p key={`locked-${i}`} className="text-xs text-slate-600">
            {l.label}: {l.note} ({l.decision ?? t('fromDecision')})
          </p>
        ))}
        {list.map((item, i) => (
          <div key={i} className="space-y-1 rounded border border-slate-200 p-2">
            <select className={inputClass} value={item.code} disabled={!editable} aria-label={`${t('initiativeLevel')}: ${row.name}`} onChange={(e) => setAt(i, { code: e.target.value })}>
              {columns.initiatives.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
            <textarea
              className={inputClass}
              rows={2}
              value={item.description}
              disabled={!editable}
              aria-label={`${t('initiativeDescription')}: ${row.name}`}
              onChange={(e) => setAt(i, { description: e.target.value })}
            />
            {editable && (
              <button type="button" className="text-xs text-red-700 underline" onClick={() => update(key, (r) => ({ ...r, initiatives: r.initiatives.filter((_, j) => j !== i) }))}>
                {t('removeInitiative')}
              </button>
            )}
          </div>
        ))}
        {editable && columns.initiatives.length > 0 && (
          <button
            type="button"
            className="text-sm font-medium text-blue-800 underline"
            onClick={() => update(key, (r) => ({ ...r, initiatives: [...r.initiatives, { code: columns.initiatives[0].code, description: '' }] }))}
          >
            {t('addInitiative')}
          </button>
        )}
        <Errors messages={errorsOf(key, 'initiatives')} />
      </div>
    );
  }

  const unitRow = rows.find((r) => r.personId === null)!;
  const persons = rows.filter((r) => r.personId !== null);
  // Lines the sheet has no cell for (a decision's Bằng khen, a code no longer in use): listed under the name.
  const shown = (awards: SheetOption[]) => new Set(awards.map((o) => o.code));
  const others = (row: SheetFormRow, awards: SheetOption[]) => row.lines.filter((l) => !l.editable && !shown(awards).has(l.code) && !['RATING', 'DISCIPLINE', 'INITIATIVE'].includes(l.kind));
  const otherLines = (row: SheetFormRow, awards: SheetOption[]) =>
    others(row, awards).map((l) => (
      <span key={l.code} className="block text-xs font-normal text-slate-500">
        {l.label} ({l.decision ?? t('fromDecision')})
      </span>
    ));

  return (
    <div className="space-y-4">
      {result?.message && <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>}
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sheet-unit">
        <h2 id="sheet-unit">
          {t('unitRow')}: {unitRow.name}
        </h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <p className="mb-1 text-sm font-medium">{t('awards')}</p>
            <div className="flex flex-wrap gap-x-4">{awardBoxes(unitRow, columns.unitAwards, 'inline')}</div>
            {otherLines(unitRow, columns.unitAwards)}
            <Errors messages={errorsOf('unit', 'awards')} />
          </div>
          <div>
            <p className="mb-1 text-sm font-medium">{t('rating')}</p>
            {choice(unitRow, 'rating', columns.ratings, t('noRating'))}
          </div>
        </div>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sheet-persons">
        <h2 id="sheet-persons">{t('persons')}</h2>
        {persons.length === 0 ? (
          <p className="py-4 text-sm text-slate-500">{t('noPersons')}</p>
        ) : (
          <TableWrap label={t('persons')}>
            <table className="min-w-full text-sm">
              <thead>
                <tr className="border-b text-left align-bottom text-slate-600">
                  <th scope="col" className="min-w-44 px-2 py-2">
                    {t('person')}
                  </th>
                  {columns.personAwards.map((o) => (
                    <th key={o.code} scope="col" className="w-24 px-2 py-2 text-center">
                      {o.name}
                    </th>
                  ))}
                  <th scope="col" className="min-w-44 px-2 py-2">
                    {t('rating')}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {t('initiatives')}
                  </th>
                  <th scope="col" className="min-w-36 px-2 py-2">
                    {t('discipline')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {persons.map((row) => (
                  <tr key={keyOf(row)} className="border-b align-top last:border-0">
                    <th scope="row" className="min-w-44 px-2 py-2 text-left font-medium">
                      {row.name}
                      {!row.active && <Badge tone="warn">{t('inactive')}</Badge>}
                      {row.position && <span className="block text-xs font-normal text-slate-500">{row.position}</span>}
                      {otherLines(row, columns.personAwards)}
                      <Errors messages={errorsOf(keyOf(row), 'awards')} />
                    </th>
                    {awardBoxes(row, columns.personAwards, 'cells')}
                    <td className="px-2 py-2">{choice(row, 'rating', columns.ratings, t('noRating'))}</td>
                    <td className="px-2 py-2">{initiatives(row)}</td>
                    <td className="px-2 py-2">{choice(row, 'discipline', columns.disciplines, t('noDiscipline'))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {editable && (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
          <button type="button" className={buttonClass('primary')} disabled={pending} onClick={save}>
            {pending ? t('saving') : t('save')}
          </button>
          {dirty && <span className="text-sm text-amber-800">{t('unsaved')}</span>}
        </div>
      )}
    </div>
  );
}
