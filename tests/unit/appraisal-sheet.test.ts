import { describe, expect, it } from 'vitest';
import { defaultSheet, readDecimal, readDefinition, readScore, sheetSchema, toDefinition, toInput } from '@/lib/appraisal/sheet';
import { judgeReading, scoredStatus } from '@/lib/appraisal/unit-attainment';
import { canMoveModel, isModelEditable, paragraphsOf } from '@/lib/models/rules';

const areas = [{ code: 'economy' }, { code: 'digital' }];
const indicators = [{ code: 'ONLINE', areaCode: 'digital' }];

describe('scoring sheet', () => {
  it('builds the default sheet: attainment where the area has indicators, a scored criterion in every area', () => {
    const sheet = defaultSheet(areas, indicators);
    expect(sheet.leaders).toEqual({ top: 1, minShare: 0.8 });
    expect(sheet.areas[0].criteria.map((c) => c.code)).toEqual(['LV1-PHONGTRAO']);
    expect(sheet.areas[1].criteria).toEqual([
      expect.objectContaining({ code: 'LV2-CHITIEU', source: 'ATTAINMENT', maxScore: 10, indicatorCodes: ['ONLINE'] }),
      expect.objectContaining({ code: 'LV2-PHONGTRAO', source: 'SCORED', maxScore: 10 }),
    ]);
  });

  it('round-trips through the form, reading decimal commas and percentages', () => {
    const sheet = defaultSheet(areas, indicators);
    const input = toInput(sheet);
    expect(toDefinition(sheetSchema.parse(input))).toEqual(sheet);
    const edited = sheetSchema.parse({ ...input, areas: [{ ...input.areas[0], weight: '1,5' }, input.areas[1]], leaders: { top: '2', minSharePct: '62,5' } });
    expect(toDefinition(edited).areas[0].weight).toBe(1.5);
    expect(toDefinition(edited).leaders).toEqual({ top: 2, minShare: 0.625 });
    expect(readDefinition({ areas: 'nonsense' })).toBeNull();
    expect(readDefinition(sheet)).toEqual(sheet);
  });

  it('refuses weights out of range, all weights zero, a sheet without criteria, bad codes', () => {
    const input = toInput(defaultSheet(areas, indicators));
    const messages = (value: unknown) => sheetSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages({ ...input, areas: [{ ...input.areas[0], weight: '101' }, input.areas[1]] })).toContain('areas.0.weight: max');
    expect(messages({ ...input, areas: input.areas.map((a) => ({ ...a, weight: '0' })) })).toContain('areas: appraisal.errors.allWeightsZero');
    expect(messages({ ...input, areas: input.areas.map((a) => ({ ...a, criteria: [] })) })).toContain('areas: appraisal.errors.noCriteria');
    const badCode = { ...input, areas: [{ ...input.areas[0], criteria: [{ ...input.areas[0].criteria[0], code: 'có dấu' }] }, input.areas[1]] };
    expect(messages(badCode)).toContain('areas.0.criteria.0.code: appraisal.errors.code');
    expect(messages({ ...input, leaders: { top: '0', minSharePct: '80' } })).toContain('leaders.top: min');
  });

  it('reads typed scores: blank is not scored, 0..max with two decimals', () => {
    expect(readScore('', 10)).toEqual({ value: null });
    expect(readScore('8,5', 10)).toEqual({ value: 8.5 });
    expect(readScore('10', 10)).toEqual({ value: 10 });
    expect(readScore('0', 10)).toEqual({ value: 0 });
    expect(readScore('10,01', 10).error?.messageKey).toBe('appraisal.errors.scoreRange');
    expect(readScore('-0,5', 10).error?.messageKey).toBe('appraisal.errors.scoreRange');
    expect(readScore('1.234', 10).error?.messageKey).toBe('appraisal.errors.scoreNumber');
    expect(readDecimal(' 7 ')).toBe(7);
    expect(readDecimal('x')).toBeNaN();
  });
});

describe('a unit reading against two targets', () => {
  const online = { id: 1, code: 'ONLINE', comparison: 'GREATER_THAN' as const, unitReading: 'FORMULA' as const, target: { value: 90 } };
  it('judges both targets, and scores the registered one when there is one', () => {
    const judged = judgeReading(online, { value: 92, incomplete: false }, { value: 95 });
    expect(judged.own?.status).toBe('NOT_ATTAINED');
    expect(judged.province.status).toBe('ATTAINED');
    expect(scoredStatus(judged)).toBe('NOT_ATTAINED');
    const unregistered = judgeReading(online, { value: 92, incomplete: false }, { value: null, min: null, max: null });
    expect(unregistered.own).toBeNull();
    expect(scoredStatus(unregistered)).toBe('ATTAINED');
  });

  it('reads a yes/no reading of 100 or 0 as 1 or 0', () => {
    const ntm = { id: 2, code: 'NTM', comparison: 'GREATER_THAN' as const, unitReading: 'YES_NO' as const, target: { value: 39.62 } };
    expect(judgeReading(ntm, { value: 100, incomplete: false }, { value: 1 })).toMatchObject({ value: 1, own: { status: 'ATTAINED' }, province: { status: 'ATTAINED' } });
    expect(judgeReading(ntm, { value: 0, incomplete: false }, { value: 1 })).toMatchObject({ value: 0, own: { status: 'NOT_ATTAINED' }, province: { status: 'NOT_ATTAINED' } });
    expect(judgeReading(ntm, { value: null, incomplete: false }, null)).toMatchObject({ value: null, own: null, province: { status: 'NO_DATA' } });
  });
});

describe('exemplary model rules', () => {
  it('moves only from the statuses each step allows', () => {
    expect(canMoveModel('submit', 'DRAFT')).toBe(true);
    expect(canMoveModel('submit', 'RETURNED')).toBe(true);
    expect(canMoveModel('submit', 'PUBLISHED')).toBe(false);
    expect(canMoveModel('publish', 'SUBMITTED')).toBe(true);
    expect(canMoveModel('publish', 'RETURNED')).toBe(false);
    expect(canMoveModel('archive', 'DRAFT')).toBe(false);
    expect(isModelEditable('SUBMITTED')).toBe(false);
  });

  it('splits stored text into paragraphs and lines, keeping markup as text', () => {
    expect(paragraphsOf('Một\r\nhai\n\n\n<b>ba</b>  \n')).toEqual([['Một', 'hai'], ['<b>ba</b>']]);
  });
});
