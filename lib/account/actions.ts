'use server';

import { formAction } from '@/lib/actions/form-action';
import { requestAddress } from '@/lib/auth/session';
import { changePasswordSchema } from './schema';
import { changeOwnPassword } from './change-password';

export const changePasswordAction = formAction({
  permission: null,
  schema: changePasswordSchema,
  async run(input, { actor, t }) {
    await changeOwnPassword(actor, input.currentPassword, input.newPassword, await requestAddress());
    return { message: t('auth.passwordChanged') };
  },
});
