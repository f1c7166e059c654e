'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SubmitButton, TextField } from '@/components/ui/form';
import { updateCommendationFormAction } from '@/lib/commendation/admin-actions';

export type EditableForm = { id: number; updatedAt: string; name: string; nameEn: string | null; awardedByUnit: boolean; needsCouncilVote: boolean; needsPublicDisclosure: boolean; active: boolean };

/** Name and flags of a catalogue row; its code, kind and recipient are its identity and stay. */
export function CommendationFormEditor({ form }: { form: EditableForm }) {
  const t = useTranslations('registry.admin');
  return (
    <ActionForm action={updateCommendationFormAction}>
      {(state) => (
        <>
          <input type="hidden" name="id" value={form.id} />
          <input type="hidden" name="updatedAt" value={form.updatedAt} />
          <TextField name="name" label={t('name')} state={state} required defaultValue={form.name} />
          <TextField name="nameEn" label={t('nameEn')} state={state} defaultValue={form.nameEn ?? ''} />
          <CheckboxField name="awardedByUnit" label={t('awardedByUnit')} state={state} defaultChecked={form.awardedByUnit} />
          <CheckboxField name="needsCouncilVote" label={t('needsCouncilVote')} state={state} defaultChecked={form.needsCouncilVote} />
          <CheckboxField name="needsPublicDisclosure" label={t('needsPublicDisclosure')} state={state} defaultChecked={form.needsPublicDisclosure} />
          <CheckboxField name="active" label={t('active')} state={state} defaultChecked={form.active} />
          <SubmitButton pending={t('saving')}>{t('save')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
