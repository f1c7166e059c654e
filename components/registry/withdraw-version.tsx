'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SubmitButton } from '@/components/ui/form';
import { withdrawRuleVersionAction } from '@/lib/commendation/admin-actions';

/** Withdraws a version whose first day has not come. */
export function WithdrawVersion({ id, version }: { id: number; version: number }) {
  const t = useTranslations('registry.admin');
  return (
    <ActionForm action={withdrawRuleVersionAction}>
      {() => (
        <>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger">{t('withdraw', { version })}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
