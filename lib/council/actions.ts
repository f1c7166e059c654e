'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { addProposalToSession, closeCouncilSession, createCouncilSession, openCouncilSession, removeProposalFromSession } from './sessions';
import { castBallot } from './ballot-box';
import { ballotSchema, createSessionSchema, sessionItemSchema, sessionStepSchema } from './schema';
import { explained } from './explain';

export const createSessionAction = formAction({
  permission: 'review:act',
  schema: createSessionSchema,
  async run(input, { actor }) {
    const session = await explained(() => createCouncilSession(actor, input));
    revalidatePath('/council');
    redirect(`/council/${session.id}`);
  },
});

export const addItemAction = formAction({
  permission: 'review:act',
  schema: sessionItemSchema,
  async run(input, { actor, t }) {
    await explained(() => addProposalToSession(actor, input.sessionId, input.proposalId));
    revalidatePath('/council', 'layout');
    return { message: t('council.itemAdded') };
  },
});

export const removeItemAction = formAction({
  permission: 'review:act',
  schema: sessionItemSchema,
  async run(input, { actor, t }) {
    await explained(() => removeProposalFromSession(actor, input.sessionId, input.proposalId));
    revalidatePath('/council', 'layout');
    return { message: t('council.itemRemoved') };
  },
});

export const openSessionAction = formAction({
  permission: 'review:act',
  schema: sessionStepSchema,
  async run(input, { actor, t }) {
    await explained(() => openCouncilSession(actor, input.sessionId));
    revalidatePath('/council', 'layout');
    return { message: t('council.opened') };
  },
});

export const closeSessionAction = formAction({
  permission: 'review:act',
  schema: sessionStepSchema,
  async run(input, { actor, t }) {
    const results = await explained(() => closeCouncilSession(actor, input.sessionId));
    revalidatePath('/council', 'layout');
    revalidatePath('/decisions');
    return { message: t('council.closed', { approved: results.filter((r) => r.approved).length, total: results.length }) };
  },
});

/** The ballot: the choices go into the counters and nowhere else (nothing here logs them). */
export const castBallotAction = formAction({
  permission: 'council:vote',
  schema: ballotSchema,
  async run(input, { actor, t }) {
    await explained(() => castBallot(actor, input.sessionId, input.choices));
    revalidatePath('/council', 'layout');
    return { message: t('council.voted') };
  },
});
