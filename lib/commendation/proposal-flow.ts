/**
 * The steps of a commendation proposal (DESIGN.md, flow 6), as data: unit proposes -> Home Affairs
 * appraises (asking for every missing item at once) -> public disclosure where the form requires
 * it -> council secret ballot where required -> decision -> registry; a rejection is notified.
 * Pure: which transition, from which states, by which role, and what the form requires.
 */
import type { ProposalStatus, Role } from '@/lib/generated/prisma/enums';

export type ProposalTransition =
  | 'submit'
  | 'requestInfo'
  | 'appraise'
  | 'reject'
  | 'openDisclosure'
  | 'sendToCouncil'
  | 'councilApprove'
  | 'councilReject'
  | 'decide';

type Move = { from: readonly ProposalStatus[]; to: ProposalStatus; roles: readonly Role[] };

const MOVES: Record<ProposalTransition, Move> = {
  submit: { from: ['DRAFT', 'NEEDS_INFO'], to: 'SUBMITTED', roles: ['UNIT_HEAD'] },
  requestInfo: { from: ['SUBMITTED'], to: 'NEEDS_INFO', roles: ['REVIEWER'] },
  appraise: { from: ['SUBMITTED'], to: 'APPRAISED', roles: ['REVIEWER'] },
  reject: { from: ['SUBMITTED', 'APPRAISED', 'DISCLOSURE'], to: 'REJECTED', roles: ['REVIEWER'] },
  openDisclosure: { from: ['APPRAISED'], to: 'DISCLOSURE', roles: ['REVIEWER'] },
  sendToCouncil: { from: ['APPRAISED', 'DISCLOSURE'], to: 'COUNCIL', roles: ['REVIEWER'] },
  councilApprove: { from: ['COUNCIL'], to: 'APPROVED', roles: ['REVIEWER'] },
  councilReject: { from: ['COUNCIL'], to: 'REJECTED', roles: ['REVIEWER'] },
  decide: { from: ['APPRAISED', 'APPROVED'], to: 'DECIDED', roles: ['REVIEWER'] },
};

/** What the form asks of a proposal (from CommendationForm / the rule version in force). */
export type FormNeeds = { publicDisclosure: boolean; councilVote: boolean };

export type FlowContext = {
  needs: FormNeeds;
  /** the day it is, and the disclosure window's last day if one was opened ('YYYY-MM-DD') */
  today?: string;
  disclosureEnd?: string | null;
};

/** Why a transition is refused: a catalogue key under `commendation.flow`, or null when allowed. */
export function refusalOf(transition: ProposalTransition, from: ProposalStatus, role: Role, context: FlowContext): string | null {
  const move = MOVES[transition];
  if (!move.roles.includes(role)) return 'notYourStep';
  if (!move.from.includes(from)) return 'wrongState';
  const { needs } = context;
  switch (transition) {
    case 'openDisclosure':
      return needs.publicDisclosure ? null : 'noDisclosureNeeded';
    case 'sendToCouncil':
      if (!needs.councilVote) return 'noCouncilNeeded';
      if (needs.publicDisclosure && from !== 'DISCLOSURE') return 'disclosureFirst';
      if (from === 'DISCLOSURE' && (!context.today || !context.disclosureEnd || context.today <= context.disclosureEnd)) return 'disclosureNotOver';
      return null;
    case 'decide':
      // Without a council vote the appraised proposal goes straight to the decision; with one, only once approved.
      return from === 'APPRAISED' && (needs.councilVote || needs.publicDisclosure) ? 'councilFirst' : null;
    default:
      return null;
  }
}

export function targetOf(transition: ProposalTransition): ProposalStatus {
  return MOVES[transition].to;
}

export function fromStates(transition: ProposalTransition): readonly ProposalStatus[] {
  return MOVES[transition].from;
}

/** The unit may edit the proposal and its dossier only while it is in its hands. */
export function isProposalEditable(status: ProposalStatus): boolean {
  return status === 'DRAFT' || status === 'NEEDS_INFO';
}
