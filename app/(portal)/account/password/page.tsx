import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { changePasswordAction } from '@/lib/account/actions';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { Card, PageHeader } from '@/components/ui/card';

export default async function ChangePasswordPage() {
  await requireActorForPage();
  const t = await getTranslations();
  return (
    <div className="max-w-md">
      <PageHeader title={t('auth.changePasswordTitle')} />
      <Card>
        <ChangePasswordForm
          action={changePasswordAction}
          texts={{
            current: t('auth.currentPassword'),
            next: t('auth.newPassword'),
            confirm: t('auth.confirmPassword'),
            hint: t('auth.passwordHint'),
            submit: t('common.save'),
            saving: t('common.saving'),
          }}
        />
      </Card>
    </div>
  );
}
