'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { requestAddress } from '@/lib/auth/session';
import { idField, intField, optionalText } from '@/lib/forms/fields';
import { sheetSchema } from './sheet';
import { saveSheet } from './sheet-service';
import { saveScores } from './score-service';

const jsonField = (v: unknown) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};

const sheetFormSchema = z.object({
  groupId: idField,
  year: intField(2000, 2100),
  version: intField(0, 1_000_000),
  definition: z.preprocess(jsonField, sheetSchema),
});

export const saveSheetAction = formAction({
  permission: 'admin:manage',
  schema: sheetFormSchema,
  async run(input, { actor, t }) {
    const sheet = await saveSheet(actor, input, await requestAddress());
    revalidatePath('/appraisal', 'layout');
    return { message: t('appraisal.sheetSaved'), data: { version: sheet.version } };
  },
});

/** Score fields arrive as score.<criterion code>; blank means "not scored yet". */
const scoresFormSchema = z
  .object({ groupId: idField, year: intField(2000, 2100), unitId: idField, version: intField(1, 1_000_000), note: optionalText(1000) })
  .catchall(z.unknown())
  .transform((input) => {
    const scores: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith('score.') && typeof value === 'string') scores[key.slice('score.'.length)] = value;
    }
    return { groupId: input.groupId, year: input.year, unitId: input.unitId, version: input.version, note: input.note, scores };
  });

export const saveScoresAction = formAction({
  permission: 'review:act',
  schema: scoresFormSchema,
  async run(input, { actor, t }) {
    const { unitName } = await saveScores(actor, input, await requestAddress());
    revalidatePath('/appraisal', 'layout');
    return { message: t('appraisal.scoresSaved', { unit: unitName }) };
  },
});
