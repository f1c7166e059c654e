'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';
import { IssuedPasswordBox, isIssuedPassword } from './issued-password';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  user: { id: number; updatedAt: string; active: boolean; self: boolean };
  setActive: FormAction;
  resetPassword: FormAction;
};

/** Deactivate or reactivate the account, and reset its password: each its own form with the version the page showed. */
export function UserAccountActions({ user, setActive, resetPassword }: Props) {
  const t = useTranslations();
  const hidden = (
    <>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="updatedAt" value={user.updatedAt} />
    </>
  );
  return (
    <div className="space-y-5">
      <ActionForm action={setActive}>
        {() => (
          <>
            {hidden}
            <input type="hidden" name="active" value={String(!user.active)} />
            {user.active && user.self ? (
              <p className="text-sm text-slate-600">{t('admin.selfHint')}</p>
            ) : (
              <>
                {user.active && <p className="text-sm text-slate-600">{t('admin.deactivateHint')}</p>}
                <SubmitButton variant={user.active ? 'danger' : 'primary'} pending={t('common.saving')}>
                  {user.active ? t('admin.deactivate') : t('admin.activate')}
                </SubmitButton>
              </>
            )}
          </>
        )}
      </ActionForm>
      <ActionForm action={resetPassword}>
        {(state) => (
          <>
            {state.ok && isIssuedPassword(state.data) && <IssuedPasswordBox issued={state.data} />}
            {hidden}
            <p className="text-sm text-slate-600">{t('admin.resetHint')}</p>
            <SubmitButton variant="secondary" pending={t('common.saving')}>
              {t('admin.resetPassword')}
            </SubmitButton>
          </>
        )}
      </ActionForm>
    </div>
  );
}
