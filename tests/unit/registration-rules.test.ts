import { describe, expect, it } from 'vitest';
import { applies, checkTarget, readTarget, targetKind, validateRegistration } from '@/lib/registration/rules';
import { registrationDates, registrationWindow } from '@/lib/registration/window';
import { registrationLock } from '@/lib/registration/lock';
import { diffRegistrations, type RegistrationSnapshot } from '@/lib/registration/diff';
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES, titleName } from '@/lib/registration/titles';
import { changedParts } from '@/lib/registration/snapshot';

describe('the filing window', () => {
  it('runs from 1 October of the year before to 31 March of the year, both days included', () => {
    expect(registrationDates(2027)).toEqual({ opens: '2026-10-01', closes: '2027-03-31' });
    expect(registrationWindow(2027, '2026-09-30')).toBe('NOT_OPEN');
    expect(registrationWindow(2027, '2026-10-01')).toBe('OPEN');
    expect(registrationWindow(2027, '2027-03-31')).toBe('OPEN');
    expect(registrationWindow(2027, '2027-04-01')).toBe('CLOSED');
  });
});

describe('why a registration is locked', () => {
  it('names the reason, and lets a returned registration be fixed after the window', () => {
    expect(registrationLock({ status: null, window: 'OPEN', role: 'UNIT_OFFICER' })).toEqual({ editable: true, canSubmit: false, reason: null });
    expect(registrationLock({ status: 'DRAFT', window: 'OPEN', role: 'UNIT_HEAD' })).toEqual({ editable: true, canSubmit: true, reason: null });
    expect(registrationLock({ status: 'DRAFT', window: 'CLOSED', role: 'UNIT_HEAD' }).reason).toBe('WINDOW_CLOSED');
    expect(registrationLock({ status: null, window: 'NOT_OPEN', role: 'UNIT_HEAD' }).reason).toBe('WINDOW_NOT_OPEN');
    expect(registrationLock({ status: 'RETURNED', window: 'CLOSED', role: 'UNIT_HEAD' })).toEqual({ editable: true, canSubmit: true, reason: null });
    expect(registrationLock({ status: 'SUBMITTED', window: 'OPEN', role: 'UNIT_HEAD' }).reason).toBe('SUBMITTED');
    expect(registrationLock({ status: 'ACCEPTED', window: 'CLOSED', role: 'UNIT_HEAD' }).reason).toBe('ACCEPTED');
    expect(registrationLock({ status: 'DRAFT', window: 'OPEN', role: 'REVIEWER' })).toEqual({ editable: false, canSubmit: false, reason: 'READ_ONLY_ROLE' });
  });
});

describe('which indicators apply and the shape of their target', () => {
  const commune = { id: 7, kind: 'COMMUNE' as const, border: false };
  const elements = [
    { id: 1, reporterGroups: ['COMMUNES_WARDS' as const], ownerUnitId: null, periodTypes: ['QUARTER' as const] },
    { id: 2, reporterGroups: ['BORDER_COMMUNES' as const], ownerUnitId: null, periodTypes: ['YEAR' as const] },
    { id: 3, reporterGroups: ['OWNER' as const], ownerUnitId: 99, periodTypes: ['YEAR' as const] },
  ];
  it('needs a unit reading and every element reported by the unit', () => {
    expect(applies({ unitReading: 'FORMULA', comparison: 'AT_LEAST', elements: [{ elementId: 1 }] }, elements, commune)).toBe(true);
    expect(applies({ unitReading: 'NONE', comparison: 'AT_LEAST', elements: [{ elementId: 1 }] }, elements, commune)).toBe(false);
    expect(applies({ unitReading: 'YES_NO', comparison: 'AT_LEAST', elements: [{ elementId: 2 }] }, elements, commune)).toBe(false);
    expect(applies({ unitReading: 'YES_NO', comparison: 'AT_LEAST', elements: [{ elementId: 2 }] }, elements, { ...commune, border: true })).toBe(true);
    expect(applies({ unitReading: 'FORMULA', comparison: 'AT_LEAST', elements: [{ elementId: 1 }, { elementId: 3 }] }, elements, commune)).toBe(false);
    expect(applies({ unitReading: 'FORMULA', comparison: 'AT_LEAST', elements: [] }, elements, commune)).toBe(false);
  });
  it('is yes/no for yes/no readings, a range for RANGE targets, a value otherwise', () => {
    expect(targetKind({ unitReading: 'YES_NO', comparison: 'GREATER_THAN' })).toBe('YES_NO');
    expect(targetKind({ unitReading: 'FORMULA', comparison: 'BOOLEAN_DONE' })).toBe('YES_NO');
    expect(targetKind({ unitReading: 'FORMULA', comparison: 'RANGE' })).toBe('RANGE');
    expect(targetKind({ unitReading: 'FORMULA', comparison: 'REDUCE_BY_MORE_THAN_PER_YEAR' })).toBe('VALUE');
  });
});

describe('reading and checking a target', () => {
  it('reads numbers as typed in Vietnamese (1.234,5) or English, and yes/no words', () => {
    expect(readTarget('VALUE', { value: '1.234,5' }, 'vi').values.targetValue).toBe('1234.5');
    expect(readTarget('VALUE', { value: '1,234.5' }, 'en').values.targetValue).toBe('1234.5');
    expect(readTarget('VALUE', { value: '92,5 %' }, 'vi').values.targetValue).toBe('92.5');
    expect(readTarget('YES_NO', { value: 'Có' }, 'vi').values.targetValue).toBe('1');
    expect(readTarget('YES_NO', { value: '0' }, 'vi').values.targetValue).toBe('0');
    expect(readTarget('RANGE', { min: '75', max: '80', value: '3' }, 'vi').values).toEqual({ targetValue: null, targetMin: '75', targetMax: '80', note: null });
    expect(readTarget('VALUE', { value: '  ', note: '  Ghi chú ' }, 'vi')).toEqual({ values: { targetValue: null, targetMin: null, targetMax: null, note: 'Ghi chú' }, errors: [] });
  });
  it('refuses what is not a number or a yes/no, and an overlong note', () => {
    expect(readTarget('VALUE', { value: 'chín mươi' }, 'vi').errors).toEqual([{ messageKey: 'registration.validation.number' }]);
    expect(readTarget('YES_NO', { value: '2' }, 'vi').errors).toEqual([{ messageKey: 'registration.validation.yesNo' }]);
    expect(readTarget('RANGE', { min: 'x', max: 'y' }, 'vi').errors).toHaveLength(2);
    expect(readTarget('VALUE', { value: '1', note: 'a'.repeat(1001) }, 'vi').errors).toEqual([{ messageKey: 'validation.tooLong', params: { max: 1000 } }]);
  });
  it('asks on submission for a complete target of the right shape', () => {
    expect(checkTarget('VALUE', undefined)).toEqual({ messageKey: 'registration.validation.targetRequired' });
    expect(checkTarget('VALUE', { targetValue: '0', targetMin: null, targetMax: null })).toBeNull();
    expect(checkTarget('YES_NO', { targetValue: null, targetMin: null, targetMax: null })).toEqual({ messageKey: 'registration.validation.yesNoRequired' });
    expect(checkTarget('YES_NO', { targetValue: '0.5', targetMin: null, targetMax: null })).toEqual({ messageKey: 'registration.validation.yesNo' });
    expect(checkTarget('RANGE', { targetValue: null, targetMin: '75', targetMax: null })).toEqual({ messageKey: 'registration.validation.rangeRequired' });
    expect(checkTarget('RANGE', { targetValue: null, targetMin: '80', targetMax: '75' })).toEqual({ messageKey: 'registration.validation.rangeOrder' });
    expect(checkTarget('RANGE', { targetValue: null, targetMin: '75', targetMax: '75' })).toBeNull();
  });
  it('validates a whole registration, keying each problem by indicator, title or person', () => {
    const result = validateRegistration(
      [
        { code: 'A', kind: 'VALUE' },
        { code: 'B', kind: 'RANGE' },
      ],
      {
        collectiveTitleCode: null,
        targets: new Map([['A', { targetValue: '5', targetMin: null, targetMax: null }]]),
        individuals: [
          { personId: 1, position: null, titleCode: 'LDTT' },
          { personId: 1, position: null, titleCode: 'LDTT' },
          { personId: 2, position: null, titleCode: 'TTLDXS' },
        ],
      },
      new Set([1, 2]),
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['collectiveTitle', 'i.1', 'i.2', 't.B']);
    expect(result.fieldErrors['i.1']).toEqual([{ messageKey: 'registration.validation.personTwice' }]);
    expect(validateRegistration([{ code: 'A', kind: 'VALUE' }], { collectiveTitleCode: 'CO_THI_DUA_UBND_TINH', targets: new Map([['A', { targetValue: 1, targetMin: null, targetMax: null }]]), individuals: [] }, new Set()).ok).toBe(true);
  });
});

describe('titles', () => {
  it('offers the collective and individual emulation titles, lower first', () => {
    expect(COLLECTIVE_TITLES.map((t) => t.code)).toEqual(['TTLDTT', 'TTLDXS', 'CO_THI_DUA_UBND_TINH']);
    expect(INDIVIDUAL_TITLES.map((t) => t.code)).toEqual(['LDTT', 'CSTD_CO_SO', 'CSTD_TINH']);
    expect(titleName('TTLDXS', 'vi')).toBe('Tập thể lao động xuất sắc');
    expect(titleName(null, 'en')).toBe('—');
  });
});

describe('the diff between two submissions', () => {
  const base: RegistrationSnapshot = {
    collectiveTitleCode: 'TTLDTT',
    note: null,
    targets: { A: { value: '95', min: null, max: null, note: null }, B: { value: null, min: '75', max: '80', note: null } },
    individuals: [
      { personId: 1, fullName: 'Nông Thị Hạnh', position: null, titleCode: 'LDTT' },
      { personId: 2, fullName: 'Hoàng Văn Bình', position: 'Công chức', titleCode: 'LDTT' },
    ],
  };
  it('sees nothing when only the number form changed', () => {
    const same = { ...base, targets: { ...base.targets, A: { value: '95.0000', min: null, max: null, note: '  ' } } };
    expect(diffRegistrations(base, same).changed).toBe(false);
  });
  it('names changed targets in display order, the title, and persons added, removed or changed', () => {
    const after: RegistrationSnapshot = {
      collectiveTitleCode: 'TTLDXS',
      note: 'Mới',
      targets: { A: { value: '98', min: null, max: null, note: null }, C: { value: '1', min: null, max: null, note: null } },
      individuals: [
        { personId: 2, fullName: 'Hoàng Văn Bình', position: 'Công chức', titleCode: 'CSTD_CO_SO' },
        { personId: 3, fullName: 'Lý Thị Thu', position: null, titleCode: 'LDTT' },
      ],
    };
    const diff = diffRegistrations(base, after, ['C', 'B', 'A']);
    expect(diff.changed).toBe(true);
    expect(diff.collectiveTitle).toEqual({ before: 'TTLDTT', after: 'TTLDXS' });
    expect(diff.note).toEqual({ before: null, after: 'Mới' });
    expect(diff.targets.map((t) => [t.code, t.before?.value ?? t.before?.min ?? null, t.after?.value ?? null])).toEqual([
      ['C', null, '1'],
      ['B', '75', null],
      ['A', '95', '98'],
    ]);
    expect(diff.individuals.map((i) => [i.personId, i.before?.titleCode ?? null, i.after?.titleCode ?? null])).toEqual([
      [2, 'LDTT', 'CSTD_CO_SO'],
      [3, null, 'LDTT'],
      [1, 'LDTT', null],
    ]);
    expect(changedParts(after, diff)).toMatchObject({ collectiveTitleCode: 'TTLDXS', note: 'Mới', targets: { A: { value: '98' }, B: null, C: { value: '1' } } });
  });
  it('treats a first submission as all added', () => {
    const diff = diffRegistrations(null, base);
    expect(diff.targets).toHaveLength(2);
    expect(diff.individuals.every((i) => i.before === null)).toBe(true);
  });
});
