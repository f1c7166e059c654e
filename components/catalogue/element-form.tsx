'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { saveElementAction } from '@/lib/catalogue/admin-actions';
import { CheckboxGroup } from './checkbox-group';

const VALUE_TYPES = ['INTEGER', 'NUMBER', 'PERCENT', 'YES_NO', 'RANK'] as const;
const OVER_TIME = ['STOCK', 'FLOW', 'YEAR_TO_DATE'] as const;
const PERIOD_TYPES = ['QUARTER', 'HALF_YEAR', 'YEAR'] as const;
const REPORTER_GROUPS = ['COMMUNES_WARDS', 'COMMUNES', 'BORDER_COMMUNES', 'DEPARTMENTS', 'OWNER'] as const;

/** What the form shows, decimals already written the Vietnamese way (1.234,5). */
export type ElementValues = {
  id: number;
  version: number;
  code: string;
  name: string;
  nameEn: string;
  unitLabel: string;
  valueType: string;
  overTime: string;
  periodTypes: string[];
  reporterGroups: string[];
  ownerUnitId: string;
  minValue: string;
  maxValue: string;
  totalElementId: string;
  evidenceRequired: boolean;
  outlierThresholdPct: string;
  active: boolean;
};

export function ElementForm({
  campaignId,
  element,
  totals,
  owners,
}: {
  campaignId: number;
  element?: ElementValues;
  totals: Array<{ id: number; code: string; name: string }>;
  owners: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations('catalogue');
  const tOver = useTranslations('overTime');
  const tGroups = useTranslations('reporterGroups');
  return (
    <ActionForm action={saveElementAction}>
      {(state) => (
        <>
          <input type="hidden" name="campaignId" value={campaignId} />
          {element && (
            <>
              <input type="hidden" name="id" value={element.id} />
              <input type="hidden" name="version" value={element.version} />
            </>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="code" label={t('fields.code')} hint={t('hints.elementCode')} state={state} required defaultValue={element?.code} spellCheck={false} />
            <TextField name="unitLabel" label={t('fields.unitLabel')} state={state} required defaultValue={element?.unitLabel} />
          </div>
          <TextField name="name" label={t('fields.name')} state={state} required defaultValue={element?.name} />
          <TextField name="nameEn" label={t('fields.nameEn')} state={state} defaultValue={element?.nameEn} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="valueType"
              label={t('fields.valueType')}
              state={state}
              required
              options={VALUE_TYPES.map((v) => ({ value: v, label: t(`valueTypes.${v}`) }))}
              defaultValue={element?.valueType ?? 'INTEGER'}
            />
            <SelectField
              name="overTime"
              label={t('fields.overTime')}
              state={state}
              required
              options={OVER_TIME.map((v) => ({ value: v, label: tOver(v) }))}
              defaultValue={element?.overTime ?? 'STOCK'}
            />
          </div>
          <ul className="space-y-1 rounded-md bg-slate-50 p-3 text-xs text-slate-600">
            {OVER_TIME.map((v) => (
              <li key={v}>{t(`overTimeHelp.${v}`)}</li>
            ))}
          </ul>
          <CheckboxGroup
            name="periodTypes[]"
            legend={t('fields.periodTypes')}
            state={state}
            options={PERIOD_TYPES.map((v) => ({ value: v, label: t(`periodTypes.${v}`) }))}
            defaultValues={element?.periodTypes ?? ['QUARTER', 'YEAR']}
          />
          <CheckboxGroup
            name="reporterGroups[]"
            legend={t('fields.reporterGroups')}
            state={state}
            options={REPORTER_GROUPS.map((v) => ({ value: v, label: tGroups(v) }))}
            defaultValues={element?.reporterGroups ?? []}
          />
          <SelectField
            name="ownerUnitId"
            label={t('fields.ownerUnit')}
            hint={t('hints.ownerUnit')}
            state={state}
            options={owners.map((u) => ({ value: String(u.id), label: u.name }))}
            placeholder={t('noOwner')}
            defaultValue={element?.ownerUnitId}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="minValue" label={t('fields.minValue')} inputMode="decimal" hint={t('hints.decimal')} state={state} defaultValue={element?.minValue} />
            <TextField name="maxValue" label={t('fields.maxValue')} inputMode="decimal" state={state} defaultValue={element?.maxValue} />
            <TextField name="outlierThresholdPct" label={t('fields.outlierThresholdPct')} inputMode="decimal" hint={t('hints.outlier')} state={state} defaultValue={element?.outlierThresholdPct} />
          </div>
          <SelectField
            name="totalElementId"
            label={t('fields.totalElement')}
            hint={t('hints.totalElement')}
            state={state}
            options={totals.filter((e) => e.id !== element?.id).map((e) => ({ value: String(e.id), label: `${e.code} — ${e.name}` }))}
            placeholder={t('noTotal')}
            defaultValue={element?.totalElementId}
          />
          <CheckboxField name="evidenceRequired" label={t('fields.evidenceRequired')} state={state} defaultChecked={element?.evidenceRequired ?? false} />
          <CheckboxField name="active" label={t('fields.active')} state={state} defaultChecked={element?.active ?? true} />
          <SubmitButton pending={t('saving')}>{element ? t('save') : t('sections.newElement')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
