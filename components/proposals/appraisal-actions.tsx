'use client';

import { useTranslations } from 'next-intl';
import {
  appraiseProposalAction,
  openDisclosureAction,
  receiveProposalAction,
  rejectProposalAction,
  requestInfoAction,
} from '@/lib/proposals/actions';
import { ActionForm, SubmitButton, TextArea } from '@/components/ui/form';

const DOC_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER'] as const;

export type AppraisalSteps = { receive: boolean; requestInfo: boolean; appraise: boolean; reject: boolean; openDisclosure: boolean };

/** Home Affairs' steps on a proposal, each shown only when the flow allows it now. */
export function AppraisalActions({ proposalId, version, can, presentDocTypes, disclosureDays }: { proposalId: number; version: number; can: AppraisalSteps; presentDocTypes: string[]; disclosureDays: number }) {
  const t = useTranslations('commendation');
  const hidden = (
    <>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const box = 'rounded-lg border border-slate-200 bg-white p-4';
  return (
    <div className="space-y-4">
      {can.receive && (
        <section className={box}>
          <h2 className="mb-2">{t('appraisal.receive')}</h2>
          <ActionForm action={receiveProposalAction}>
            {() => (
              <>
                {hidden}
                <p className="text-sm text-slate-600">{t('appraisal.receiveHint')}</p>
                <SubmitButton variant="secondary">{t('appraisal.receive')}</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
      {can.openDisclosure && (
        <section className="rounded-lg border border-blue-200 bg-blue-50 p-4">
          <h2 className="mb-2">{t('appraisal.disclosureTitle')}</h2>
          <ActionForm action={openDisclosureAction}>
            {() => (
              <>
                {hidden}
                <p className="text-sm">{t('appraisal.disclosureHint', { days: disclosureDays })}</p>
                <SubmitButton>{t('appraisal.disclosureButton')}</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
      {can.appraise && (
        <section className="rounded-lg border border-green-200 bg-green-50 p-4">
          <h2 className="mb-2">{t('appraisal.appraiseTitle')}</h2>
          <ActionForm action={appraiseProposalAction}>
            {(state) => (
              <>
                {hidden}
                <TextArea name="note" label={t('appraisal.note')} state={state} required rows={3} />
                <SubmitButton>{t('appraisal.appraiseButton')}</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
      {can.requestInfo && (
        <section className={box}>
          <h2 className="mb-1">{t('appraisal.requestTitle')}</h2>
          <p className="mb-3 text-xs text-slate-600">{t('appraisal.requestHint')}</p>
          <ActionForm action={requestInfoAction}>
            {(state) => (
              <>
                {hidden}
                <fieldset>
                  <legend className="mb-1 text-sm font-medium">{t('appraisal.missingDocs')}</legend>
                  {DOC_TYPES.filter((d) => d !== 'OTHER').map((d) => (
                    <label key={d} className="flex min-h-10 items-center gap-2 text-sm">
                      <input type="checkbox" name="missing[]" value={d} defaultChecked={!presentDocTypes.includes(d) && d !== 'XAC_NHAN_SANG_KIEN'} className="h-5 w-5" />
                      {t(`docTypes.${d}`)}
                    </label>
                  ))}
                </fieldset>
                <TextArea name="other" label={t('appraisal.other')} state={state} rows={3} />
                <SubmitButton variant="secondary">{t('appraisal.requestButton')}</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
      {can.reject && (
        <section className="rounded-lg border border-red-200 bg-red-50 p-4">
          <h2 className="mb-2">{t('appraisal.rejectTitle')}</h2>
          <ActionForm action={rejectProposalAction}>
            {(state) => (
              <>
                {hidden}
                <TextArea name="reason" label={t('appraisal.reason')} state={state} required rows={3} />
                <SubmitButton variant="danger">{t('appraisal.rejectButton')}</SubmitButton>
              </>
            )}
          </ActionForm>
        </section>
      )}
    </div>
  );
}
