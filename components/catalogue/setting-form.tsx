'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton, TextField } from '@/components/ui/form';
import { updateSettingAction } from '@/lib/catalogue/admin-actions';

/** One setting of the province; the value is checked against the key's own schema on the server. */
export function SettingForm({ setting, label, hint }: { setting: { key: string; value: string; updatedAt: string }; label: string; hint: string }) {
  const t = useTranslations('catalogue');
  return (
    <ActionForm action={updateSettingAction}>
      {(state) => (
        <div className="grid items-start gap-3 sm:grid-cols-[1fr_auto]">
          <input type="hidden" name="key" value={setting.key} />
          <input type="hidden" name="updatedAt" value={setting.updatedAt} />
          <TextField name="value" label={label} hint={hint} inputMode="decimal" state={state} required defaultValue={setting.value} />
          <div className="sm:pt-6">
            <SubmitButton pending={t('saving')} variant="secondary">
              {t('save')}
            </SubmitButton>
          </div>
        </div>
      )}
    </ActionForm>
  );
}
