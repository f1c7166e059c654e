'use client';

import { useTranslations } from 'next-intl';
import { createModelAction, updateModelAction } from '@/lib/models/actions';
import { MAX_BODY, MAX_CAPTION, MAX_SUMMARY, MAX_TITLE } from '@/lib/models/schema';
import { ActionForm, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { FileField } from './file-field';

type Values = { id: number; version: number; title: string; summary: string; body: string };

/** Writing a model: a new one (with its first photo) or the text of one the unit is still editing. */
export function ModelForm({ model, maxMb }: { model?: Values; maxMb: number }) {
  const t = useTranslations('models');
  return (
    <ActionForm action={model ? updateModelAction : createModelAction} successMessage={t('saved')}>
      {(state) => (
        <>
          {model && <input type="hidden" name="id" value={model.id} />}
          {model && <input type="hidden" name="version" value={model.version} />}
          <TextField name="title" label={t('fieldTitle')} state={state} defaultValue={model?.title} required maxLength={MAX_TITLE} />
          <TextArea name="summary" label={t('fieldSummary')} hint={t('summaryHint')} state={state} defaultValue={model?.summary} required rows={3} maxLength={MAX_SUMMARY} />
          <TextArea name="body" label={t('fieldBody')} hint={t('bodyHint')} state={state} defaultValue={model?.body} required rows={12} maxLength={MAX_BODY} />
          {!model && (
            <>
              <FileField name="photo" label={t('fieldPhoto')} hint={t('photoHint', { mb: maxMb })} state={state} accept="image/png,image/jpeg" />
              <TextField name="caption" label={t('fieldCaption')} state={state} maxLength={MAX_CAPTION} />
            </>
          )}
          <SubmitButton pending={t('saving')}>{model ? t('saveText') : t('createDraft')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
