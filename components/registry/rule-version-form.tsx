'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { addRuleVersionAction } from '@/lib/commendation/admin-actions';

/** A new version of a form's rule: first day, legal source and the conditions as JSON, each checked next to its field. */
export function RuleVersionForm({ provinceId, formCode, legalSource, definition }: { provinceId: number; formCode: string; legalSource: string; definition: string }) {
  const t = useTranslations('registry.admin');
  return (
    <ActionForm action={addRuleVersionAction}>
      {(state) => (
        <>
          <input type="hidden" name="provinceId" value={provinceId} />
          <input type="hidden" name="formCode" value={formCode} />
          <TextField name="effectiveFrom" label={t('effectiveFrom')} hint={t('effectiveFromHint')} state={state} required inputMode="numeric" placeholder="dd/mm/yyyy" />
          <TextField name="legalSource" label={t('legalSource')} state={state} required defaultValue={legalSource} />
          <TextArea name="definition" label={t('definition')} hint={t('definitionHint')} state={state} required defaultValue={definition} rows={18} spellCheck={false} style={{ fontFamily: "ui-monospace, monospace" }} />
          <SubmitButton pending={t('adding')}>{t('addVersion')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
