import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { checkEligibility, pickRuleVersion } from '@/lib/commendation/eligibility';
import { getRuleVersions } from '@/lib/commendation/rules-queries';
import { addRuleVersion, getCommendationFormDetail, listCommendationForms, updateCommendationForm, withdrawRuleVersion } from '@/lib/commendation/admin-forms';
import { caoBang, domainError, makeActor } from './admin-fixtures';

let admin: Actor;
let reviewer: Actor;
let provinceId: number;

type Issue = { messageKey: string; params?: Record<string, string | number> };
const issues = (error: { fieldErrors: Record<string, unknown> }, field: string) => (error.fieldErrors[field] as Issue[] | undefined)?.map((i) => `${i.params?.path ?? ''} ${i.messageKey}`.trim());

const CSTD_3_YEARS = JSON.stringify({
  recipients: ['INDIVIDUAL', 'COLLECTIVE'],
  individual: { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 3 },
  collective: null,
  note: 'Phiên bản thử: 3 năm liên tục Chiến sĩ thi đua cơ sở.',
});
const base = (over: Partial<Parameters<typeof addRuleVersion>[1]> = {}) => ({ provinceId, formCode: 'BANG_KHEN_CT_UBND_TINH', effectiveFrom: '2027-01-01', legalSource: 'Nghị định 152/2025/NĐ-CP, Điều 60', definition: CSTD_3_YEARS, ...over });

beforeAll(async () => {
  admin = await makeActor('ADMIN', null, 'Quản trị');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên');
  provinceId = (await caoBang()).id;
});

beforeEach(() => setClock('2026-11-26T09:00:00+07:00'));

describe('eligibility rule versions as data', () => {
  it('reads the seeded versions the engine judges by', async () => {
    const versions = await getRuleVersions(provinceId);
    expect(versions.map((v) => `${v.formCode}/v${v.version}`).sort()).toEqual(['BANG_KHEN_CT_UBND_TINH/v1', 'CO_THI_DUA_UBND_TINH/v1', 'CSTD_TINH/v1', 'TTLDXS/v1']);
    expect(pickRuleVersion(versions, 'BANG_KHEN_CT_UBND_TINH', '2026-11-26')).toMatchObject({ version: 1, effectiveFrom: '2024-01-01', legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74' });
  });

  it('refuses a bad version with the error next to its field, in the catalogue’s words, and writes nothing', async () => {
    const notJson = await domainError(addRuleVersion(admin, base({ definition: '{ "recipients": ["INDIVIDUAL"], }' })));
    expect(notJson.code).toBe('VALIDATION');
    expect(issues(notJson, 'definition')).toEqual(['registry.admin.ruleErrors.notJson']);
    expect(issues(await domainError(addRuleVersion(admin, base({ definition: '[1, 2]' }))), 'definition')).toEqual(['registry.admin.ruleErrors.notObject']);

    const wrong = await domainError(
      addRuleVersion(
        admin,
        base({
          definition: JSON.stringify({
            recipients: ['INDIVIDUAL'],
            individual: { type: 'any_of', of: [{ type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 0 }, { type: 'members_ldtt_min_pct', min: 70 }, { type: 'magic' }] },
            colour: 'red',
          }),
        }),
      ),
    );
    expect(issues(wrong, 'definition')).toEqual(
      expect.arrayContaining(['individual.of.0.years validation.min', 'individual.of.2.type registry.admin.ruleErrors.unknownCondition', '— registry.admin.ruleErrors.unknownKeys']),
    );
    // The earlier version starts 01/01/2024: a new one must start after it.
    const early = await domainError(addRuleVersion(admin, base({ effectiveFrom: '2024-01-01' })));
    expect(early.fieldErrors.effectiveFrom).toEqual([{ messageKey: 'registry.admin.errors.notAfterLatest', params: { day: '01/01/2024', version: 1 } }]);
    expect(await db.eligibilityRule.count({ where: { formCode: 'BANG_KHEN_CT_UBND_TINH' } })).toBe(1);
    expect((await domainError(addRuleVersion(reviewer, base()))).code).toBe('FORBIDDEN');
    expect((await domainError(addRuleVersion(admin, base({ formCode: 'HTXSNV' })))).code).toBe('NOT_FOUND');
  });

  it('adds a revision as a new version; the version in force is picked by the proposal’s day', async () => {
    const { version } = await addRuleVersion(admin, base());
    expect(version).toBe(2);
    const row = await db.eligibilityRule.findFirstOrThrow({ where: { formCode: 'BANG_KHEN_CT_UBND_TINH', version: 2 } });
    expect(row).toMatchObject({ legalSource: 'Nghị định 152/2025/NĐ-CP, Điều 60', createdById: admin.id });
    expect(row.definition).toMatchObject({ formCode: 'BANG_KHEN_CT_UBND_TINH', version: 2, effectiveFrom: '2027-01-01', individual: { years: 3 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'eligibilityRule.create', entityId: String(row.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, provinceId });

    const versions = await getRuleVersions(provinceId);
    // Two years of Chiến sĩ thi đua cơ sở: eligible under v1 until 31/12/2026, not under v2 from 01/01/2027.
    const facts = (proposalDay: string, throughYear: number) => ({
      recipient: 'INDIVIDUAL' as const,
      proposalDay,
      throughYear,
      entries: [
        { year: 2025, kind: 'TITLE' as const, code: 'CSTD_CO_SO' },
        { year: 2026, kind: 'TITLE' as const, code: 'CSTD_CO_SO' },
      ],
    });
    const before = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', facts('2026-12-31', 2026));
    expect(before).toMatchObject({ eligible: true, rule: { version: 1 } });
    const after = checkEligibility(versions, 'BANG_KHEN_CT_UBND_TINH', facts('2027-01-01', 2026));
    expect(after).toMatchObject({ eligible: false, rule: { version: 2, legalSource: 'Nghị định 152/2025/NĐ-CP, Điều 60' } });
    expect(after.verdicts[0]).toMatchObject({ reasonKey: 'eligibility.consecutiveYearsMissing', params: { missing: '2024' } });

    const detail = await getCommendationFormDetail(admin, provinceId, 'BANG_KHEN_CT_UBND_TINH');
    expect(detail.inForce).toBe(1);
    expect(detail.versions.map((v) => [v.version, v.withdrawable])).toEqual([
      [2, true],
      [1, false],
    ]);
    // The editor starts from the version in force, without the fields the form gives.
    expect(JSON.parse(detail.editorText)).not.toHaveProperty('formCode');
    expect(JSON.parse(detail.editorText)).toHaveProperty('individual.type', 'any_of');

    // A version in force is never withdrawn; one that has not come is.
    const v1 = await db.eligibilityRule.findFirstOrThrow({ where: { formCode: 'BANG_KHEN_CT_UBND_TINH', version: 1 } });
    expect((await domainError(withdrawRuleVersion(admin, v1.id))).code).toBe('INVALID_STATE');
    await withdrawRuleVersion(admin, row.id);
    expect(await db.eligibilityRule.count({ where: { formCode: 'BANG_KHEN_CT_UBND_TINH' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'eligibilityRule.withdraw', entityId: String(row.id) } })).toBe(1);
  });
});

describe('the commendation catalogue', () => {
  it('lists every code with its rule versions, and edits a form’s flags with an audit and a stale check', async () => {
    const forms = await listCommendationForms(admin, provinceId);
    expect(forms.find((f) => f.code === 'CSTD_TINH')).toMatchObject({ ruled: true, versionCount: 1, inForce: 1, needsCouncilVote: true });
    expect(forms.find((f) => f.code === 'HTXSNV')).toMatchObject({ ruled: false, versionCount: 0, inForce: null });

    const giayKhen = await db.commendationForm.findFirstOrThrow({ where: { code: 'GIAY_KHEN' } });
    const input = { id: giayKhen.id, updatedAt: giayKhen.updatedAt.toISOString(), name: giayKhen.name, nameEn: giayKhen.nameEn, awardedByUnit: false, needsCouncilVote: false, needsPublicDisclosure: false, active: true };
    await updateCommendationForm(admin, input);
    const changed = await db.commendationForm.findUniqueOrThrow({ where: { id: giayKhen.id } });
    expect(changed.awardedByUnit).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'commendationForm.update', entityId: 'GIAY_KHEN' } });
    expect(audit.before).toEqual({ awardedByUnit: true });
    expect(audit.after).toEqual({ awardedByUnit: false });
    expect((await domainError(updateCommendationForm(admin, input))).code).toBe('STALE');
    expect((await domainError(updateCommendationForm(reviewer, { ...input, updatedAt: changed.updatedAt.toISOString() }))).code).toBe('FORBIDDEN');
  });
});
