/**
 * The submission workflow shared by registrations and reports (DESIGN.md, flows 2–4):
 * the unit edits a DRAFT, its head submits, Home Affairs accepts or returns it with comments,
 * the unit fixes and resubmits; accepted data is locked until Home Affairs reopens it.
 * Pure: who may move what, from where to where.
 */
import type { Role, WorkflowStatus } from '@/lib/generated/prisma/enums';

export type Transition = 'submit' | 'accept' | 'return' | 'reopen';

const MOVES: Record<Transition, { from: readonly WorkflowStatus[]; to: WorkflowStatus; roles: readonly Role[] }> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', roles: ['UNIT_HEAD'] },
  accept: { from: ['SUBMITTED'], to: 'ACCEPTED', roles: ['REVIEWER'] },
  return: { from: ['SUBMITTED'], to: 'RETURNED', roles: ['REVIEWER'] },
  // Reopening accepted data sends it back to the unit, with the reviewer's reason as a comment.
  reopen: { from: ['ACCEPTED'], to: 'RETURNED', roles: ['REVIEWER'] },
};

export function targetOf(transition: Transition): WorkflowStatus {
  return MOVES[transition].to;
}

export function canMove(transition: Transition, from: WorkflowStatus, role: Role): boolean {
  const move = MOVES[transition];
  return move.from.includes(from) && move.roles.includes(role);
}

export function allowedFrom(transition: Transition): readonly WorkflowStatus[] {
  return MOVES[transition].from;
}

/** The unit may change the content only while it is in its hands. */
export const EDITABLE_STATUSES: readonly WorkflowStatus[] = ['DRAFT', 'RETURNED'];

export function isEditableStatus(status: WorkflowStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}
