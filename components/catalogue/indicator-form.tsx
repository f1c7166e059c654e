'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { saveIndicatorAction } from '@/lib/catalogue/admin-actions';

const COMPARISONS = [
  'AT_LEAST',
  'GREATER_THAN',
  'LESS_THAN',
  'EQUALS',
  'RANGE',
  'AVERAGE_GROWTH_PER_YEAR',
  'REDUCE_BY_MORE_THAN_PER_YEAR',
  'REDUCE_BY_AT_LEAST_PER_YEAR',
  'REDUCE_BY_AT_LEAST',
  'RANK_WITHIN_TOP',
  'BOOLEAN_DONE',
] as const;

/** What the form shows, decimals already written the Vietnamese way (1.234,5). */
export type IndicatorValues = {
  id: number;
  version: number;
  code: string;
  name: string;
  nameEn: string;
  contestAreaId: number;
  unitLabel: string;
  comparison: string;
  targetValue: string;
  targetMin: string;
  targetMax: string;
  horizon: string;
  horizonYear: string;
  baselineYear: string;
  sourceText: string;
  interpretation: string;
  notes: string;
  formula: string;
  unitReading: string;
  active: boolean;
};

export function IndicatorForm({
  campaignId,
  indicator,
  areas,
  elements,
  defaultBaselineYear,
}: {
  campaignId: number;
  indicator?: IndicatorValues;
  areas: Array<{ id: number; code: string; name: string }>;
  elements: Array<{ code: string; name: string }>;
  defaultBaselineYear: number;
}) {
  const t = useTranslations('catalogue');
  const tc = useTranslations('comparison');
  const areaOptions = areas.map((a) => ({ value: String(a.id), label: a.name }));
  const comparisons = COMPARISONS.map((c) => ({ value: c, label: tc(c) }));
  const horizons = (['ANNUAL', 'BY_YEAR'] as const).map((h) => ({ value: h, label: t(`horizons.${h}`) }));
  const readings = (['FORMULA', 'YES_NO', 'NONE'] as const).map((r) => ({ value: r, label: t(`unitReadings.${r}`) }));
  return (
    <ActionForm action={saveIndicatorAction}>
      {(state) => (
        <>
          <input type="hidden" name="campaignId" value={campaignId} />
          {indicator && (
            <>
              <input type="hidden" name="id" value={indicator.id} />
              <input type="hidden" name="version" value={indicator.version} />
            </>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="code" label={t('fields.code')} hint={t('hints.indicatorCode')} state={state} required defaultValue={indicator?.code} />
            <SelectField name="contestAreaId" label={t('fields.contestArea')} state={state} required options={areaOptions} placeholder={t('choose')} defaultValue={indicator ? String(indicator.contestAreaId) : undefined} />
          </div>
          <TextArea name="name" label={t('fields.name')} state={state} required rows={2} defaultValue={indicator?.name} />
          <TextArea name="nameEn" label={t('fields.nameEn')} state={state} rows={2} defaultValue={indicator?.nameEn} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="unitLabel" label={t('fields.unitLabel')} state={state} required defaultValue={indicator?.unitLabel} />
            <SelectField name="comparison" label={t('fields.comparison')} state={state} required options={comparisons} defaultValue={indicator?.comparison ?? 'AT_LEAST'} />
          </div>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-1 text-sm font-medium text-slate-800">{t('fields.target')}</legend>
            <TextField name="targetValue" label={t('fields.targetValue')} inputMode="decimal" hint={t('hints.decimal')} state={state} defaultValue={indicator?.targetValue} />
            <TextField name="targetMin" label={t('fields.targetMin')} inputMode="decimal" state={state} defaultValue={indicator?.targetMin} />
            <TextField name="targetMax" label={t('fields.targetMax')} inputMode="decimal" state={state} defaultValue={indicator?.targetMax} />
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField name="horizon" label={t('fields.horizon')} state={state} required options={horizons} defaultValue={indicator?.horizon ?? 'BY_YEAR'} />
            <TextField name="horizonYear" label={t('fields.horizonYear')} inputMode="numeric" state={state} defaultValue={indicator?.horizonYear} />
            <TextField name="baselineYear" label={t('fields.baselineYear')} inputMode="numeric" state={state} defaultValue={indicator?.baselineYear ?? String(defaultBaselineYear)} />
          </div>
          <TextArea
            name="formula"
            label={t('fields.formula')}
            hint={`${t('hints.formula')} ${t('hints.formulaChecked')}`}
            state={state}
            required
            rows={3}
            spellCheck={false}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm aria-invalid:border-red-500"
            defaultValue={indicator?.formula}
          />
          <details className="text-sm">
            <summary className="cursor-pointer text-blue-800">{t('fields.elements')} ({elements.length})</summary>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {elements.map((e) => (
                <li key={e.code}>
                  <code className="text-xs">{e.code}</code> <span className="text-slate-600">{e.name}</span>
                </li>
              ))}
            </ul>
          </details>
          <SelectField name="unitReading" label={t('fields.unitReading')} state={state} required options={readings} defaultValue={indicator?.unitReading ?? 'FORMULA'} />
          <TextArea name="sourceText" label={t('fields.sourceText')} state={state} required rows={3} defaultValue={indicator?.sourceText} />
          <TextArea name="interpretation" label={t('fields.interpretation')} state={state} rows={3} defaultValue={indicator?.interpretation} />
          <TextArea name="notes" label={t('fields.notes')} state={state} rows={3} defaultValue={indicator?.notes} />
          <CheckboxField name="active" label={t('fields.active')} state={state} defaultChecked={indicator?.active ?? true} />
          <SubmitButton pending={t('saving')}>{indicator ? t('save') : t('sections.newIndicator')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
