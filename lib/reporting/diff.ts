/**
 * What changed between two submissions of a report, for the reviewer's "since the last version"
 * view. Snapshots are the JSON of SubmissionVersion.snapshot:
 *   { note, narrative, values: { CODE: { value, note } }, evidence: [{ name, elementCode, fileId? }] }
 * Values compare as numbers ("12.5" and "12.5000" are the same), notes and texts after trimming
 * (an empty text is no text). Evidence files compare by fileId when both sides have one, else by
 * name and element, counting duplicates.
 */
import { toNumber, type Decimalish } from './values';

export type SnapshotValue = { value: Decimalish; note?: string | null; rawValue?: string | null };
export type SnapshotEvidence = { name: string; elementCode?: string | null; fileId?: number | null };
export type SubmissionSnapshot = {
  note?: string | null;
  narrative?: string | null;
  values: Readonly<Record<string, SnapshotValue | null | undefined>>;
  evidence?: readonly SnapshotEvidence[];
};

export type ValueSide = { value: string | null; note: string | null };
export type ValueChange = {
  code: string;
  /** added: no value before; removed: no value now; changed: the value or only its note changed */
  kind: 'added' | 'removed' | 'changed';
  before: ValueSide | null;
  after: ValueSide | null;
  valueChanged: boolean;
  noteChanged: boolean;
};
export type TextChange = { before: string | null; after: string | null };

export type SubmissionDiff = {
  /** anything at all changed */
  changed: boolean;
  values: ValueChange[];
  note: TextChange | null;
  narrative: TextChange | null;
  evidenceAdded: SnapshotEvidence[];
  evidenceRemoved: SnapshotEvidence[];
};

const text = (s: string | null | undefined): string | null => {
  const t = typeof s === 'string' ? s.trim() : '';
  return t === '' ? null : t;
};

function side(v: SnapshotValue | null | undefined): ValueSide | null {
  if (!v) return null;
  const value = v.value === null || v.value === undefined || String(v.value).trim() === '' ? null : String(v.value);
  const note = text(v.note);
  return value === null && note === null ? null : { value, note };
}

function sameValue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = toNumber(a);
  const y = toNumber(b);
  return x !== null && y !== null ? x === y : a === b;
}

const evidenceKey = (e: SnapshotEvidence) => `${e.name}\u0000${e.elementCode ?? ''}`;

/** Files in `a` that `b` does not have (as a multiset). */
function evidenceMinus(a: readonly SnapshotEvidence[], b: readonly SnapshotEvidence[]): SnapshotEvidence[] {
  const remaining = [...b];
  return a.filter((e) => {
    const i = remaining.findIndex((r) =>
      e.fileId != null && r.fileId != null ? e.fileId === r.fileId : evidenceKey(e) === evidenceKey(r),
    );
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
}

/**
 * The diff from `before` (the previous submission; null for the first one) to `after`.
 * `order` lists element codes in display order; codes it does not name follow, alphabetically.
 */
export function diffSubmissions(before: SubmissionSnapshot | null, after: SubmissionSnapshot, order: readonly string[] = []): SubmissionDiff {
  const prior: SubmissionSnapshot = before ?? { values: {} };
  const codes = new Set([...Object.keys(prior.values), ...Object.keys(after.values)]);
  const rank = new Map(order.map((c, i) => [c, i]));
  const sorted = [...codes].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));

  const values: ValueChange[] = [];
  for (const code of sorted) {
    const b = side(prior.values[code]);
    const a = side(after.values[code]);
    const valueChanged = !sameValue(b?.value ?? null, a?.value ?? null);
    const noteChanged = (b?.note ?? null) !== (a?.note ?? null);
    if (!valueChanged && !noteChanged) continue;
    const kind = (b?.value ?? null) === null && a?.value ? 'added' : (a?.value ?? null) === null && b?.value ? 'removed' : 'changed';
    values.push({ code, kind, before: b, after: a, valueChanged, noteChanged });
  }

  const textChange = (x: string | null | undefined, y: string | null | undefined): TextChange | null =>
    text(x) === text(y) ? null : { before: text(x), after: text(y) };
  const note = textChange(prior.note, after.note);
  const narrative = textChange(prior.narrative, after.narrative);
  const evidenceAdded = evidenceMinus(after.evidence ?? [], prior.evidence ?? []);
  const evidenceRemoved = evidenceMinus(prior.evidence ?? [], after.evidence ?? []);
  return {
    changed: values.length > 0 || note !== null || narrative !== null || evidenceAdded.length > 0 || evidenceRemoved.length > 0,
    values,
    note,
    narrative,
    evidenceAdded,
    evidenceRemoved,
  };
}
