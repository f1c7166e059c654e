/** Forms of exemplary models, shared by the pages and the actions. */
import { z } from 'zod';
import { idField, intField, optionalText, requiredText } from '@/lib/forms/fields';

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 1000;
export const MAX_BODY = 20_000;
export const MAX_CAPTION = 300;
export const MAX_CURATOR_NOTE = 2000;
/** A model shows a handful of pictures, not an album. */
export const MAX_PHOTOS = 10;

const text = { title: requiredText(MAX_TITLE), summary: requiredText(MAX_SUMMARY), body: requiredText(MAX_BODY) };

export const modelCreateSchema = z.object({ ...text, photo: z.unknown(), caption: optionalText(MAX_CAPTION) });
export const modelEditSchema = z.object({ id: idField, version: intField(1, 1_000_000), ...text });
export const photoAddSchema = z.object({ id: idField, version: intField(1, 1_000_000), photo: z.unknown(), caption: optionalText(MAX_CAPTION) });
export const photoRemoveSchema = z.object({ id: idField, version: intField(1, 1_000_000), photoId: idField });
export const modelMoveSchema = z.object({
  id: idField,
  version: intField(1, 1_000_000),
  transition: z.enum(['submit', 'return', 'publish', 'archive'], { message: 'choose' }),
  note: optionalText(MAX_CURATOR_NOTE),
});

export type ModelCreateInput = z.output<typeof modelCreateSchema>;
export type ModelEditInput = z.output<typeof modelEditSchema>;
