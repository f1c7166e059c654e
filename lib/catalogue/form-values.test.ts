import { describe, expect, it } from 'vitest';
import { decimalInputValue, parseDayText, parseDecimalText } from './form-values';

describe('parseDecimalText', () => {
  it.each([
    ['1.234,5', '1234.5'],
    ['1234,5', '1234.5'],
    ['39,62', '39.62'],
    ['39.62', '39.62'],
    ['1.234', '1234'],
    ['1.234.567', '1234567'],
    ['0.125', '0.125'],
    ['-3,50', '-3.5'],
    [' 1 500 ', '1500'],
    ['007', '7'],
    ['-0', '0'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDecimalText(input)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '1.23.4', '12.34,5', '1,23456', '1e5', '12345678901234567'])('refuses %s', (input) => {
    expect(parseDecimalText(input)).toBeNull();
  });
});

describe('decimalInputValue', () => {
  it('writes what the parser reads back', () => {
    for (const value of ['1234.5', '39.62', '1500', '-12', '0.125', '1234567.0000']) {
      expect(parseDecimalText(decimalInputValue(value))).toBe(String(Number(value)));
    }
    expect(decimalInputValue('1234.5000')).toBe('1.234,5');
    expect(decimalInputValue(null)).toBe('');
  });
});

describe('parseDayText', () => {
  it('reads dd/mm/yyyy and ISO days', () => {
    expect(parseDayText('11/06/2028')).toBe('2028-06-11');
    expect(parseDayText('1/2/2027')).toBe('2027-02-01');
    expect(parseDayText('2027-02-01')).toBe('2027-02-01');
  });

  it('refuses days that do not exist', () => {
    expect(parseDayText('31/02/2027')).toBeNull();
    expect(parseDayText('2027/02/01')).toBeNull();
    expect(parseDayText('hôm nay')).toBeNull();
  });
});
