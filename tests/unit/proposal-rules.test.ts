import { describe, expect, it } from 'vitest';
import {
  assessedThroughYear,
  disclosureWindowFrom,
  failedConditions,
  isProposable,
  missingItems,
  missingRequiredDocs,
  proposalYears,
  reasonMessageKey,
  recipientAllowed,
  verdictDepth,
} from '@/lib/proposals/rules';
import { checkFormToken, hashAddress, issueFormToken, MIN_FILL_SECONDS, withinHourlyLimit } from '@/lib/proposals/anti-spam';
import type { Verdict } from '@/lib/commendation/eligibility';
import { createProposalSchema, publicCommentSchema } from '@/lib/proposals/schema';

describe('proposal rules', () => {
  it('matches the form’s recipient to the nominee', () => {
    expect(recipientAllowed('INDIVIDUAL_OR_COLLECTIVE', 'INDIVIDUAL')).toBe(true);
    expect(recipientAllowed('INDIVIDUAL_OR_COLLECTIVE', 'COLLECTIVE')).toBe(true);
    expect(recipientAllowed('COLLECTIVE', 'INDIVIDUAL')).toBe(false);
    expect(recipientAllowed('INDIVIDUAL', 'COLLECTIVE')).toBe(false);
  });

  it('offers only titles and forms the province awards, not what units award themselves or registry codes', () => {
    expect(isProposable({ kind: 'FORM', awardedByUnit: false, active: true })).toBe(true);
    expect(isProposable({ kind: 'TITLE', awardedByUnit: true, active: true })).toBe(false);
    expect(isProposable({ kind: 'RATING', awardedByUnit: false, active: true })).toBe(false);
    expect(isProposable({ kind: 'TITLE', awardedByUnit: false, active: false })).toBe(false);
  });

  it('looks at the years up to the last one whose review is on record', () => {
    expect(proposalYears('2026-11-26')).toEqual([2026, 2025]);
    expect(assessedThroughYear(2026, '2026-11-26')).toBe(2025);
    expect(assessedThroughYear(2026, '2027-01-15')).toBe(2026);
    expect(assessedThroughYear(2025, '2026-03-01')).toBe(2025);
  });

  it('needs the tờ trình before submission', () => {
    expect(missingRequiredDocs([])).toEqual(['TO_TRINH']);
    expect(missingRequiredDocs(['BAO_CAO_THANH_TICH'])).toEqual(['TO_TRINH']);
    expect(missingRequiredDocs(['TO_TRINH'])).toEqual([]);
  });

  it('opens the window on the next working day for N full working days', () => {
    // Friday 27/11/2026: Monday 30/11 to Friday 11/12 for 10 working days.
    expect(disclosureWindowFrom('2026-11-27', 10, [])).toEqual({ start: '2026-11-30', end: '2026-12-11' });
    // Thursday 31/12/2026 with New Year's Day off: Monday 04/01/2027 to Friday 15/01/2027.
    expect(disclosureWindowFrom('2026-12-31', 10, ['2027-01-01'])).toEqual({ start: '2027-01-04', end: '2027-01-15' });
  });

  it('gathers a request for missing items into one list without blanks or repeats', () => {
    expect(missingItems(['BIEN_BAN_HOP', 'NOT_A_TYPE', 'TO_TRINH'], 'Xác nhận sáng kiến\r\n\n  Xác nhận sáng kiến \nẢnh minh chứng')).toEqual({
      docTypes: ['TO_TRINH', 'BIEN_BAN_HOP'],
      notes: ['Xác nhận sáng kiến', 'Ảnh minh chứng'],
    });
    expect(missingItems([], null)).toEqual({ docTypes: [], notes: [] });
  });

  it('reads verdicts: depth, the failed conditions, and their catalogue keys', () => {
    const v = (path: string, node: Verdict['node'], passed: boolean): Verdict => ({ ruleCode: 'X/v1', path, node, passed, reasonKey: 'eligibility.allOf', params: {}, legalSource: '' });
    expect(verdictDepth('')).toBe(0);
    expect(verdictDepth('/individual')).toBe(0);
    expect(verdictDepth('/individual/of/1')).toBe(1);
    expect(verdictDepth('/collective/of/0/of/2')).toBe(2);
    const verdicts = [v('/individual', 'any_of', false), v('/individual/of/0', 'consecutive_years_of', false), v('/individual/of/1', 'consecutive_years_rated', true)];
    expect(failedConditions(verdicts).map((x) => x.path)).toEqual(['/individual/of/0']);
    expect(reasonMessageKey('eligibility.consecutiveYearsMissing')).toBe('commendation.eligibility.consecutiveYearsMissing');
  });
});

describe('anti-spam', () => {
  const secret = 'unit-test-secret';
  const issued = Date.UTC(2026, 10, 26, 2, 0, 0);

  it('accepts a token of this proposal after the minimum fill time and within a day', () => {
    const token = issueFormToken(secret, 7, issued);
    expect(checkFormToken(secret, token, 7, issued + MIN_FILL_SECONDS * 1000)).toBe('ok');
    expect(checkFormToken(secret, token, 7, issued + MIN_FILL_SECONDS * 1000 - 1)).toBe('tooFast');
    expect(checkFormToken(secret, token, 7, issued + 24 * 3600 * 1000 + 1)).toBe('expired');
  });

  it('refuses a token for another proposal, with another secret, altered or missing', () => {
    const token = issueFormToken(secret, 7, issued);
    const later = issued + 60_000;
    expect(checkFormToken(secret, token, 8, later)).toBe('invalid');
    expect(checkFormToken('other-secret', token, 7, later)).toBe('invalid');
    expect(checkFormToken(secret, token.replace(String(issued), String(issued - 60_000)), 7, later)).toBe('invalid');
    expect(checkFormToken(secret, undefined, 7, later)).toBe('invalid');
    expect(checkFormToken(secret, 'garbage', 7, later)).toBe('invalid');
  });

  it('keeps addresses as keyed hashes and counts the hourly limit', () => {
    expect(hashAddress(secret, '203.0.113.7')).toBe(hashAddress(secret, '203.0.113.7'));
    expect(hashAddress(secret, '203.0.113.7')).not.toBe(hashAddress('other', '203.0.113.7'));
    expect(hashAddress(secret, '203.0.113.7')).not.toContain('203');
    expect(withinHourlyLimit(4, 5)).toBe(true);
    expect(withinHourlyLimit(5, 5)).toBe(false);
  });
});

describe('proposal forms', () => {
  const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) => (r.error?.issues ?? []).map((i) => i.path.join('.')).sort();

  it('reports every error at once, the missing nominee included', () => {
    const r = createProposalSchema.safeParse({ recipient: 'INDIVIDUAL', personId: '', formCode: 'CSTD_TINH', year: '2026', achievements: '' });
    expect(paths(r)).toEqual(['achievements', 'personId']);
    const collective = createProposalSchema.safeParse({ recipient: 'COLLECTIVE', personId: '3', recipientUnitId: '', formCode: '', year: '', achievements: 'x'.repeat(20) });
    expect(paths(collective)).toEqual(['formCode', 'recipientUnitId', 'year']);
    const ok = createProposalSchema.safeParse({ recipient: 'INDIVIDUAL', personId: '3', formCode: 'CSTD_TINH', year: '2026', achievements: 'x'.repeat(20) });
    expect(ok.success && ok.data).toMatchObject({ personId: 3, recipientUnitId: null, year: 2026 });
  });

  it('takes a public comment of 10 to 2000 characters, name and contact optional', () => {
    expect(paths(publicCommentSchema.safeParse({ proposalId: '1', text: ' ngắn quá ' }))).toEqual(['text']);
    expect(paths(publicCommentSchema.safeParse({ proposalId: '1', text: 'x'.repeat(2001) }))).toEqual(['text']);
    expect(publicCommentSchema.safeParse({ proposalId: '1', authorName: '', text: 'Mười ký tự đủ' }).data).toMatchObject({ authorName: null, contact: null, text: 'Mười ký tự đủ' });
  });
});
