'use client';

import { useTranslations } from 'next-intl';
import { addPhotoAction, removePhotoAction } from '@/lib/models/actions';
import { MAX_CAPTION } from '@/lib/models/schema';
import { ActionForm, SubmitButton, TextField } from '@/components/ui/form';
import { buttonClass } from '@/components/ui/button';
import { FileField } from './file-field';

export function AddPhotoForm({ id, version, maxMb }: { id: number; version: number; maxMb: number }) {
  const t = useTranslations('models');
  return (
    <ActionForm action={addPhotoAction}>
      {(state) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <FileField name="photo" label={t('fieldPhoto')} hint={t('photoHint', { mb: maxMb })} state={state} accept="image/png,image/jpeg" />
          <TextField name="caption" label={t('fieldCaption')} state={state} maxLength={MAX_CAPTION} />
          <SubmitButton pending={t('saving')}>{t('addPhoto')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function RemovePhotoForm({ id, version, photoId, caption }: { id: number; version: number; photoId: number; caption: string }) {
  const t = useTranslations('models');
  return (
    <ActionForm action={removePhotoAction} className="mt-1">
      {() => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="photoId" value={photoId} />
          <button type="submit" className={buttonClass('secondary')} aria-label={t('removePhotoLabel', { caption })}>
            {t('removePhoto')}
          </button>
        </>
      )}
    </ActionForm>
  );
}
