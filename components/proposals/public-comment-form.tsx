'use client';

import { useTranslations } from 'next-intl';
import { postPublicCommentAction } from '@/lib/proposals/public-actions';
import { ActionForm, SubmitButton, TextArea, TextField } from '@/components/ui/form';

/**
 * The public's comment form: name and contact optional, the comment required. The hidden "website"
 * field is a honeypot (people never see it) and the token says when the form was issued.
 */
export function PublicCommentForm({ proposalId, token }: { proposalId: number; token: string }) {
  const t = useTranslations('commendation.public');
  return (
    <ActionForm action={postPublicCommentAction}>
      {(state) => (
        <>
          <input type="hidden" name="proposalId" value={proposalId} />
          <input type="hidden" name="token" value={token} />
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label htmlFor={`website-${proposalId}`}>{t('website')}</label>
            <input id={`website-${proposalId}`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="authorName" label={t('name')} state={state} autoComplete="name" maxLength={100} />
            <TextField name="contact" label={t('contact')} state={state} maxLength={200} />
          </div>
          <TextArea name="text" label={t('text')} hint={t('textHint')} state={state} required rows={4} maxLength={2000} />
          <SubmitButton>{t('send')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
