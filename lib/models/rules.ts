/**
 * The life of an exemplary model (điển hình tiên tiến, mô hình hay): the unit writes it (DRAFT),
 * submits it (SUBMITTED); Home Affairs returns it with a note (RETURNED, the unit edits and submits
 * again), publishes it (PUBLISHED: on the public page) or archives it (ARCHIVED: off every list but
 * the record). Pure.
 */
import type { ModelStatus } from '@/lib/generated/prisma/enums';

export type ModelTransition = 'submit' | 'return' | 'publish' | 'archive';

/** Who moves a model: the unit that owns it, or Home Affairs. */
export const TRANSITION_ACTOR: Record<ModelTransition, 'unit' | 'curator'> = { submit: 'unit', return: 'curator', publish: 'curator', archive: 'curator' };

const FROM: Record<ModelTransition, readonly ModelStatus[]> = {
  submit: ['DRAFT', 'RETURNED'],
  return: ['SUBMITTED'],
  publish: ['SUBMITTED'],
  archive: ['SUBMITTED', 'RETURNED', 'PUBLISHED'],
};

export const TARGET: Record<ModelTransition, ModelStatus> = { submit: 'SUBMITTED', return: 'RETURNED', publish: 'PUBLISHED', archive: 'ARCHIVED' };

export function canMoveModel(transition: ModelTransition, from: ModelStatus): boolean {
  return FROM[transition].includes(from);
}

export function fromStatuses(transition: ModelTransition): ModelStatus[] {
  return [...FROM[transition]];
}

/** The unit edits its text and photos while the model is with it. */
export function isModelEditable(status: ModelStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/** Stored text shown as plain paragraphs: blank lines part paragraphs, single newlines stay line breaks. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, '').split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
}
