'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { createProposalAction, updateProposalAction } from '@/lib/proposals/actions';
import { ActionForm, SelectField, SubmitButton, TextArea } from '@/components/ui/form';

export type ProposalFormOptions = {
  forms: Array<{ code: string; label: string; recipient: 'INDIVIDUAL' | 'COLLECTIVE' | 'INDIVIDUAL_OR_COLLECTIVE' }>;
  persons: Array<{ id: number; label: string }>;
  units: Array<{ id: number; name: string }>;
  years: number[];
};

export type ProposalFormValues = {
  recipient: 'INDIVIDUAL' | 'COLLECTIVE';
  personId: number | null;
  recipientUnitId: number | null;
  formCode: string;
  year: number;
  achievements: string;
};

const DOC_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER'] as const;

/**
 * The proposal: a person or a collective of the unit, a form awarded to that kind of recipient
 * (the list follows the choice), the year and the achievements; on creation, the first file.
 */
export function ProposalForm({
  options,
  values,
  edit,
  maxMb,
}: {
  options: ProposalFormOptions;
  values?: ProposalFormValues;
  edit?: { proposalId: number; version: number };
  maxMb: number;
}) {
  const t = useTranslations('commendation');
  const [recipient, setRecipient] = useState<'INDIVIDUAL' | 'COLLECTIVE'>(values?.recipient ?? 'INDIVIDUAL');
  const forms = options.forms.filter((f) => f.recipient === 'INDIVIDUAL_OR_COLLECTIVE' || f.recipient === recipient);
  return (
    <ActionForm action={edit ? updateProposalAction : createProposalAction}>
      {(state) => (
        <>
          {edit && (
            <>
              <input type="hidden" name="proposalId" value={edit.proposalId} />
              <input type="hidden" name="version" value={edit.version} />
            </>
          )}
          <fieldset>
            <legend className="mb-1 block text-sm font-medium text-slate-800">{t('fields.recipient')}</legend>
            <div className="flex flex-wrap gap-4">
              {(['INDIVIDUAL', 'COLLECTIVE'] as const).map((kind) => (
                <label key={kind} className="inline-flex min-h-10 items-center gap-2 text-sm">
                  <input type="radio" name="recipient" value={kind} checked={recipient === kind} onChange={() => setRecipient(kind)} className="h-5 w-5" />
                  {t(`recipient.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {recipient === 'INDIVIDUAL' ? (
            <SelectField
              name="personId"
              label={t('fields.person')}
              state={state}
              required
              defaultValue={values?.personId ? String(values.personId) : undefined}
              placeholder={t('fields.choose')}
              options={options.persons.map((p) => ({ value: String(p.id), label: p.label }))}
            />
          ) : (
            <SelectField
              name="recipientUnitId"
              label={t('fields.recipientUnit')}
              state={state}
              required
              defaultValue={values?.recipientUnitId ? String(values.recipientUnitId) : undefined}
              placeholder={t('fields.choose')}
              options={options.units.map((u) => ({ value: String(u.id), label: u.name }))}
            />
          )}
          <SelectField
            name="formCode"
            label={t('fields.form')}
            state={state}
            required
            defaultValue={values?.formCode}
            placeholder={t('fields.choose')}
            options={forms.map((f) => ({ value: f.code, label: f.label }))}
          />
          <SelectField
            name="year"
            label={t('fields.year')}
            state={state}
            required
            defaultValue={String(values?.year ?? options.years[0])}
            options={options.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <TextArea name="achievements" label={t('fields.achievements')} hint={t('fields.achievementsHint')} state={state} required rows={8} defaultValue={values?.achievements} />
          {!edit && (
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                name="docType"
                label={t('fields.docType')}
                state={state}
                defaultValue="TO_TRINH"
                options={DOC_TYPES.map((d) => ({ value: d, label: t(`docTypes.${d}`) }))}
              />
              <FileField label={t('fields.firstFile')} hint={t('fields.fileHint', { mb: maxMb })} errors={state.fieldErrors?.file} />
            </div>
          )}
          <SubmitButton>{edit ? t('save') : t('create')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** A file input with its label, hint and errors (the shared fields do not take files). */
export function FileField({ label, hint, errors, name = 'file', id = 'proposal-file' }: { label: string; hint: string; errors?: string[]; name?: string; id?: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : `${id}-hint`}
        className="block w-full text-sm"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}
