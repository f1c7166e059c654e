/**
 * A registration as one plain object: what a submission contained (kept in SubmissionVersion so the
 * reviewer sees what changed) and what an audit row records before and after a save. Pure.
 */
import type { Decimalish } from '@/lib/reporting/values';
import type { RegistrationDiff, RegistrationSnapshot, TargetSnapshot } from './diff';

type TargetRow = { indicatorCode: string; targetValue: Decimalish; targetMin: Decimalish; targetMax: Decimalish; note: string | null };
type IndividualRow = { personId: number; fullName: string; position: string | null; titleCode: string };

const str = (v: Decimalish): string | null => (v === null || v === undefined ? null : v.toString());

export function registrationSnapshot(
  registration: { collectiveTitleCode: string | null; note: string | null },
  targets: readonly TargetRow[],
  individuals: readonly IndividualRow[],
): RegistrationSnapshot {
  return {
    collectiveTitleCode: registration.collectiveTitleCode,
    note: registration.note,
    targets: Object.fromEntries(
      targets.map((t): [string, TargetSnapshot] => [t.indicatorCode, { value: str(t.targetValue), min: str(t.targetMin), max: str(t.targetMax), note: t.note }]),
    ),
    individuals: individuals
      .map((i) => ({ personId: i.personId, fullName: i.fullName, position: i.position, titleCode: i.titleCode }))
      .sort((a, b) => a.personId - b.personId),
  };
}

/** Only the parts of a snapshot that a diff names, for the audit's before and after. */
export function changedParts(snapshot: RegistrationSnapshot, diff: RegistrationDiff): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  if (diff.collectiveTitle) parts.collectiveTitleCode = snapshot.collectiveTitleCode;
  if (diff.note) parts.note = snapshot.note;
  if (diff.targets.length) parts.targets = Object.fromEntries(diff.targets.map((t) => [t.code, snapshot.targets[t.code] ?? null]));
  if (diff.individuals.length) {
    const named = new Set(diff.individuals.map((i) => i.personId));
    parts.individuals = snapshot.individuals.filter((i) => named.has(i.personId));
  }
  return parts;
}
