import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boundsOf,
  checkEntered,
  checkValue,
  formatValue,
  parseValue,
  toDecimalString,
  toNumber,
  validateForSubmission,
  type ElementRule,
  type ValueType,
} from '@/lib/reporting/values';
import { vi as viMessages, en as enMessages } from '@/lib/i18n/messages';

const v = (raw: string | number | boolean | null, type: ValueType = 'NUMBER', locale: 'vi' | 'en' = 'vi') => parseValue(raw, type, locale);
const key = (raw: string | number | boolean | null, type: ValueType = 'NUMBER', locale: 'vi' | 'en' = 'vi') => v(raw, type, locale).error?.messageKey;

describe('reading what an officer types', () => {
  it('reads Vietnamese, English and plain numbers', () => {
    expect(v('1.234,5').value).toBe(1234.5);
    expect(v('1,234.5').value).toBe(1234.5);
    expect(v('1234.5').value).toBe(1234.5);
    expect(v('1234,5').value).toBe(1234.5);
    expect(v('12,5').value).toBe(12.5);
    expect(v('1.234.567,89').value).toBe(1234567.89);
    expect(v('1,234,567.89').value).toBe(1234567.89);
    expect(v('1.234.567').value).toBe(1234567);
    expect(v('1,234,567').value).toBe(1234567);
    expect(v('0,5').value).toBe(0.5);
    expect(v(',5').value).toBe(0.5);
    expect(v('0.123').value).toBe(0.123);
  });

  it('takes spaces as thousands separators and ignores the spaces around', () => {
    expect(v(' 1 234,5 ').value).toBe(1234.5);
    expect(v('1\u00a0234\u00a0567').value).toBe(1234567);
    expect(v('1 234.5').value).toBe(1234.5);
    expect(key('12 34')).toBe('reporting.validation.notANumber');
    expect(key('1 234.567,8')).toBe('reporting.validation.notANumber');
  });

  it('reads signs and a percent sign where it belongs', () => {
    expect(v('-2,5').value).toBe(-2.5);
    expect(v('+3').value).toBe(3);
    expect(v('\u22121,5').value).toBe(-1.5);
    expect(v('45,5%', 'PERCENT').value).toBe(45.5);
    expect(v('45.5 %', 'PERCENT').value).toBe(45.5);
    expect(v('-2,1%', 'NUMBER').value).toBe(-2.1);
    expect(key('12%', 'INTEGER')).toBe('reporting.validation.percentSign');
    expect(key('12%', 'RANK')).toBe('reporting.validation.percentSign');
  });

  it('resolves "1.234" and "1,234" by the value type', () => {
    // INTEGER and RANK: a thousands separator (counts are whole)
    expect(v('1.234', 'INTEGER').value).toBe(1234);
    expect(v('1,234', 'INTEGER').value).toBe(1234);
    expect(v('1.234', 'INTEGER', 'en').value).toBe(1234);
    expect(v('1.234', 'RANK').value).toBe(1234);
    // PERCENT: a decimal separator (a percentage is at most 100)
    expect(v('1.234', 'PERCENT').value).toBe(1.234);
    expect(v('12,345', 'PERCENT').value).toBe(12.345);
    expect(v('12,345', 'PERCENT', 'en').value).toBe(12.345);
    // NUMBER: the locale: vi "." groups and "," is decimal, en the reverse
    expect(v('1.234', 'NUMBER', 'vi').value).toBe(1234);
    expect(v('1,234', 'NUMBER', 'vi').value).toBe(1.234);
    expect(v('1.234', 'NUMBER', 'en').value).toBe(1.234);
    expect(v('1,234', 'NUMBER', 'en').value).toBe(1234);
    // not ambiguous: a fraction of other than three digits, a leading 0, more than three leading digits
    expect(v('1.23', 'INTEGER').value).toBe(1.23);
    expect(v('1,2345', 'INTEGER').value).toBe(1.2345);
    expect(v('0,123', 'INTEGER').value).toBe(0.123);
    expect(v('1234,567', 'INTEGER').value).toBe(1234.567);
  });

  it('refuses what is not a number, with its key', () => {
    for (const raw of ['abc', '1.23.456', '1,2.3,4', '12a', '5.', '--5', '1e5', '.', '-', '1,234,5.6', '1..2', '0x10', 'Infinity']) {
      expect(key(raw), raw).toBe('reporting.validation.notANumber');
    }
    expect(key('9'.repeat(17))).toBe('reporting.validation.tooLarge');
    expect(key('1'.repeat(61))).toBe('reporting.validation.tooLong');
    expect(key(Number.NaN)).toBe('reporting.validation.notANumber');
    expect(key(true, 'INTEGER')).toBe('reporting.validation.notANumber');
  });

  it('reads nothing from empty input, without an error', () => {
    for (const raw of ['', '   ', null]) {
      expect(v(raw)).toEqual({ value: null });
      expect(v(raw, 'YES_NO')).toEqual({ value: null });
    }
  });

  it('reads yes and no in the ways people write them', () => {
    for (const raw of ['có', 'Có', 'CÓ', 'co', 'đạt', 'Yes', 'x', 'X', '1', 'true', '✓', true, 1]) expect(v(raw, 'YES_NO').value, String(raw)).toBe(1);
    for (const raw of ['không', 'Không', 'KHONG', 'không đạt', 'chưa đạt', 'no', '0', 'false', false, 0]) expect(v(raw, 'YES_NO').value, String(raw)).toBe(0);
    for (const raw of ['có thể', '2', 'maybe', 2, 0.5]) expect(key(raw, 'YES_NO'), String(raw)).toBe('reporting.validation.notYesNo');
  });

  it('takes Excel numbers as they are', () => {
    expect(v(1234.5, 'INTEGER').value).toBe(1234.5);
    expect(v(-0, 'NUMBER').value).toBe(0);
    expect(key(1e17)).toBe('reporting.validation.tooLarge');
  });

  it('reads back what it formats, in Vietnamese and in English (property)', () => {
    const fourDecimals = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1e4);
    const cases: Array<[ValueType, fc.Arbitrary<number>]> = [
      ['INTEGER', fc.integer({ min: 0, max: 1e12 })],
      ['RANK', fc.integer({ min: 1, max: 34 })],
      ['PERCENT', fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1e4)],
      ['NUMBER', fourDecimals],
      ['YES_NO', fc.constantFrom(0, 1)],
    ];
    for (const [type, arb] of cases) {
      for (const locale of ['vi', 'en'] as const) {
        fc.assert(
          fc.property(arb, (n) => {
            const back = parseValue(formatValue(n, type, locale), type, locale);
            expect(back.error).toBeUndefined();
            expect(back.value).toBe(n);
          }),
        );
      }
    }
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<ValueType>('NUMBER', 'INTEGER', 'PERCENT', 'YES_NO', 'RANK'), (s, type) => {
        const r = parseValue(s, type);
        expect(r.value === null || Number.isFinite(r.value)).toBe(true);
      }),
    );
  });

  it('converts Decimal columns and writes Decimal strings', () => {
    expect(toNumber('12.5000')).toBe(12.5);
    expect(toNumber({ toString: () => '3.25' })).toBe(3.25);
    expect(toNumber(null)).toBeNull();
    expect(toNumber('')).toBeNull();
    expect(toNumber('abc')).toBeNull();
    expect(toDecimalString(0.1 + 0.2)).toBe('0.3');
    expect(toDecimalString(1234)).toBe('1234');
    expect(toDecimalString(-2.5)).toBe('-2.5');
  });
});

describe('one value against its element', () => {
  const el = (valueType: ValueType, minValue: number | null = null, maxValue: number | null = null) => ({ valueType, minValue, maxValue });
  const check = (e: ReturnType<typeof el>, value: number) => checkValue(e, value)?.messageKey ?? null;

  it('INTEGER: whole and not negative', () => {
    const e = el('INTEGER', 0);
    expect(check(e, 0)).toBeNull();
    expect(check(e, 1234)).toBeNull();
    expect(check(e, -1)).toBe('reporting.validation.negative');
    expect(check(e, 1.5)).toBe('reporting.validation.notWhole');
    expect(check(el('INTEGER', 5, 10), 4)).toBe('reporting.validation.belowMin');
    expect(check(el('INTEGER', 5, 10), 11)).toBe('reporting.validation.aboveMax');
    expect(checkValue(el('INTEGER', 5, 10), 11)?.params).toEqual({ max: 10 });
  });

  it('PERCENT: from 0 to 100, both included', () => {
    const e = el('PERCENT', 0, 100);
    expect(check(e, 0)).toBeNull();
    expect(check(e, 100)).toBeNull();
    expect(check(e, 100.0001)).toBe('reporting.validation.percentRange');
    expect(check(e, -0.0001)).toBe('reporting.validation.percentRange');
    expect(check(el('PERCENT'), 100.0001)).toBe('reporting.validation.percentRange');
  });

  it('RANK: whole, from 1 to 34 (its min/max)', () => {
    const e = el('RANK', 1, 34);
    expect(check(e, 1)).toBeNull();
    expect(check(e, 34)).toBeNull();
    expect(check(e, 35)).toBe('reporting.validation.rankRange');
    expect(checkValue(e, 35)?.params).toEqual({ min: 1, max: 34 });
    expect(check(e, 0)).toBe('reporting.validation.rankRange');
    expect(check(e, 2.5)).toBe('reporting.validation.notWhole');
    expect(check(el('RANK'), 35)).toBe('reporting.validation.rankRange');
  });

  it('YES_NO: 0 or 1', () => {
    expect(check(el('YES_NO', 0, 1), 0)).toBeNull();
    expect(check(el('YES_NO', 0, 1), 1)).toBeNull();
    expect(check(el('YES_NO', 0, 1), 2)).toBe('reporting.validation.notYesNo');
  });

  it('NUMBER: within min and max when set, negative allowed when min allows', () => {
    expect(check(el('NUMBER', -100), -100)).toBeNull();
    expect(check(el('NUMBER', -100), -100.5)).toBe('reporting.validation.belowMin');
    expect(check(el('NUMBER', 0, 100), 100)).toBeNull();
    expect(check(el('NUMBER', 0, 100), 100.01)).toBe('reporting.validation.aboveMax');
    expect(check(el('NUMBER'), -1e9)).toBeNull();
  });

  it('reads bounds from Decimal strings', () => {
    expect(boundsOf({ valueType: 'NUMBER', minValue: '-100.0000', maxValue: null })).toEqual({ min: -100, max: null });
    expect(boundsOf({ valueType: 'RANK', minValue: null, maxValue: null })).toEqual({ min: 1, max: 34 });
  });

  it('checks a draft field without refusing it: value null with the error', () => {
    const e: ElementRule = { id: 1, code: 'HOUSEHOLDS', valueType: 'INTEGER', minValue: '0' };
    expect(checkEntered(e, '1.234')).toEqual({ value: 1234 });
    expect(checkEntered(e, '-3')).toEqual({ value: null, error: { messageKey: 'reporting.validation.negative' } });
    expect(checkEntered(e, '')).toEqual({ value: null });
  });
});

describe('validating a report for submission', () => {
  const HOUSEHOLDS: ElementRule = { id: 1, code: 'HOUSEHOLDS', name: 'Tổng số hộ', valueType: 'INTEGER', minValue: 0 };
  const POOR: ElementRule = { id: 2, code: 'POOR_HOUSEHOLDS', name: 'Số hộ nghèo', valueType: 'INTEGER', minValue: 0, totalElementId: 1 };
  const NTM: ElementRule = { id: 3, code: 'NTM_STANDARD_MET', valueType: 'YES_NO', minValue: 0, maxValue: 1, evidenceRequired: true };
  const RANK: ElementRule = { id: 4, code: 'PAR_INDEX_RANK', valueType: 'RANK', minValue: 1, maxValue: 34, evidenceRequired: true };
  const elements = [HOUSEHOLDS, POOR, NTM, RANK];
  const keys = (r: ReturnType<typeof validateForSubmission>, code: string) => (r.fieldErrors[code] ?? []).map((e) => e.messageKey);

  it('accepts a complete, valid report and returns its numbers', () => {
    const r = validateForSubmission({
      elements,
      values: { HOUSEHOLDS: { rawValue: '1.500' }, POOR_HOUSEHOLDS: { value: '200.0000' }, NTM_STANDARD_MET: { rawValue: 'Có' }, PAR_INDEX_RANK: { rawValue: '12' } },
      evidence: [{ elementCode: 'NTM_STANDARD_MET' }, { elementCode: 'PAR_INDEX_RANK' }],
    });
    expect(r).toEqual({ ok: true, values: { HOUSEHOLDS: 1500, POOR_HOUSEHOLDS: 200, NTM_STANDARD_MET: 1, PAR_INDEX_RANK: 12 }, fieldErrors: {} });
  });

  it('requires every element and reports every problem at once', () => {
    const r = validateForSubmission({
      elements,
      values: { HOUSEHOLDS: { rawValue: 'abc' }, POOR_HOUSEHOLDS: { rawValue: '' }, PAR_INDEX_RANK: { rawValue: '35' } },
      evidence: [],
    });
    expect(r.ok).toBe(false);
    expect(keys(r, 'HOUSEHOLDS')).toEqual(['reporting.validation.notANumber']);
    expect(keys(r, 'POOR_HOUSEHOLDS')).toEqual(['reporting.validation.required']);
    expect(keys(r, 'NTM_STANDARD_MET')).toEqual(['reporting.validation.required']);
    expect(keys(r, 'PAR_INDEX_RANK')).toEqual(['reporting.validation.rankRange']);
    expect(r.values).toEqual({ HOUSEHOLDS: null, POOR_HOUSEHOLDS: null, NTM_STANDARD_MET: null, PAR_INDEX_RANK: null });
  });

  it('keeps a part at or below its total', () => {
    const at = (poor: string) =>
      validateForSubmission({ elements: [HOUSEHOLDS, POOR], values: { HOUSEHOLDS: { rawValue: '1000' }, POOR_HOUSEHOLDS: { rawValue: poor } }, evidence: [] });
    expect(at('1000').ok).toBe(true);
    const above = at('1001');
    expect(keys(above, 'POOR_HOUSEHOLDS')).toEqual(['reporting.validation.partAboveTotal']);
    expect(above.fieldErrors.POOR_HOUSEHOLDS[0].params).toEqual({ total: 'Tổng số hộ', totalValue: 1000 });
    expect(above.fieldErrors.HOUSEHOLDS).toBeUndefined();
  });

  it('asks evidence for a yes only, and for other values whenever given', () => {
    const run = (ntm: string, evidence: Array<{ elementCode: string | null }>) =>
      validateForSubmission({ elements: [NTM, RANK], values: { NTM_STANDARD_MET: { rawValue: ntm }, PAR_INDEX_RANK: { rawValue: '3' } }, evidence });
    expect(keys(run('Có', []), 'NTM_STANDARD_MET')).toEqual(['reporting.validation.evidenceRequiredYes']);
    expect(keys(run('Không', []), 'NTM_STANDARD_MET')).toEqual([]);
    expect(keys(run('Có', []), 'PAR_INDEX_RANK')).toEqual(['reporting.validation.evidenceRequired']);
    // a file attached to the whole report (no element) does not stand for one element's evidence
    expect(keys(run('Có', [{ elementCode: null }]), 'NTM_STANDARD_MET')).toEqual(['reporting.validation.evidenceRequiredYes']);
    expect(run('Có', [{ elementCode: 'NTM_STANDARD_MET' }, { elementCode: 'PAR_INDEX_RANK' }]).ok).toBe(true);
  });

  it('asks a note for an outlier', () => {
    const run = (note: string | null, flag = { outlier: true, previous: 1000, changePct: 62.456 }) =>
      validateForSubmission({ elements: [HOUSEHOLDS], values: { HOUSEHOLDS: { rawValue: '1624', note } }, evidence: [], outliers: { HOUSEHOLDS: flag } });
    const noNote = run(null);
    expect(keys(noNote, 'HOUSEHOLDS')).toEqual(['reporting.validation.outlierNeedsNote']);
    expect(noNote.fieldErrors.HOUSEHOLDS[0].params).toEqual({ previous: 1000, changePct: 62.5 });
    expect(keys(run('   '), 'HOUSEHOLDS')).toEqual(['reporting.validation.outlierNeedsNote']);
    expect(run('Sáp nhập thôn').ok).toBe(true);
    expect(keys(run(null, { outlier: true, previous: 0, changePct: null as unknown as number }), 'HOUSEHOLDS')).toEqual(['reporting.validation.outlierFromZero']);
    expect(run(null, { outlier: false, previous: 1000, changePct: 10 }).ok).toBe(true);
  });

  it('reads English input when told', () => {
    const r = validateForSubmission({ elements: [HOUSEHOLDS], values: { HOUSEHOLDS: { rawValue: '1,500' } }, evidence: [], locale: 'en' });
    expect(r.values.HOUSEHOLDS).toBe(1500);
  });
});

describe('messages', () => {
  it('has a Vietnamese and an English text for every key the rules give', () => {
    const used = ['required', 'notANumber', 'notYesNo', 'notWhole', 'negative', 'belowMin', 'aboveMax', 'percentRange', 'rankRange', 'percentSign', 'tooLong', 'tooLarge', 'partAboveTotal', 'evidenceRequired', 'evidenceRequiredYes', 'outlierNeedsNote', 'outlierFromZero'];
    for (const k of used) {
      expect(viMessages.reporting.validation[k as keyof typeof viMessages.reporting.validation], k).toBeTruthy();
      expect(enMessages.reporting.validation[k as keyof typeof enMessages.reporting.validation], k).toBeTruthy();
    }
    expect(Object.keys(viMessages.reporting.validation).sort()).toEqual([...used].sort());
  });
});
