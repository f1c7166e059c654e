import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { checkEligibility } from '@/lib/commendation/eligibility';
import { getRegistryFacts, getRuleVersions } from '@/lib/commendation/rules-queries';
import type { RuleVersion } from '@/lib/commendation/rule-schema';
import { seedDemoAccounts } from '@/prisma/seed/demo';
import { seedDemoRegistry } from '@/prisma/seed/demo-registry';
import { caoBang, domainError } from './admin-fixtures';

let provinceId: number;
let versions: RuleVersion[];
const personNamed = (fullName: string) => db.person.findFirstOrThrow({ where: { fullName, unit: { name: 'Xã Cốc Pàng' } } });
const PROPOSAL_DAY = '2026-11-26';

beforeAll(async () => {
  provinceId = (await caoBang()).id;
  // The demo's own rows: the end-to-end scenarios rely on exactly these.
  const log: string[] = [];
  await db.$transaction(
    async (tx) => {
      await seedDemoAccounts(tx, provinceId, (l) => log.push(l));
      await seedDemoRegistry(tx, provinceId, (l) => log.push(l));
      // Idempotent: a second run adds nothing.
      await seedDemoRegistry(tx, provinceId, (l) => log.push(l));
    },
    { timeout: 60_000 },
  );
  expect(log.filter((l) => l.includes('commendation registry'))).toHaveLength(1);
  versions = await getRuleVersions(provinceId);
});

describe('registry facts for the eligibility engine', () => {
  it('Nông Thị Hạnh, Chiến sĩ thi đua cơ sở in 2024 and 2025, passes for Bằng khen của Chủ tịch UBND tỉnh, citing the rule', async () => {
    const hanh = await personNamed('Nông Thị Hạnh');
    const facts = await getRegistryFacts(provinceId, { personId: hanh.id });
    expect(facts.members).toEqual([]);
    expect(facts.entries.filter((e) => e.code === 'CSTD_CO_SO')).toEqual([
      { year: 2024, kind: 'TITLE', code: 'CSTD_CO_SO' },
      { year: 2025, kind: 'TITLE', code: 'CSTD_CO_SO' },
    ]);
    const result = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', { recipient: 'INDIVIDUAL', proposalDay: PROPOSAL_DAY, ...facts });
    expect(result.eligible).toBe(true);
    expect(result.rule).toMatchObject({ formCode: 'BANG_KHEN_CT_UBND_TINH', version: 1, legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74' });
    expect(result.verdicts.find((v) => v.node === 'consecutive_years_of')).toMatchObject({ passed: true, reasonKey: 'eligibility.consecutiveYearsMet', params: { code: 'CSTD_CO_SO', years: 2, from: 2024, to: 2025 } });
  });

  it('Hoàng Văn Bình (only Lao động tiên tiến) and Lý Thị Thu (a gap year) fail, saying what is missing', async () => {
    const binh = await getRegistryFacts(provinceId, { personId: (await personNamed('Hoàng Văn Bình')).id });
    const refused = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', { recipient: 'INDIVIDUAL', proposalDay: PROPOSAL_DAY, ...binh });
    expect(refused.eligible).toBe(false);
    expect(refused.verdicts.filter((v) => !v.passed).map((v) => [v.reasonKey, v.params.missing ?? null])).toEqual([
      ['eligibility.anyOf', null],
      ['eligibility.consecutiveYearsMissing', '2024, 2025'],
      ['eligibility.consecutiveRatingsMissing', '2024, 2025'],
      ['eligibility.initiativesMissing', null],
    ]);
    const thu = await getRegistryFacts(provinceId, { personId: (await personNamed('Lý Thị Thu')).id });
    const gap = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', { recipient: 'INDIVIDUAL', proposalDay: PROPOSAL_DAY, ...thu });
    expect(gap.eligible).toBe(false);
    expect(gap.verdicts.find((v) => v.node === 'consecutive_years_of')).toMatchObject({ passed: false, params: { found: 1, missing: '2024' } });
  });

  it('a collective’s facts are its own lines and its active persons with theirs', async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { name: 'Xã Cốc Pàng' } });
    const facts = await getRegistryFacts(provinceId, { unitId: unit.id });
    expect(facts.entries).toEqual(expect.arrayContaining([{ year: 2025, kind: 'TITLE', code: 'TTLDTT' }, { year: 2025, kind: 'RATING', code: 'HTXSNV' }]));
    const persons = await db.person.findMany({ where: { unitId: unit.id, active: true } });
    expect(facts.members.map((m) => m.personId).sort()).toEqual(persons.map((p) => p.id).sort());
    const hanh = await personNamed('Nông Thị Hạnh');
    expect(facts.members.find((m) => m.personId === hanh.id)!.entries).toContainEqual({ year: 2025, kind: 'TITLE', code: 'CSTD_CO_SO' });
    // Tập thể lao động xuất sắc reads the members: here not every member completed tasks in 2025 on record.
    const ttldxs = checkEligibility(versions, 'TTLDXS', { recipient: 'COLLECTIVE', proposalDay: PROPOSAL_DAY, ...facts });
    expect(ttldxs.verdicts.find((v) => v.node === 'members_cstd_co_so_min')).toMatchObject({ passed: true, params: { count: 2, year: 2025 } });
  });

  it('knows only persons and units of the province', async () => {
    expect((await domainError(getRegistryFacts(provinceId + 1000, { personId: (await personNamed('Nông Thị Hạnh')).id }))).code).toBe('NOT_FOUND');
    expect((await domainError(getRegistryFacts(provinceId, { unitId: 999_999 }))).code).toBe('NOT_FOUND');
  });
});
