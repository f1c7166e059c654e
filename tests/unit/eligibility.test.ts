import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEligibility, evaluateRuleVersion, pickRuleVersion, type EligibilityFacts, type RegistryEntry } from '@/lib/commendation/eligibility';
import { ruleVersionJsonSchema, ruleVersionListSchema, ruleVersionSchema, type RuleVersion } from '@/lib/commendation/rule-schema';
import { DEFAULT_ELIGIBILITY_RULES } from '@/prisma/seed/eligibility-rules';

const RULES = DEFAULT_ELIGIBILITY_RULES;
const title = (year: number, code: string): RegistryEntry => ({ year, kind: 'TITLE', code });
const rating = (year: number, code = 'HTXSNV'): RegistryEntry => ({ year, kind: 'RATING', code });
const initiative = (year: number, code = 'CO_SO'): RegistryEntry => ({ year, kind: 'INITIATIVE', code });
const discipline = (year: number, code: string): RegistryEntry => ({ year, kind: 'DISCIPLINE', code });

const person = (entries: RegistryEntry[], extra: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  recipient: 'INDIVIDUAL',
  proposalDay: '2026-11-26',
  entries,
  ...extra,
});

describe('the default rules', () => {
  it('are valid rule data, one version per form with criteria as data', () => {
    expect(ruleVersionListSchema.safeParse(RULES).success).toBe(true);
    const file = JSON.parse(readFileSync(path.join(process.cwd(), 'prisma/seed/data/commendation-forms.json'), 'utf8')) as {
      entries: Array<{ code: string; rule?: unknown }>;
    };
    const withRule = file.entries.filter((e) => e.rule).map((e) => e.code).sort();
    expect(RULES.map((r) => r.formCode).sort()).toEqual(withRule);
    for (const r of RULES) {
      expect(r.effectiveFrom).toBe('2024-01-01');
      expect(r.legalSource).toMatch(/^Luật Thi đua, khen thưởng 06\/2022\/QH15, Điều \d+/);
    }
  });
  it('ask for the council vote where the file says so', () => {
    const byCode = Object.fromEntries(RULES.map((r) => [r.formCode, r]));
    expect(byCode.CSTD_TINH.councilVote).toBe(true);
    expect(byCode.CO_THI_DUA_UBND_TINH.councilVote).toBe(true);
    expect(byCode.BANG_KHEN_CT_UBND_TINH.councilVote).toBe(false);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, individual', () => {
  it('passes with Chiến sĩ thi đua cơ sở in the two years before the proposal, citing Điều 74', () => {
    const r = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([title(2024, 'CSTD_CO_SO'), title(2025, 'CSTD_CO_SO')]));
    expect(r.eligible).toBe(true);
    expect(r.throughYear).toBe(2025);
    expect(r.rule).toMatchObject({ formCode: 'BANG_KHEN_CT_UBND_TINH', version: 1, legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74' });
    const met = r.verdicts.find((v) => v.node === 'consecutive_years_of')!;
    expect(met).toEqual({
      ruleCode: 'BANG_KHEN_CT_UBND_TINH/v1',
      path: '/individual/of/0',
      node: 'consecutive_years_of',
      passed: true,
      reasonKey: 'eligibility.consecutiveYearsMet',
      params: { code: 'CSTD_CO_SO', years: 2, from: 2024, to: 2025 },
      legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74',
    });
    expect(r.verdicts[0]).toMatchObject({ node: 'any_of', path: '/individual', passed: true, reasonKey: 'eligibility.anyOf', params: { count: 2, passedCount: 1 } });
  });

  it('fails with a gap year, saying which year is missing', () => {
    const r = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([title(2023, 'CSTD_CO_SO'), title(2025, 'CSTD_CO_SO')]));
    expect(r.eligible).toBe(false);
    expect(r.verdicts.find((v) => v.node === 'consecutive_years_of')).toMatchObject({
      passed: false,
      reasonKey: 'eligibility.consecutiveYearsMissing',
      params: { code: 'CSTD_CO_SO', years: 2, from: 2024, to: 2025, found: 1, missing: '2024' },
    });
    expect(r.verdicts.find((v) => v.node === 'consecutive_years_rated')).toMatchObject({
      passed: false,
      reasonKey: 'eligibility.consecutiveRatingsMissing',
      params: { found: 0, missing: '2024, 2025' },
    });
  });

  it('does not count the proposal year itself unless told the review is recorded', () => {
    const entries = [title(2025, 'CSTD_CO_SO'), title(2026, 'CSTD_CO_SO')];
    expect(checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person(entries)).eligible).toBe(false);
    expect(checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person(entries, { throughYear: 2026 })).eligible).toBe(true);
  });

  it('passes on two years rated HTXSNV with two recognised initiatives, not with one', () => {
    const two = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([rating(2024), rating(2025), initiative(2024), initiative(2025)]));
    expect(two.eligible).toBe(true);
    expect(two.verdicts.filter((v) => v.path === '/individual/of/1').map((v) => [v.reasonKey, v.passed])).toEqual([
      ['eligibility.consecutiveRatingsMet', true],
      ['eligibility.initiativesMet', true],
    ]);
    const one = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([rating(2024), rating(2025), initiative(2025), initiative(2022)]));
    expect(one.eligible).toBe(false);
    expect(one.verdicts.find((v) => v.reasonKey === 'eligibility.initiativesMissing')).toMatchObject({ params: { required: 2, found: 1, from: 2024, to: 2025 } });
    const rated = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([rating(2024), rating(2025, 'HTTNV'), initiative(2024), initiative(2025)]));
    expect(rated.eligible).toBe(false);
  });

  it('sends a collective to manual review (no criteria as data)', () => {
    const r = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', { recipient: 'COLLECTIVE', proposalDay: '2026-11-26', entries: [] });
    expect(r).toMatchObject({ eligible: true, manualReview: true });
    expect(r.verdicts).toEqual([expect.objectContaining({ node: 'rule', passed: true, reasonKey: 'eligibility.manualReview', params: { form: 'BANG_KHEN_CT_UBND_TINH', recipient: 'COLLECTIVE' } })]);
  });

  it('is monotone: adding registry entries never makes a candidate ineligible (property)', () => {
    const entry = fc.record({
      year: fc.integer({ min: 2020, max: 2026 }),
      kind: fc.constantFrom('TITLE' as const, 'RATING' as const, 'INITIATIVE' as const),
      code: fc.constantFrom('CSTD_CO_SO', 'HTXSNV', 'LDTT', 'CO_SO'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.array(entry, { maxLength: 6 }), (base, more) => {
        const before = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person(base)).eligible;
        const after = checkEligibility(RULES, 'BANG_KHEN_CT_UBND_TINH', person([...base, ...more])).eligible;
        if (before) expect(after).toBe(true);
      }),
    );
  });
});

describe('Chiến sĩ thi đua cấp tỉnh', () => {
  const three = [title(2023, 'CSTD_CO_SO'), title(2024, 'CSTD_CO_SO'), title(2025, 'CSTD_CO_SO')];
  it('needs three consecutive years and an initiative within them', () => {
    expect(checkEligibility(RULES, 'CSTD_TINH', person([...three, initiative(2024, 'TINH')])).eligible).toBe(true);
    const r = checkEligibility(RULES, 'CSTD_TINH', person([...three, initiative(2022)]));
    expect(r.eligible).toBe(false);
    expect(r.verdicts.find((v) => v.node === 'needs_initiative')).toMatchObject({ passed: false, reasonKey: 'eligibility.initiativesMissing', params: { required: 1, found: 0, from: 2023, to: 2025 } });
    expect(r.rule).toMatchObject({ councilVote: true, publicDisclosure: true });
  });
  it('refuses a collective', () => {
    const r = checkEligibility(RULES, 'CSTD_TINH', { recipient: 'COLLECTIVE', proposalDay: '2026-11-26', entries: [] });
    expect(r).toMatchObject({ eligible: false, manualReview: false });
    expect(r.verdicts[0]).toMatchObject({ reasonKey: 'eligibility.recipientNotAllowed', params: { form: 'CSTD_TINH', recipient: 'COLLECTIVE' } });
  });
});

describe('Tập thể lao động xuất sắc (collective thresholds)', () => {
  // Ten members rated for 2025; `ldtt` of them hold LĐTT, one of those CSTĐ cơ sở.
  const team = (ldtt: number, opts: { notCompleted?: number; disciplined?: string } = {}) =>
    Array.from({ length: 10 }, (_, i) => {
      const entries: RegistryEntry[] = [rating(2025, i < (opts.notCompleted ?? 0) ? 'KHTNV' : 'HTTNV')];
      if (i < ldtt) entries.push(title(2025, i === 0 ? 'CSTD_CO_SO' : 'LDTT'));
      if (i === 9 && opts.disciplined) entries.push(discipline(2025, opts.disciplined));
      return { entries };
    });
  const unit = (members: ReturnType<typeof team>): EligibilityFacts => ({ recipient: 'COLLECTIVE', proposalDay: '2026-01-15', entries: [rating(2025)], members });

  it('passes at exactly 70% of members with Lao động tiên tiến (a CSTĐ counts), fails at 60%', () => {
    const at70 = checkEligibility(RULES, 'TTLDXS', unit(team(7)));
    expect(at70.eligible).toBe(true);
    expect(at70.verdicts.find((v) => v.node === 'members_ldtt_min_pct')).toMatchObject({
      passed: true,
      reasonKey: 'eligibility.membersLdttMet',
      params: { min: 70, pct: 70, count: 7, total: 10, year: 2025 },
      legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27; Nghị định 98/2023/NĐ-CP',
    });
    const at60 = checkEligibility(RULES, 'TTLDXS', unit(team(6)));
    expect(at60.eligible).toBe(false);
    expect(at60.verdicts.find((v) => v.node === 'members_ldtt_min_pct')).toMatchObject({ passed: false, reasonKey: 'eligibility.membersLdttMissing', params: { pct: 60 } });
  });

  it('needs every member to have completed tasks', () => {
    const r = checkEligibility(RULES, 'TTLDXS', unit(team(8, { notCompleted: 1 })));
    expect(r.eligible).toBe(false);
    expect(r.verdicts.find((v) => v.node === 'members_completed_pct')).toMatchObject({ reasonKey: 'eligibility.membersCompletedMissing', params: { min: 100, pct: 90, count: 9, total: 10 } });
  });

  it('needs a member with Chiến sĩ thi đua cơ sở', () => {
    const members = team(8).map((m) => ({ entries: m.entries.map((e) => (e.code === 'CSTD_CO_SO' ? { ...e, code: 'LDTT' } : e)) }));
    const r = checkEligibility(RULES, 'TTLDXS', unit(members));
    expect(r.verdicts.find((v) => v.node === 'members_cstd_co_so_min')).toMatchObject({ passed: false, reasonKey: 'eligibility.membersCstdMissing', params: { min: 1, count: 0 } });
  });

  it('tolerates a reprimand but not a warning or worse', () => {
    expect(checkEligibility(RULES, 'TTLDXS', unit(team(8, { disciplined: 'KHIEN_TRACH' }))).eligible).toBe(true);
    const warned = checkEligibility(RULES, 'TTLDXS', unit(team(8, { disciplined: 'CANH_CAO' })));
    expect(warned.eligible).toBe(false);
    expect(warned.verdicts.find((v) => v.node === 'members_no_discipline')).toMatchObject({ reasonKey: 'eligibility.membersDisciplined', params: { severity: 'CANH_CAO', count: 1, year: 2025 } });
    expect(checkEligibility(RULES, 'TTLDXS', unit(team(8, { disciplined: 'CACH_CHUC' }))).eligible).toBe(false);
    expect(checkEligibility(RULES, 'TTLDXS', unit(team(8, { disciplined: 'UNKNOWN_MEASURE' }))).eligible).toBe(false);
  });

  it('needs the unit itself rated HTXSNV, and members', () => {
    const r = checkEligibility(RULES, 'TTLDXS', { ...unit(team(8)), entries: [rating(2025, 'HTTNV')] });
    expect(r.verdicts.find((v) => v.node === 'consecutive_years_rated')).toMatchObject({ passed: false, params: { rating: 'HTXSNV', years: 1, missing: '2025' } });
    const empty = checkEligibility(RULES, 'TTLDXS', { ...unit([]) });
    expect(empty.verdicts.filter((v) => v.reasonKey === 'eligibility.noMembers')).toHaveLength(4);
    expect(empty.eligible).toBe(false);
  });
});

describe('Cờ thi đua của UBND tỉnh', () => {
  const unit = (ranking: EligibilityFacts['ranking']): EligibilityFacts => ({ recipient: 'COLLECTIVE', proposalDay: '2026-11-26', entries: [], ranking });
  it('follows the block/cluster ranking', () => {
    const r = checkEligibility(RULES, 'CO_THI_DUA_UBND_TINH', unit({ proposed: true, rank: 1 }));
    expect(r.eligible).toBe(true);
    expect(r.verdicts[0]).toMatchObject({ reasonKey: 'eligibility.rankingProposed', params: { rank: 1 }, legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26' });
    expect(checkEligibility(RULES, 'CO_THI_DUA_UBND_TINH', unit({ proposed: false, rank: 2 })).verdicts[0]).toMatchObject({ passed: false, reasonKey: 'eligibility.rankingNotProposed' });
    expect(checkEligibility(RULES, 'CO_THI_DUA_UBND_TINH', unit(null)).eligible).toBe(false);
  });
});

describe('rule versions', () => {
  const v1: RuleVersion = { ...RULES.find((r) => r.formCode === 'BANG_KHEN_CT_UBND_TINH')!, effectiveTo: '2026-06-30' };
  const v2: RuleVersion = {
    ...v1,
    version: 2,
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    legalSource: 'Nghị định 152/2025/NĐ-CP, Điều 10 (ví dụ)',
    individual: { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 3 },
  };
  const versions = [v2, v1];
  const entries = [title(2024, 'CSTD_CO_SO'), title(2025, 'CSTD_CO_SO')];

  it('picks the version in force on the day, switching on its effective day', () => {
    expect(pickRuleVersion(versions, 'BANG_KHEN_CT_UBND_TINH', '2026-06-30')?.version).toBe(1);
    expect(pickRuleVersion(versions, 'BANG_KHEN_CT_UBND_TINH', '2026-07-01')?.version).toBe(2);
    expect(pickRuleVersion(versions, 'BANG_KHEN_CT_UBND_TINH', '2023-12-31')).toBeNull();
    expect(pickRuleVersion(versions, 'CSTD_TINH', '2026-07-01')).toBeNull();
  });

  it('judges the same person differently on each side of the switch', () => {
    const before = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', person(entries, { proposalDay: '2026-06-30' }));
    const after = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', person(entries, { proposalDay: '2026-07-01' }));
    expect(before).toMatchObject({ eligible: true, rule: { version: 1 } });
    expect(after).toMatchObject({ eligible: false, rule: { version: 2 } });
    expect(after.verdicts[0]).toMatchObject({ ruleCode: 'BANG_KHEN_CT_UBND_TINH/v2', legalSource: 'Nghị định 152/2025/NĐ-CP, Điều 10 (ví dụ)', params: { missing: '2023' } });
  });

  it('prefers the later start, then the higher number, when versions overlap', () => {
    const open1 = { ...v1, effectiveTo: null };
    expect(pickRuleVersion([open1, v2], 'BANG_KHEN_CT_UBND_TINH', '2027-01-01')?.version).toBe(2);
    const v3 = { ...v2, version: 3 };
    expect(pickRuleVersion([v3, v2], 'BANG_KHEN_CT_UBND_TINH', '2027-01-01')?.version).toBe(3);
  });

  it('says no rule is in force before the first version', () => {
    const r = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', person(entries, { proposalDay: '2023-05-02' }));
    expect(r).toMatchObject({ eligible: false, rule: null });
    expect(r.verdicts[0]).toMatchObject({ reasonKey: 'eligibility.noRuleInForce', params: { form: 'BANG_KHEN_CT_UBND_TINH', day: '02/05/2023' } });
  });

  it('a node cites its own legal source over the version', () => {
    const cited: RuleVersion = { ...v1, individual: { type: 'no_discipline', years: 2, legalSource: 'Điều 5' } };
    const r = evaluateRuleVersion(cited, person([discipline(2024, 'KHIEN_TRACH')]));
    expect(r.verdicts[0]).toMatchObject({ passed: false, reasonKey: 'eligibility.disciplined', params: { code: 'KHIEN_TRACH', year: 2024 }, legalSource: 'Điều 5' });
    expect(evaluateRuleVersion(cited, person([discipline(2023, 'CANH_CAO')])).verdicts[0]).toMatchObject({ passed: true, reasonKey: 'eligibility.noDisciplineMet', params: { from: 2024, to: 2025 } });
    const warningOnly: RuleVersion = { ...v1, individual: { type: 'no_discipline', minSeverity: 'CANH_CAO' } };
    expect(evaluateRuleVersion(warningOnly, person([discipline(2025, 'KHIEN_TRACH')])).eligible).toBe(true);
  });

  it('all_of needs every branch', () => {
    const both: RuleVersion = {
      ...v1,
      individual: { type: 'all_of', of: [{ type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 2 }, { type: 'no_discipline' }] },
    };
    const r = evaluateRuleVersion(both, person([...entries, discipline(2025, 'KHIEN_TRACH')]));
    expect(r.eligible).toBe(false);
    expect(r.verdicts.map((v) => [v.path, v.passed])).toEqual([
      ['/individual', false],
      ['/individual/of/0', true],
      ['/individual/of/1', false],
    ]);
    expect(r.verdicts[0]).toMatchObject({ reasonKey: 'eligibility.allOf', params: { count: 2, passedCount: 1 } });
  });
});

describe('rule schema (an administrator edit)', () => {
  const valid = RULES[0];
  const issues = (v: unknown) => {
    const r = ruleVersionSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts every default and its JSON text', () => {
    for (const r of RULES) expect(issues(r), r.formCode).toEqual([]);
    expect(ruleVersionJsonSchema.safeParse(JSON.stringify(valid)).success).toBe(true);
  });

  it('refuses text that is not JSON, unknown conditions and misspelt fields', () => {
    expect(ruleVersionJsonSchema.safeParse('{ not json').error?.issues[0].message).toBe('eligibility.rule.notJson');
    expect(issues({ ...valid, individual: { type: 'be_nice' } })).toEqual(['individual.type:eligibility.rule.unknownCondition']);
    expect(issues({ ...valid, individual: { type: 'consecutive_years_of', code: 'CSTD_CO_SO', year: 2 } }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, individual: { type: 'any_of', of: [] } })).toEqual(['individual.of:eligibility.rule.emptyGroup']);
  });

  it('checks numbers, days and codes', () => {
    expect(issues({ ...valid, individual: { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 0 } })).toEqual(['individual.years:min']);
    expect(issues({ ...valid, individual: { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 1.5 } })).toEqual(['individual.years:integer']);
    expect(issues({ ...valid, recipients: ['COLLECTIVE'], individual: null, collective: { type: 'members_ldtt_min_pct', min: 101 } })).toEqual(['collective.min:max']);
    expect(issues({ ...valid, effectiveFrom: '2024-02-30' })).toEqual(['effectiveFrom:eligibility.rule.day']);
    expect(issues({ ...valid, effectiveTo: '2023-12-31' })).toEqual(['effectiveTo:eligibility.rule.endsBeforeStart']);
    expect(issues({ ...valid, formCode: 'bang khen' })).toEqual(['formCode:eligibility.rule.code']);
    expect(issues({ ...valid, legalSource: '  ' })).toEqual(['legalSource:required']);
  });

  it('keeps conditions to their recipient and depth', () => {
    expect(issues({ ...valid, recipients: ['COLLECTIVE'] })).toContain('individual:eligibility.rule.recipientNotAllowed');
    expect(issues({ ...valid, individual: { type: 'from_block_or_cluster_ranking' } })).toEqual(['individual:eligibility.rule.collectiveOnly']);
    let deep: unknown = { type: 'no_discipline' };
    for (let i = 0; i < 6; i++) deep = { type: 'all_of', of: [deep] };
    expect(issues({ ...valid, individual: deep })).toEqual(['individual:eligibility.rule.tooDeep']);
  });

  it('refuses two versions of a form with the same number or first day', () => {
    const list = ruleVersionListSchema.safeParse([valid, { ...valid, effectiveFrom: '2025-01-01' }]);
    expect(list.error?.issues.map((i) => i.message)).toEqual(['eligibility.rule.duplicateVersion']);
    expect(ruleVersionListSchema.safeParse([valid, { ...valid, version: 2, effectiveFrom: '2025-01-01' }]).success).toBe(true);
  });
});
