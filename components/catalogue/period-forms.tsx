'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { addPeriodAction, updatePeriodDatesAction } from '@/lib/catalogue/admin-actions';

/** A period's due and closing days (dd/mm/yyyy), edited in its row. */
export function PeriodDatesForm({ period, label }: { period: { id: number; updatedAt: string; dueDate: string; expiryDate: string }; label: string }) {
  const t = useTranslations('catalogue');
  return (
    <ActionForm action={updatePeriodDatesAction}>
      {(state) => (
        <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <input type="hidden" name="id" value={period.id} />
          <input type="hidden" name="updatedAt" value={period.updatedAt} />
          <TextField name="dueDate" label={`${t('fields.dueDate')} · ${label}`} placeholder="dd/mm/yyyy" state={state} required defaultValue={period.dueDate} />
          <TextField name="expiryDate" label={`${t('fields.expiryDate')} · ${label}`} placeholder="dd/mm/yyyy" state={state} required defaultValue={period.expiryDate} />
          <div className="sm:pt-6">
            <SubmitButton pending={t('saving')} variant="secondary">
              {t('save')}
            </SubmitButton>
          </div>
        </div>
      )}
    </ActionForm>
  );
}

export function AddPeriodForm({ campaignId, defaultYear }: { campaignId: number; defaultYear: number }) {
  const t = useTranslations('catalogue');
  const types = (['QUARTER', 'HALF_YEAR', 'YEAR'] as const).map((v) => ({ value: v, label: t(`periodTypes.${v}`) }));
  return (
    <ActionForm action={addPeriodAction}>
      {(state) => (
        <>
          <input type="hidden" name="campaignId" value={campaignId} />
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField name="type" label={t('fields.type')} state={state} required options={types} defaultValue="HALF_YEAR" />
            <TextField name="year" label={t('fields.year')} inputMode="numeric" state={state} required defaultValue={defaultYear} />
            <TextField name="number" label={t('fields.number')} inputMode="numeric" state={state} required defaultValue="1" />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="dueDate" label={t('fields.dueDate')} placeholder="dd/mm/yyyy" state={state} />
            <TextField name="expiryDate" label={t('fields.expiryDate')} placeholder="dd/mm/yyyy" state={state} />
          </div>
          <SubmitButton pending={t('saving')}>{t('sections.addPeriod')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
