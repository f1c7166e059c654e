'use server';

import { catalogueAction } from './admin-form';
import {
  addPeriodSchema,
  contestAreaSchema,
  createCampaignSchema,
  elementSchema,
  focusItemSchema,
  indicatorSchema,
  milestoneSchema,
  periodDatesSchema,
  settingSchema,
  updateCampaignSchema,
} from './admin-schema';
import { createCampaign, saveContestArea, saveFocusItem, saveMilestone, updateCampaign } from './admin-campaigns';
import { saveIndicator } from './admin-indicators';
import { saveElement } from './admin-elements';
import { addPeriod, updatePeriodDates } from './admin-periods';
import { updateSetting } from './admin-settings';

const BASE = '/admin/catalogue';

export const createCampaignAction = catalogueAction(createCampaignSchema, async (input, { actor }) => {
  const { id } = await createCampaign(actor, input);
  return { redirectTo: `${BASE}/${id}?created=1` };
});

export const updateCampaignAction = catalogueAction(updateCampaignSchema, async (input, { actor }) => {
  await updateCampaign(actor, input);
});

export const saveMilestoneAction = catalogueAction(milestoneSchema, async (input, { actor, t }) => {
  await saveMilestone(actor, input);
  return { message: t(input.id ? 'catalogue.saved' : 'catalogue.created') };
});

export const saveContestAreaAction = catalogueAction(contestAreaSchema, async (input, { actor, t }) => {
  await saveContestArea(actor, input);
  return { message: t(input.id ? 'catalogue.saved' : 'catalogue.created') };
});

export const saveFocusItemAction = catalogueAction(focusItemSchema, async (input, { actor, t }) => {
  await saveFocusItem(actor, input);
  return { message: t(input.id ? 'catalogue.saved' : 'catalogue.created') };
});

export const saveIndicatorAction = catalogueAction(indicatorSchema, async (input, { actor }) => {
  const { id } = await saveIndicator(actor, input);
  return input.id ? undefined : { redirectTo: `${BASE}/${input.campaignId}/indicators/${id}` };
});

export const saveElementAction = catalogueAction(elementSchema, async (input, { actor }) => {
  const { id } = await saveElement(actor, input);
  return input.id ? undefined : { redirectTo: `${BASE}/${input.campaignId}/elements/${id}` };
});

export const updatePeriodDatesAction = catalogueAction(periodDatesSchema, async (input, { actor }) => {
  await updatePeriodDates(actor, input);
});

export const addPeriodAction = catalogueAction(addPeriodSchema, async (input, { actor, t }) => {
  await addPeriod(actor, input);
  return { message: t('catalogue.created') };
});

export const updateSettingAction = catalogueAction(settingSchema, async (input, { actor }) => {
  await updateSetting(actor, input);
});
