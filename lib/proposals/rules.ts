/**
 * Pure decisions of a commendation proposal (đề nghị khen thưởng) that the state machine of
 * lib/commendation/proposal-flow.ts does not make: who may be proposed for which form, which years
 * eligibility looks at, what the dossier needs before it leaves the unit, the disclosure window,
 * and how stored verdicts read.
 */
import type { ProposalDocType, RecipientKind } from '@/lib/generated/prisma/enums';
import type { EligibilityResult, Verdict } from '@/lib/commendation/eligibility';
import type { FormNeeds } from '@/lib/commendation/proposal-flow';
import { addWorkingDays, disclosureEnd, type Holidays } from '@/lib/commendation/working-days';

export type NomineeKind = 'INDIVIDUAL' | 'COLLECTIVE';

export const NOMINEE_KINDS: readonly NomineeKind[] = ['INDIVIDUAL', 'COLLECTIVE'];

export const DOC_TYPES: readonly ProposalDocType[] = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER'];

/** A proposal is made by its tờ trình: without one it cannot leave the unit; Home Affairs asks for the rest. */
export const REQUIRED_AT_SUBMISSION: readonly ProposalDocType[] = ['TO_TRINH'];

export const ACHIEVEMENTS_MIN = 20;
export const ACHIEVEMENTS_MAX = 10_000;

/** Whether a form awarded to `formRecipient` may be proposed for this kind of nominee. */
export function recipientAllowed(formRecipient: RecipientKind, kind: NomineeKind): boolean {
  return formRecipient === 'INDIVIDUAL_OR_COLLECTIVE' || formRecipient === kind;
}

/** Forms a unit proposes to the province: titles and forms it does not award itself (registry codes such as ratings are not proposed). */
export function isProposable(form: { kind: string; awardedByUnit: boolean; active: boolean }): boolean {
  return form.active && !form.awardedByUnit && (form.kind === 'TITLE' || form.kind === 'FORM');
}

/** Years a unit may propose for on `day`: this year and the last one (a proposal made after the year's review). */
export function proposalYears(day: string): number[] {
  const year = Number(day.slice(0, 4));
  return [year, year - 1];
}

/**
 * The last year eligibility looks at. The year's own review (bình xét) is recorded after the year
 * ends, so a proposal made during year Y is judged on the years up to Y-1; a proposal for an
 * earlier year looks no later than that year.
 */
export function assessedThroughYear(proposalYear: number, day: string): number {
  return Math.min(proposalYear, Number(day.slice(0, 4)) - 1);
}

export function missingRequiredDocs(docTypes: readonly ProposalDocType[]): ProposalDocType[] {
  return REQUIRED_AT_SUBMISSION.filter((t) => !docTypes.includes(t));
}

/** What the form asks of the flow, from the catalogue row. */
export function needsOf(form: { needsPublicDisclosure: boolean; needsCouncilVote: boolean } | null): FormNeeds {
  return { publicDisclosure: Boolean(form?.needsPublicDisclosure), councilVote: Boolean(form?.needsCouncilVote) };
}

/**
 * The disclosure window opened on `today`: from the next working day through the N-th working day
 * after today (Bộ luật Dân sự, Điều 147: the day of the decision is not counted), so the public has
 * N full working days.
 */
export function disclosureWindowFrom(today: string, workingDays: number, holidays: Holidays): { start: string; end: string } {
  return { start: addWorkingDays(today, 1, holidays), end: disclosureEnd(today, workingDays, holidays) };
}

/** Eligibility as stored on the proposal: the engine's result and the day it judged. */
export type StoredEligibility = EligibilityResult & {
  judgedOn: string;
  /** the block/cluster ranking was not available to the check (judged as "not proposed") */
  rankingUnavailable?: boolean;
};

export function asStoredEligibility(value: unknown): StoredEligibility | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<StoredEligibility>;
  return typeof v.judgedOn === 'string' && Array.isArray(v.verdicts) && typeof v.eligible === 'boolean' ? (v as StoredEligibility) : null;
}

/** Nesting of a verdict under all_of/any_of groups, for indentation. */
export function verdictDepth(path: string): number {
  return path ? path.split('/of/').length - 1 : 0;
}

/** The conditions that failed and decide the outcome (groups only speak through their children). */
export function failedConditions(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.filter((v) => !v.passed && v.node !== 'all_of' && v.node !== 'any_of');
}

/** The catalogue key of a verdict's reason: the engine's `eligibility.x` lives under `commendation.eligibility.x`. */
export function reasonMessageKey(reasonKey: string): string {
  return reasonKey.startsWith('eligibility.') ? `commendation.${reasonKey}` : reasonKey;
}

/**
 * The consolidated request for missing items: document types ticked plus one item per non-empty
 * line of the free text, without duplicates. Home Affairs asks once for everything.
 */
export function missingItems(docTypes: readonly string[], otherText: string | null | undefined): { docTypes: ProposalDocType[]; notes: string[] } {
  const types = DOC_TYPES.filter((t) => docTypes.includes(t));
  const notes = [...new Set((otherText ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
  return { docTypes: types, notes };
}
