'use client';

import { useActionState, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveSheetAction } from '@/lib/appraisal/actions';
import type { ActionState } from '@/lib/actions/form-action';
import { Alert } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/form';
import { buttonClass } from '@/components/ui/button';

type Criterion = { code: string; name: string; source: 'ATTAINMENT' | 'SCORED'; maxScore: string; indicatorCodes: string[] };
type Area = { code: string; weight: string; criteria: Criterion[] };
export type SheetFormValue = { areas: Area[]; leaders: { top: string; minSharePct: string } };
export type SheetFormCatalogue = {
  areas: Array<{ code: string; name: string }>;
  indicators: Array<{ code: string; name: string; areaCode: string; appliesToGroup: boolean }>;
};

const inputClass = (invalid: boolean) => `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm ${invalid ? 'border-red-500' : 'border-slate-300'}`;

function Field({ label, errors, children, id }: { label: string; errors?: string[]; children: React.ReactNode; id: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

/**
 * The scoring sheet as a form: a weight per contest area, criteria under each (computed from
 * indicators, or scored by the group), and how leaders are proposed. The server validates again
 * (lib/appraisal/sheet.ts) and its errors come back next to each field.
 */
export function SheetForm({ groupId, year, version, initial, catalogue }: { groupId: number; year: number; version: number; initial: SheetFormValue; catalogue: SheetFormCatalogue }) {
  const t = useTranslations('appraisal');
  const uid = useId();
  const [value, setValue] = useState<SheetFormValue>(initial);
  const [state, action] = useActionState<ActionState, FormData>(saveSheetAction, { ok: false });
  const savedVersion = (state.data as { version?: number } | undefined)?.version;
  const currentVersion = Math.max(version, savedVersion ?? 0);
  const err = (path: string) => state.fieldErrors?.[`definition.${path}`];
  const areaName = (code: string) => catalogue.areas.find((a) => a.code === code)?.name ?? code;

  const setArea = (a: number, change: Partial<Area>) => setValue((v) => ({ ...v, areas: v.areas.map((area, i) => (i === a ? { ...area, ...change } : area)) }));
  const setCriterion = (a: number, c: number, change: Partial<Criterion>) =>
    setArea(a, { criteria: value.areas[a].criteria.map((x, i) => (i === c ? { ...x, ...change } : x)) });
  const addCriterion = (a: number) => {
    const taken = new Set(value.areas.flatMap((x) => x.criteria.map((c) => c.code)));
    let n = value.areas[a].criteria.length + 1;
    while (taken.has(`LV${a + 1}-${n}`)) n++;
    setArea(a, { criteria: [...value.areas[a].criteria, { code: `LV${a + 1}-${n}`, name: '', source: 'SCORED', maxScore: '10', indicatorCodes: [] }] });
  };
  const removeCriterion = (a: number, c: number) => setArea(a, { criteria: value.areas[a].criteria.filter((_, i) => i !== c) });

  return (
    <form action={action} className="space-y-5" noValidate>
      {state.message && <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {err('areas')?.map((e) => (
        <Alert key={e} tone="error">
          {e}
        </Alert>
      ))}
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="definition" value={JSON.stringify(value)} />

      <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">{t('leadersLegend')}</legend>
        <Field id={`${uid}-top`} label={t('leaderPlaces')} errors={err('leaders.top')}>
          <input
            id={`${uid}-top`}
            inputMode="numeric"
            value={value.leaders.top}
            onChange={(e) => setValue((v) => ({ ...v, leaders: { ...v.leaders, top: e.target.value } }))}
            aria-invalid={err('leaders.top') ? true : undefined}
            className={inputClass(Boolean(err('leaders.top')))}
          />
        </Field>
        <Field id={`${uid}-min`} label={t('leaderMinShare')} errors={err('leaders.minSharePct')}>
          <input
            id={`${uid}-min`}
            inputMode="decimal"
            value={value.leaders.minSharePct}
            onChange={(e) => setValue((v) => ({ ...v, leaders: { ...v.leaders, minSharePct: e.target.value } }))}
            aria-invalid={err('leaders.minSharePct') ? true : undefined}
            className={inputClass(Boolean(err('leaders.minSharePct')))}
          />
        </Field>
      </fieldset>

      {value.areas.map((area, a) => (
        <fieldset key={area.code} className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{areaName(area.code)}</legend>
          <Field id={`${uid}-w${a}`} label={t('weightOf', { area: areaName(area.code) })} errors={err(`areas.${a}.weight`)}>
            <input
              id={`${uid}-w${a}`}
              inputMode="decimal"
              value={area.weight}
              onChange={(e) => setArea(a, { weight: e.target.value })}
              aria-invalid={err(`areas.${a}.weight`) ? true : undefined}
              className={`${inputClass(Boolean(err(`areas.${a}.weight`)))} sm:max-w-32`}
            />
          </Field>
          {area.criteria.map((c, i) => {
            const p = `areas.${a}.criteria.${i}`;
            const id = `${uid}-${a}-${i}`;
            const own = catalogue.indicators.filter((x) => x.areaCode === area.code || c.indicatorCodes.includes(x.code));
            return (
              <div key={i} className="space-y-2 rounded-md bg-slate-50 p-3" role="group" aria-label={t('criterionGroup', { n: i + 1, area: areaName(area.code) })}>
                <div className="grid gap-2 sm:grid-cols-4">
                  <Field id={`${id}-code`} label={t('criterionCode')} errors={err(`${p}.code`)}>
                    <input id={`${id}-code`} value={c.code} onChange={(e) => setCriterion(a, i, { code: e.target.value })} aria-invalid={err(`${p}.code`) ? true : undefined} className={inputClass(Boolean(err(`${p}.code`)))} />
                  </Field>
                  <div className="sm:col-span-3">
                    <Field id={`${id}-name`} label={t('criterionName')} errors={err(`${p}.name`)}>
                      <input id={`${id}-name`} value={c.name} onChange={(e) => setCriterion(a, i, { name: e.target.value })} aria-invalid={err(`${p}.name`) ? true : undefined} className={inputClass(Boolean(err(`${p}.name`)))} />
                    </Field>
                  </div>
                  <Field id={`${id}-source`} label={t('criterionSource')} errors={err(`${p}.source`)}>
                    <select id={`${id}-source`} value={c.source} onChange={(e) => setCriterion(a, i, { source: e.target.value as Criterion['source'] })} className={inputClass(false)}>
                      <option value="SCORED">{t('source.SCORED')}</option>
                      <option value="ATTAINMENT">{t('source.ATTAINMENT')}</option>
                    </select>
                  </Field>
                  <Field id={`${id}-max`} label={t('criterionMax')} errors={err(`${p}.maxScore`)}>
                    <input id={`${id}-max`} inputMode="decimal" value={c.maxScore} onChange={(e) => setCriterion(a, i, { maxScore: e.target.value })} aria-invalid={err(`${p}.maxScore`) ? true : undefined} className={inputClass(Boolean(err(`${p}.maxScore`)))} />
                  </Field>
                  <div className="flex items-end">
                    <button type="button" className={buttonClass('ghost')} onClick={() => removeCriterion(a, i)}>
                      {t('removeCriterion')}
                    </button>
                  </div>
                </div>
                {c.source === 'ATTAINMENT' && (
                  <fieldset>
                    <legend className="text-sm font-medium">{t('criterionIndicators')}</legend>
                    {own.length === 0 && <p className="text-sm text-slate-500">{t('noAreaIndicators')}</p>}
                    {own.map((x) => (
                      <label key={x.code} className="flex items-start gap-2 py-1 text-sm">
                        <input
                          type="checkbox"
                          className="mt-0.5 h-5 w-5"
                          checked={c.indicatorCodes.includes(x.code)}
                          onChange={(e) => setCriterion(a, i, { indicatorCodes: e.target.checked ? [...c.indicatorCodes, x.code] : c.indicatorCodes.filter((k) => k !== x.code) })}
                        />
                        <span>
                          {x.name}
                          {!x.appliesToGroup && <span className="text-slate-500"> · {t('notForGroup')}</span>}
                        </span>
                      </label>
                    ))}
                    {err(`${p}.indicatorCodes`)?.map((e) => (
                      <p key={e} className="mt-1 text-sm text-red-700">
                        {e}
                      </p>
                    ))}
                  </fieldset>
                )}
              </div>
            );
          })}
          <button type="button" className={buttonClass('secondary')} onClick={() => addCriterion(a)}>
            {t('addCriterion')}
          </button>
        </fieldset>
      ))}
      <SubmitButton pending={t('saving')}>{t('saveSheet')}</SubmitButton>
    </form>
  );
}
