'use server';

import { commendationAdminAction } from './admin-form-action';
import { commendationFormSchema, ruleVersionFormSchema, withdrawRuleSchema } from './admin-schema';
import { addRuleVersion, updateCommendationForm, withdrawRuleVersion } from './admin-forms';

export const updateCommendationFormAction = commendationAdminAction(commendationFormSchema, async (input, { actor }) => {
  await updateCommendationForm(actor, input);
});

export const addRuleVersionAction = commendationAdminAction(ruleVersionFormSchema, async (input, { actor, t }) => {
  const { version } = await addRuleVersion(actor, input);
  return { message: t('registry.admin.versionAdded', { version }) };
});

export const withdrawRuleVersionAction = commendationAdminAction(withdrawRuleSchema, async (input, { actor, t }) => {
  await withdrawRuleVersion(actor, input.id);
  return { message: t('registry.admin.versionWithdrawn') };
});
