'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { dataAction, formAction, type ActionState } from '@/lib/actions/form-action';
import { getAnyTranslations } from '@/lib/i18n/translate';
import {
  addDocumentSchema,
  appraiseSchema,
  createProposalSchema,
  rejectSchema,
  removeDocumentSchema,
  requestInfoSchema,
  stepSchema,
  submitSchema,
  updateProposalSchema,
  type ProposalFields,
} from './schema';
import { addProposalDocument, createProposal, removeProposalDocument, submitProposal, updateProposal } from './proposal-service';
import { appraiseProposal, openDisclosure, receiveProposal, rejectProposal, requestMissingItems } from './appraisal-service';
import { missingItems } from './rules';
import { formatDay } from '@/lib/i18n/format';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The shared error state prefixes `errors.` to a refusal's key; the proposal module's refusals are
 * full keys (`commendation.flow.…`), read here without the prefix.
 */
function fullKeys(action: Action): Action {
  return async (state, formData) => {
    const result = await action(state, formData);
    if (!result.ok && result.message?.startsWith('errors.commendation.')) {
      const t = await getAnyTranslations();
      const key = result.message.slice('errors.'.length);
      if (t.has(key)) return { ...result, message: t(key) };
    }
    return result;
  };
}

const refresh = (proposalId?: number) => {
  revalidatePath('/proposals', 'layout');
  if (proposalId) revalidatePath(`/proposals/${proposalId}`);
};

const createAction = fullKeys(
  formAction({
    permission: 'unit:edit',
    schema: createProposalSchema,
    async run(input, { actor }) {
      const { id } = await createProposal(actor, { ...(input as ProposalFields), docType: input.docType, file: input.file });
      refresh();
      return { data: { id } };
    },
  }),
);

/** Creates the proposal, then opens its page. */
export async function createProposalAction(state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await createAction(state, formData);
  if (result.ok) redirect(`/proposals/${(result.data as { id: number }).id}?created=1`);
  return result;
}

export const updateProposalAction = fullKeys(
  formAction({
    permission: 'unit:edit',
    schema: updateProposalSchema,
    async run(input, { actor, t }) {
      await updateProposal(actor, input as ProposalFields & { proposalId: number; version: number });
      refresh(input.proposalId);
      return { message: t('commendation.saved') };
    },
  }),
);

export const addDocumentAction = fullKeys(
  formAction({
    permission: 'unit:edit',
    schema: addDocumentSchema,
    async run(input, { actor, t }) {
      await addProposalDocument(actor, input);
      refresh(input.proposalId);
      return { message: t('commendation.dossier.added') };
    },
  }),
);

export const removeDocumentAction = dataAction({
  permission: 'unit:edit',
  schema: removeDocumentSchema,
  async run(input, { actor }) {
    await removeProposalDocument(actor, input);
    refresh(input.proposalId);
    return true;
  },
});

export const submitProposalAction = fullKeys(
  formAction({
    permission: 'unit:submit',
    schema: submitSchema,
    async run(input, { actor, t }) {
      const { eligible } = await submitProposal(actor, input);
      refresh(input.proposalId);
      return { message: t(eligible ? 'commendation.submittedEligible' : 'commendation.submittedIneligible') };
    },
  }),
);

export const receiveProposalAction = fullKeys(
  formAction({
    permission: 'review:act',
    schema: stepSchema,
    async run(input, { actor, t }) {
      await receiveProposal(actor, input);
      refresh(input.proposalId);
      return { message: t('commendation.appraisal.receivedDone') };
    },
  }),
);

export const requestInfoAction = fullKeys(
  formAction({
    permission: 'review:act',
    schema: requestInfoSchema,
    async run(input, { actor, t }) {
      const items = missingItems(input['missing[]'], input.other);
      await requestMissingItems(actor, { proposalId: input.proposalId, version: input.version, ...items });
      refresh(input.proposalId);
      return { message: t('commendation.appraisal.requestSent', { count: items.docTypes.length + items.notes.length }) };
    },
  }),
);

export const appraiseProposalAction = fullKeys(
  formAction({
    permission: 'review:act',
    schema: appraiseSchema,
    async run(input, { actor, t }) {
      await appraiseProposal(actor, input);
      refresh(input.proposalId);
      return { message: t('commendation.appraisal.appraisedDone') };
    },
  }),
);

export const rejectProposalAction = fullKeys(
  formAction({
    permission: 'review:act',
    schema: rejectSchema,
    async run(input, { actor, t }) {
      await rejectProposal(actor, input);
      refresh(input.proposalId);
      return { message: t('commendation.appraisal.rejectedDone') };
    },
  }),
);

export const openDisclosureAction = fullKeys(
  formAction({
    permission: 'review:act',
    schema: stepSchema,
    async run(input, { actor, t }) {
      const window = await openDisclosure(actor, input);
      refresh(input.proposalId);
      revalidatePath('/public/disclosure');
      return { message: t('commendation.appraisal.disclosureOpened', { start: formatDay(window.start), end: formatDay(window.end) }) };
    },
  }),
);
