'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton, TextField } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';
import { IssuedPasswordBox, isIssuedPassword } from './issued-password';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type ProvinceFormValues = { id?: number; updatedAt?: string; code: string; name: string; nameEn: string | null };

/** A province; a new one may get its first administrator account at the same time. */
export function ProvinceForm({ action, province }: { action: FormAction; province: ProvinceFormValues }) {
  const t = useTranslations();
  const editing = province.id !== undefined;
  return (
    <ActionForm action={action} className="max-w-xl">
      {(state) => (
        <>
          {state.ok && isIssuedPassword(state.data) && <IssuedPasswordBox issued={state.data} />}
          {editing && (
            <>
              <input type="hidden" name="id" value={province.id} />
              <input type="hidden" name="updatedAt" value={province.updatedAt} />
            </>
          )}
          <TextField name="code" label={t('admin.provinceCode')} state={state} defaultValue={province.code} required maxLength={10} />
          <TextField name="name" label={t('admin.provinceName')} state={state} defaultValue={province.name} required maxLength={200} />
          <TextField name="nameEn" label={t('admin.nameEn')} state={state} defaultValue={province.nameEn ?? ''} maxLength={200} />
          {!editing && (
            <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">{t('admin.firstAdmin')}</legend>
              <p className="text-xs text-slate-500">{t('admin.firstAdminHint')}</p>
              <TextField name="adminUsername" label={t('admin.adminUsername')} state={state} autoComplete="off" maxLength={50} />
              <TextField name="adminDisplayName" label={t('admin.adminDisplayName')} state={state} maxLength={200} />
            </fieldset>
          )}
          <SubmitButton pending={t('common.saving')}>{editing ? t('common.save') : t('admin.newProvince')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
