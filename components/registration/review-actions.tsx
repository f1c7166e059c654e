'use client';

import { useTranslations } from 'next-intl';
import { acceptRegistrationAction, reopenRegistrationAction, returnRegistrationAction } from '@/lib/registration/actions';
import { ActionForm, SubmitButton, TextArea } from '@/components/ui/form';

/** Accept, or return with every comment at once (one per indicator and a general one), or reopen an accepted registration. */
export function RegistrationReviewActions({
  registrationId,
  version,
  status,
  indicators,
}: {
  registrationId: number;
  version: number;
  status: 'SUBMITTED' | 'ACCEPTED';
  indicators: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations('registration.review');
  const hidden = (
    <>
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (status === 'ACCEPTED') {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('reopenHeading')}</h2>
        <ActionForm action={reopenRegistrationAction}>
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
        <ActionForm action={acceptRegistrationAction}>
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
        <ActionForm action={returnRegistrationAction}>
          {(state) => (
            <>
              {hidden}
              {indicators.map((i) => (
                <TextArea key={i.id} name={`c.${i.id}`} label={t('commentFor', { name: i.name })} state={state} rows={2} />
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
