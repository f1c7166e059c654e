'use client';

import { useEffect } from 'react';
import { signOut } from 'next-auth/react';
import { ActionForm, SubmitButton, TextField } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';

type Texts = { current: string; next: string; confirm: string; hint: string; submit: string; saving: string };

/** After a change every session has ended, this one too: sign out and come back to the sign-in page. */
function SignOutWhenDone({ state }: { state: ActionState }) {
  useEffect(() => {
    if (state.ok) {
      const timer = setTimeout(() => signOut({ callbackUrl: '/login?ended=1' }), 2500);
      return () => clearTimeout(timer);
    }
  }, [state.ok]);
  return null;
}

export function ChangePasswordForm({ action, texts }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; texts: Texts }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          <SignOutWhenDone state={state} />
          <TextField name="currentPassword" type="password" autoComplete="current-password" label={texts.current} state={state} required />
          <TextField name="newPassword" type="password" autoComplete="new-password" label={texts.next} hint={texts.hint} state={state} required />
          <TextField name="confirmPassword" type="password" autoComplete="new-password" label={texts.confirm} state={state} required />
          <SubmitButton pending={texts.saving}>{texts.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
