/**
 * What changed between two submissions of a registration, for the reviewer's "since the last
 * version" view. Snapshots are the JSON kept in SubmissionVersion.snapshot. Numbers compare as
 * numbers ("95" and "95.0000" are the same), texts after trimming. Pure.
 */
import { toNumber } from '@/lib/reporting/values';

export type TargetSnapshot = { value: string | null; min: string | null; max: string | null; note: string | null };
export type IndividualSnapshot = { personId: number; fullName: string; position: string | null; titleCode: string };
export type RegistrationSnapshot = {
  collectiveTitleCode: string | null;
  note: string | null;
  targets: Readonly<Record<string, TargetSnapshot | undefined>>;
  individuals: readonly IndividualSnapshot[];
};

export type Change<T> = { before: T | null; after: T | null };
export type TargetChange = { code: string } & Change<TargetSnapshot>;
export type IndividualChange = { personId: number; fullName: string } & Change<{ position: string | null; titleCode: string }>;

export type RegistrationDiff = {
  changed: boolean;
  collectiveTitle: Change<string> | null;
  note: Change<string> | null;
  targets: TargetChange[];
  /** added (before null), removed (after null) or changed position / title */
  individuals: IndividualChange[];
};

const text = (s: string | null | undefined): string | null => (typeof s === 'string' && s.trim() !== '' ? s.trim() : null);

const sameNumber = (a: string | null | undefined, b: string | null | undefined) => toNumber(a) === toNumber(b);

function target(t: TargetSnapshot | undefined): TargetSnapshot | null {
  if (!t) return null;
  const side = { value: t.value ?? null, min: t.min ?? null, max: t.max ?? null, note: text(t.note) };
  return side.value === null && side.min === null && side.max === null && side.note === null ? null : side;
}

function sameTarget(a: TargetSnapshot | null, b: TargetSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return sameNumber(a.value, b.value) && sameNumber(a.min, b.min) && sameNumber(a.max, b.max) && a.note === b.note;
}

/** The diff from `before` (null for a first submission) to `after`; `order` lists indicator codes in display order. */
export function diffRegistrations(before: RegistrationSnapshot | null, after: RegistrationSnapshot, order: readonly string[] = []): RegistrationDiff {
  const prior: RegistrationSnapshot = before ?? { collectiveTitleCode: null, note: null, targets: {}, individuals: [] };
  const rank = new Map(order.map((c, i) => [c, i]));
  const codes = [...new Set([...Object.keys(prior.targets), ...Object.keys(after.targets)])].sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const targets: TargetChange[] = [];
  for (const code of codes) {
    const b = target(prior.targets[code]);
    const a = target(after.targets[code]);
    if (!sameTarget(b, a)) targets.push({ code, before: b, after: a });
  }

  const individuals: IndividualChange[] = [];
  const side = (i: IndividualSnapshot | undefined) => (i ? { position: text(i.position), titleCode: i.titleCode } : null);
  for (const person of after.individuals) {
    const old = prior.individuals.find((p) => p.personId === person.personId);
    const [b, a] = [side(old), side(person)];
    if (!b || b.position !== a!.position || b.titleCode !== a!.titleCode) individuals.push({ personId: person.personId, fullName: person.fullName, before: b, after: a });
  }
  for (const person of prior.individuals) {
    if (!after.individuals.some((p) => p.personId === person.personId)) individuals.push({ personId: person.personId, fullName: person.fullName, before: side(person), after: null });
  }

  const change = (x: string | null | undefined, y: string | null | undefined): Change<string> | null => (text(x) === text(y) ? null : { before: text(x), after: text(y) });
  const collectiveTitle = change(prior.collectiveTitleCode, after.collectiveTitleCode);
  const note = change(prior.note, after.note);
  return { changed: targets.length > 0 || individuals.length > 0 || collectiveTitle !== null || note !== null, collectiveTitle, note, targets, individuals };
}
