'use client';

import { useTranslations } from 'next-intl';
import { acceptReportAction, reopenReportAction, returnReportAction } from '@/lib/review/actions';
import { ActionForm, SubmitButton, TextArea } from '@/components/ui/form';

/** Accept, or return with every comment at once (one per figure and a general one), or reopen accepted data. */
export function ReviewActions({ reportId, version, status, elements }: { reportId: number; version: number; status: 'SUBMITTED' | 'ACCEPTED'; elements: Array<{ id: number; name: string }> }) {
  const t = useTranslations('review');
  const hidden = (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (status === 'ACCEPTED') {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2>{t('reopenHeading')}</h2>
        <ActionForm action={reopenReportAction}>
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
        <ActionForm action={acceptReportAction}>
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
        <ActionForm action={returnReportAction}>
          {(state) => (
            <>
              {hidden}
              {elements.map((e) => (
                <TextArea key={e.id} name={`c.${e.id}`} label={t('commentFor', { name: e.name })} state={state} rows={2} />
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
