import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaElements, FormulaError, parseFormula, timeFunctionOf, type Snapshot } from '@/lib/catalogue/formula';
import { INDICATOR_FORMULAS } from '@/prisma/seed/formulas';

const unit = (values: Record<string, number>) => new Map(Object.entries(values));
const data = (current: Snapshot, extra: Partial<Parameters<typeof evaluateFormula>[1]> = {}) => ({ year: 2027, current, ...extra });
const value = (formula: string, current: Snapshot, extra = {}) => evaluateFormula(parseFormula(formula), data(current, extra));

describe('parsing', () => {
  it('reads numbers, codes, operators, functions and precedence', () => {
    expect(value('1 + 2 * 3', [])).toBe(7);
    expect(value('(1 + 2) * 3', [])).toBe(9);
    expect(value('10 ÷ 4 × 2', [])).toBe(5);
    expect(value('-2 + 5', [])).toBe(3);
    expect(value('39.62', [])).toBe(39.62);
    expect(value('2 >= 2', [])).toBe(1);
    expect(value('2 > 2', [])).toBe(0);
  });

  it('names the elements a formula reads', () => {
    expect(formulaElements(parseFormula('100 * sum(min(DRUG_FREE, SECURITY_ASSURED)) / count(DRUG_FREE)'))).toEqual(['DRUG_FREE', 'SECURITY_ASSURED']);
  });

  it('refuses what is not the language, saying where', () => {
    const cases: Array<[string, FormulaError['code']]> = [
      ['', 'empty'],
      ['1 +', 'syntax'],
      ['(1 + 2', 'syntax'],
      ['eval(1)', 'unknown_function'],
      ['process.exit()', 'syntax'],
      ['1; DROP TABLE x', 'syntax'],
      ['sum(1, 2)', 'arity'],
      ['sum(count(X))', 'nesting'],
      ['sum(drop_yoy(X))', 'nesting'],
      ['drop_pct(growth_avg(X))', 'nesting'],
      ['UNKNOWN_CODE', 'unknown_element'],
    ];
    for (const [source, code] of cases) {
      expect(() => parseFormula(source, { knownElements: new Set(['X']) }), source).toThrow(FormulaError);
      try {
        parseFormula(source, { knownElements: new Set(['X']) });
      } catch (e) {
        expect((e as FormulaError).code, source).toBe(code);
      }
    }
  });

  it('parses every seeded indicator formula', () => {
    for (const [code, { formula }] of Object.entries(INDICATOR_FORMULAS)) expect(() => parseFormula(formula), code).not.toThrow();
  });
});

describe('evaluation over units', () => {
  const communes = [unit({ POOR: 100, HH: 1000, NTM: 1, HPI: 91 }), unit({ POOR: 300, HH: 1000, NTM: 0, HPI: 89.9 }), unit({ HH: 500, NTM: 1 })];

  it('sums elements before dividing: a rate is never an average of rates', () => {
    // (100 + 300) / (1000 + 1000 + 500) = 16%, not the mean of 10% and 30%.
    expect(value('100 * POOR / HH', communes)).toBe(16);
  });

  it('counts units with a value and sums per-unit conditions', () => {
    expect(value('100 * sum(NTM) / count(NTM)', communes)).toBeCloseTo(66.667, 2);
    expect(value('100 * sum(HPI >= 90) / count(HPI)', communes)).toBe(50);
    expect(value('sum(min(NTM, HPI >= 90))', communes)).toBe(1);
  });

  it('gives nothing rather than a guess: no data, division by zero', () => {
    expect(value('100 * POOR / HH', [])).toBeNull();
    expect(value('1 / 0', [])).toBeNull();
    expect(value('count(POOR)', [])).toBe(0);
  });

  it('gives one unit its own reading with the same formula', () => {
    expect(value('100 * POOR / HH', [communes[1]])).toBe(30);
    expect(value('100 * sum(NTM) / count(NTM)', [communes[1]])).toBe(0);
  });
});

describe('time functions', () => {
  it('growth_avg: compound yearly growth from the baseline year', () => {
    const v = value('growth_avg(REV)', [unit({ REV: 121 })], { baselineYear: 2025, baseline: [unit({ REV: 100 })] });
    expect(v).toBeCloseTo(10, 6);
  });

  it('drop_pct and drop_pp_avg against the baseline', () => {
    expect(value('drop_pct(SITES)', [unit({ SITES: 60 })], { baselineYear: 2025, baseline: [unit({ SITES: 100 })] })).toBeCloseTo(40);
    expect(value('drop_pp_avg(100 * POOR / HH)', [unit({ POOR: 100, HH: 1000 })], { baselineYear: 2025, baseline: [unit({ POOR: 160, HH: 1000 })] })).toBeCloseTo(3);
  });

  it('drop_yoy against the same span of last year, and min over several', () => {
    const previous = [unit({ A: 100, B: 50 })];
    expect(value('drop_yoy(A)', [unit({ A: 95, B: 49 })], { previous })).toBeCloseTo(5);
    expect(value('min(drop_yoy(A), drop_yoy(B))', [unit({ A: 95, B: 49 })], { previous })).toBeCloseTo(2);
  });

  it('mean_rate compounds the yearly rates', () => {
    const years = [
      { year: 2026, snapshot: [unit({ G: 10 })] },
      { year: 2027, snapshot: [unit({ G: 21 })] },
    ];
    expect(value('mean_rate(G)', [unit({ G: 21 })], { years })).toBeCloseTo(100 * (Math.sqrt(1.1 * 1.21) - 1), 6);
  });

  it('says nothing without the history it needs', () => {
    expect(value('drop_pct(SITES)', [unit({ SITES: 60 })])).toBeNull();
    expect(value('drop_yoy(A)', [unit({ A: 1 })])).toBeNull();
  });

  it('exposes the level under a time function', () => {
    const t = timeFunctionOf(parseFormula('drop_pp_avg(100 * POOR / HH)'));
    expect(t?.fn).toBe('drop_pp_avg');
    expect(formulaElements(t!.level)).toEqual(['POOR', 'HH']);
  });
});
