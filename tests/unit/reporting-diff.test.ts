import { describe, expect, it } from 'vitest';
import { diffSubmissions, type SubmissionSnapshot } from '@/lib/reporting/diff';

const v1: SubmissionSnapshot = {
  note: 'Số liệu quý 3',
  narrative: 'Đơn vị đã triển khai kế hoạch.',
  values: {
    HOUSEHOLDS: { value: '1500', note: null },
    POOR_HOUSEHOLDS: { value: '210.0000', note: null },
    DOSSIERS_TOTAL: { value: '900', note: 'Tăng do sáp nhập' },
    NTM_STANDARD_MET: { value: '0', note: null },
  },
  evidence: [
    { name: 'quyet-dinh.pdf', elementCode: 'NTM_STANDARD_MET', fileId: 1 },
    { name: 'bien-ban.pdf', elementCode: null, fileId: 2 },
  ],
};

describe('the diff between two submissions', () => {
  it('finds nothing between a snapshot and itself, or the same numbers written differently', () => {
    expect(diffSubmissions(v1, structuredClone(v1)).changed).toBe(false);
    const same: SubmissionSnapshot = {
      ...v1,
      note: '  Số liệu quý 3 ',
      values: { ...v1.values, HOUSEHOLDS: { value: '1500.0000', note: '' }, POOR_HOUSEHOLDS: { value: 210, note: '  ' } },
    };
    expect(diffSubmissions(v1, same)).toEqual({ changed: false, values: [], note: null, narrative: null, evidenceAdded: [], evidenceRemoved: [] });
  });

  it('lists changed, added and removed values, and note-only changes', () => {
    const v2: SubmissionSnapshot = {
      ...v1,
      values: {
        HOUSEHOLDS: { value: '1500', note: null },
        POOR_HOUSEHOLDS: { value: '190', note: 'Rà soát lại' },
        DOSSIERS_TOTAL: { value: '900', note: 'Tăng do sáp nhập hai xã' },
        NTM_STANDARD_MET: null,
        SATELLITE_SCHOOL_SITES: { value: '4', note: null },
      },
    };
    const d = diffSubmissions(v1, v2, ['HOUSEHOLDS', 'POOR_HOUSEHOLDS', 'NTM_STANDARD_MET', 'DOSSIERS_TOTAL']);
    expect(d.changed).toBe(true);
    expect(d.values).toEqual([
      {
        code: 'POOR_HOUSEHOLDS',
        kind: 'changed',
        before: { value: '210.0000', note: null },
        after: { value: '190', note: 'Rà soát lại' },
        valueChanged: true,
        noteChanged: true,
      },
      { code: 'NTM_STANDARD_MET', kind: 'removed', before: { value: '0', note: null }, after: null, valueChanged: true, noteChanged: false },
      {
        code: 'DOSSIERS_TOTAL',
        kind: 'changed',
        before: { value: '900', note: 'Tăng do sáp nhập' },
        after: { value: '900', note: 'Tăng do sáp nhập hai xã' },
        valueChanged: false,
        noteChanged: true,
      },
      { code: 'SATELLITE_SCHOOL_SITES', kind: 'added', before: null, after: { value: '4', note: null }, valueChanged: true, noteChanged: false },
    ]);
  });

  it('a value of 0 is a value: 0 -> empty is removed, empty -> 0 is added', () => {
    const emptied = diffSubmissions({ values: { X: { value: '0' } } }, { values: { X: { value: null } } });
    expect(emptied.values.map((c) => c.kind)).toEqual(['removed']);
    const filled = diffSubmissions({ values: { X: { value: '' } } }, { values: { X: { value: 0 } } });
    expect(filled.values.map((c) => c.kind)).toEqual(['added']);
  });

  it('shows the note and the narrative before and after', () => {
    const d = diffSubmissions(v1, { ...v1, note: null, narrative: 'Đơn vị đã triển khai kế hoạch và bổ sung mô hình hay.' });
    expect(d.note).toEqual({ before: 'Số liệu quý 3', after: null });
    expect(d.narrative).toEqual({ before: 'Đơn vị đã triển khai kế hoạch.', after: 'Đơn vị đã triển khai kế hoạch và bổ sung mô hình hay.' });
  });

  it('lists evidence added and removed, by file id or by name and element', () => {
    const d = diffSubmissions(v1, {
      ...v1,
      evidence: [
        { name: 'quyet-dinh.pdf', elementCode: 'NTM_STANDARD_MET', fileId: 1 },
        { name: 'bien-ban.pdf', elementCode: null, fileId: 3 },
      ],
    });
    expect(d.evidenceAdded).toEqual([{ name: 'bien-ban.pdf', elementCode: null, fileId: 3 }]);
    expect(d.evidenceRemoved).toEqual([{ name: 'bien-ban.pdf', elementCode: null, fileId: 2 }]);

    const byName = diffSubmissions(
      { values: {}, evidence: [{ name: 'a.pdf', elementCode: 'X' }] },
      { values: {}, evidence: [{ name: 'a.pdf', elementCode: 'X' }, { name: 'a.pdf', elementCode: 'X' }, { name: 'a.pdf', elementCode: 'Y' }] },
    );
    expect(byName.evidenceAdded).toEqual([{ name: 'a.pdf', elementCode: 'X' }, { name: 'a.pdf', elementCode: 'Y' }]);
    expect(byName.evidenceRemoved).toEqual([]);
  });

  it('treats the first submission as all added', () => {
    const d = diffSubmissions(null, v1);
    expect(d.values.map((c) => [c.code, c.kind])).toEqual([
      ['DOSSIERS_TOTAL', 'added'],
      ['HOUSEHOLDS', 'added'],
      ['NTM_STANDARD_MET', 'added'],
      ['POOR_HOUSEHOLDS', 'added'],
    ]);
    expect(d.evidenceAdded).toHaveLength(2);
    expect(d.narrative).toEqual({ before: null, after: 'Đơn vị đã triển khai kế hoạch.' });
  });
});
