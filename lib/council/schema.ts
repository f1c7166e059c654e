/**
 * Forms of the council pages, shared by the client forms and the Server Actions. Messages are keys
 * under `validation.` or full catalogue keys (`council.…`).
 */
import { z } from 'zod';
import { idField, requiredText } from '@/lib/forms/fields';
import { parseDayText } from '@/lib/catalogue/form-values';
import { BALLOT_CHOICES, type BallotChoice } from '@/lib/commendation/ballot';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A calendar day typed as dd/mm/yyyy, as 'YYYY-MM-DD'. */
export const dayField = z.preprocess(
  // A day that does not exist (30/02/2026, 2026-02-30) is not a day: it fails the pattern.
  (v) => (blank(v) ? undefined : typeof v === 'string' ? (parseDayText(v) ?? `invalid ${v}`) : v),
  z.string({ message: 'required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'council.validation.day' }),
);

export const createSessionSchema = z.object({ title: requiredText(300), meetingDate: dayField });

export const sessionItemSchema = z.object({ sessionId: idField, proposalId: idField });

export const sessionStepSchema = z.object({ sessionId: idField });

/** One choice per agenda item, posted as `choice.<itemId>` radio groups. */
export const ballotSchema = z
  .object({ sessionId: idField })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const choices: Array<{ itemId: number; choice: BallotChoice }> = [];
    for (const [key, value] of Object.entries(input)) {
      const m = /^choice\.(\d{1,9})$/.exec(key);
      if (!m) continue;
      if (!BALLOT_CHOICES.includes(value as BallotChoice)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'choose' });
        continue;
      }
      choices.push({ itemId: Number(m[1]), choice: value as BallotChoice });
    }
    return { sessionId: input.sessionId as number, choices };
  });
