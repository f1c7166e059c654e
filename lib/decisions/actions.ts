'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { explained } from '@/lib/council/explain';
import { recordDecision } from './record-decision';
import { recordDecisionSchema } from './schema';

export const recordDecisionAction = formAction({
  permission: 'review:act',
  schema: recordDecisionSchema,
  async run(input, { actor }) {
    const { 'proposalIds[]': proposalIds, ...rest } = input;
    const decision = await explained(() => recordDecision(actor, { ...rest, proposalIds }));
    revalidatePath('/decisions');
    revalidatePath('/public/decisions');
    redirect(`/decisions/${decision.id}?recorded=1`);
  },
});
