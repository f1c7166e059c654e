'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { createCampaignAction, updateCampaignAction } from '@/lib/catalogue/admin-actions';

export type CampaignValues = {
  id: number;
  updatedAt: string;
  code: string;
  name: string;
  nameEn: string | null;
  theme: string;
  startYear: number;
  endYear: number;
  documentRef: string | null;
  active: boolean;
};

/** Creates a campaign (with its periods) or edits one; `campaign` absent means a new one. */
export function CampaignForm({ campaign, defaultYear }: { campaign?: CampaignValues; defaultYear?: number }) {
  const t = useTranslations('catalogue');
  return (
    <ActionForm action={campaign ? updateCampaignAction : createCampaignAction}>
      {(state) => (
        <>
          {campaign && (
            <>
              <input type="hidden" name="id" value={campaign.id} />
              <input type="hidden" name="updatedAt" value={campaign.updatedAt} />
            </>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="code" label={t('fields.code')} hint={t('hints.campaignCode')} state={state} required defaultValue={campaign?.code} autoCapitalize="characters" />
            <div className="grid grid-cols-2 gap-4">
              <TextField name="startYear" label={t('fields.startYear')} inputMode="numeric" state={state} required defaultValue={campaign?.startYear ?? defaultYear} />
              <TextField name="endYear" label={t('fields.endYear')} inputMode="numeric" state={state} required defaultValue={campaign?.endYear ?? defaultYear} />
            </div>
          </div>
          <TextField name="name" label={t('fields.name')} state={state} required defaultValue={campaign?.name} />
          <TextField name="nameEn" label={t('fields.nameEn')} state={state} defaultValue={campaign?.nameEn ?? ''} />
          <TextArea name="theme" label={t('fields.theme')} state={state} required rows={2} defaultValue={campaign?.theme} />
          <TextArea name="documentRef" label={t('fields.documentRef')} state={state} rows={2} defaultValue={campaign?.documentRef ?? ''} />
          <CheckboxField name="active" label={t('fields.active')} state={state} defaultChecked={campaign?.active ?? true} />
          {!campaign && <CheckboxField name="withBaseline" label={t('fields.withBaseline')} state={state} defaultChecked />}
          {campaign && <p className="text-xs text-slate-500">{t('hints.yearsChanged')}</p>}
          <SubmitButton pending={t('saving')}>{campaign ? t('save') : t('newCampaign')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
