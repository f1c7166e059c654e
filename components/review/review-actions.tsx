'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton, TextArea, type FormAction } from '@/components/ui/form';

/**
 * Home Affairs' decision on what a unit sent (a report, or a registration): accept, or return with
 * every comment at once (one per figure or indicator, `c.<id>`, and a general one), or reopen what
 * was accepted. The page passes its three Server Actions and the catalogue its texts come from.
 */
export function ReviewActions({
  subject,
  version,
  status,
  targets,
  actions,
  namespace,
}: {
  /** the hidden field the actions read the id from */
  subject: { field: 'reportId' | 'registrationId'; id: number };
  version: number;
  status: 'SUBMITTED' | 'ACCEPTED';
  /** what a comment can be attached to: a report's figures, a registration's indicators */
  targets: Array<{ id: number; name: string }>;
  actions: { accept: FormAction; return: FormAction; reopen: FormAction };
  namespace: 'review' | 'registration.review';
}) {
  const t = useTranslations(namespace);
  const hidden = (
    <>
      <input type="hidden" name={subject.field} value={subject.id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (status === 'ACCEPTED') {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('reopenHeading')}</h2>
        <ActionForm action={actions.reopen}>
          {(state) => (
            <>
              {hidden}
              <TextArea name="reason" label={t('reopenReason')} state={state} required rows={3} />
              <SubmitButton variant="secondary">{t('reopenButton')}</SubmitButton>
            </>
          )}
        </ActionForm>
      </section>
    );
  }
  return (
    <div className="space-y-4">
      <section className="rounded-lg border border-green-200 bg-green-50 p-4">
        <ActionForm action={actions.accept}>
          {() => (
            <>
              {hidden}
              <p className="text-sm">{t('acceptHint')}</p>
              <SubmitButton>{t('acceptButton')}</SubmitButton>
            </>
          )}
        </ActionForm>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('returnHeading')}</h2>
        <p className="mb-3 text-xs text-slate-600">{t('returnHint')}</p>
        <ActionForm action={actions.return}>
          {(state) => (
            <>
              {hidden}
              {targets.map((target) => (
                <TextArea key={target.id} name={`c.${target.id}`} label={t('commentFor', { name: target.name })} state={state} rows={2} />
              ))}
              <TextArea name="c.general" label={t('generalComment')} state={state} rows={3} />
              <SubmitButton variant="danger">{t('returnButton')}</SubmitButton>
            </>
          )}
        </ActionForm>
      </section>
    </div>
  );
}
