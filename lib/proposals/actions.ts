'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { dataAction, formAction, type ActionState } from '@/lib/actions/form-action';
import type { Permission } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
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

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function refresh(proposalId?: number) {
  revalidatePath('/proposals', 'layout');
  if (proposalId) revalidatePath(`/proposals/${proposalId}`);
}

/**
 * A step on a proposal: on success, the proposal's page again with a word on what was done (the
 * step's own form is gone from the page by then); on refusal, the message next to the form.
 */
function step<S extends z.ZodType>(permission: Permission, schema: S, run: (input: z.output<S>, actor: Actor) => Promise<{ proposalId: number; done: string }>): Action {
  const action = formAction({
    permission,
    schema,
    async run(input, { actor }) {
      const { proposalId, done } = await run(input, actor);
      refresh(proposalId);
      return { data: { redirect: `/proposals/${proposalId}?done=${done}` } };
    },
  });
  return async (state, formData) => {
    const result = await action(state, formData);
    const target = (result.data as { redirect?: string } | undefined)?.redirect;
    if (result.ok && target) redirect(target);
    return result;
  };
}

/** Creates the proposal, then opens its page. */
export const createProposalAction = step('unit:edit', createProposalSchema, async (input, actor) => {
  const { id } = await createProposal(actor, { ...(input as ProposalFields), docType: input.docType, file: input.file });
  return { proposalId: id, done: 'created' };
});

export const updateProposalAction = formAction({
  permission: 'unit:edit',
  schema: updateProposalSchema,
  async run(input, { actor, t }) {
    await updateProposal(actor, input as ProposalFields & { proposalId: number; version: number });
    refresh(input.proposalId);
    return { message: t('commendation.saved') };
  },
});

export const addDocumentAction = formAction({
  permission: 'unit:edit',
  schema: addDocumentSchema,
  async run(input, { actor, t }) {
    await addProposalDocument(actor, input);
    refresh(input.proposalId);
    return { message: t('commendation.dossier.added') };
  },
});

export const removeDocumentAction = dataAction({
  permission: 'unit:edit',
  schema: removeDocumentSchema,
  async run(input, { actor }) {
    await removeProposalDocument(actor, input);
    refresh(input.proposalId);
    return true;
  },
});

export const submitProposalAction = step('unit:submit', submitSchema, async (input, actor) => {
  const { eligible } = await submitProposal(actor, input);
  return { proposalId: input.proposalId, done: eligible ? 'submitted' : 'submittedIneligible' };
});

export const receiveProposalAction = step('review:act', stepSchema, async (input, actor) => {
  await receiveProposal(actor, input);
  return { proposalId: input.proposalId, done: 'received' };
});

export const requestInfoAction = step('review:act', requestInfoSchema, async (input, actor) => {
  await requestMissingItems(actor, { proposalId: input.proposalId, version: input.version, ...missingItems(input['missing[]'], input.other) });
  return { proposalId: input.proposalId, done: 'requested' };
});

export const appraiseProposalAction = step('review:act', appraiseSchema, async (input, actor) => {
  await appraiseProposal(actor, input);
  return { proposalId: input.proposalId, done: 'appraised' };
});

export const rejectProposalAction = step('review:act', rejectSchema, async (input, actor) => {
  await rejectProposal(actor, input);
  return { proposalId: input.proposalId, done: 'rejected' };
});

export const openDisclosureAction = step('review:act', stepSchema, async (input, actor) => {
  await openDisclosure(actor, input);
  revalidatePath('/public/disclosure');
  return { proposalId: input.proposalId, done: 'disclosed' };
});
