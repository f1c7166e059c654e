/**
 * The commendation catalogue (titles, forms, ratings, initiative levels, disciplinary measures),
 * the default eligibility rule versions and the public holidays that disclosure windows skip.
 * Inserted once: what an administrator changes is never overwritten.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecipientKind, RegistryKind } from '@/lib/generated/prisma/enums';
import { dayToDate } from '@/lib/clock';
import { DEFAULT_ELIGIBILITY_RULES } from './eligibility-rules';

type FormsFile = {
  entries: Array<{ code: string; kind: 'title' | 'form'; name_vi: string; name_en: string; recipient: string; criteria_en?: string; cash_multiple_of_base_salary?: number; sources: string[]; rule?: { council_vote?: boolean } }>;
};

// Titles and forms units award themselves after their yearly review (bình xét).
const AWARDED_BY_UNIT = new Set(['LDTT', 'CSTD_CO_SO', 'TTLDTT', 'GIAY_KHEN']);
// Proposals for these go on the public page before the council meets (Nghị định 152/2025, Điều 60.3 as cited).
const DISCLOSED = new Set(['CSTD_TINH', 'CO_THI_DUA_UBND_TINH']);

const RECORD_CODES: Array<{ code: string; kind: RegistryKind; name: string; nameEn: string; recipient: RecipientKind }> = [
  { code: 'HTXSNV', kind: 'RATING', name: 'Hoàn thành xuất sắc nhiệm vụ', nameEn: 'Completed tasks excellently', recipient: 'INDIVIDUAL_OR_COLLECTIVE' },
  { code: 'HTTNV', kind: 'RATING', name: 'Hoàn thành tốt nhiệm vụ', nameEn: 'Completed tasks well', recipient: 'INDIVIDUAL_OR_COLLECTIVE' },
  { code: 'HTNV', kind: 'RATING', name: 'Hoàn thành nhiệm vụ', nameEn: 'Completed tasks', recipient: 'INDIVIDUAL_OR_COLLECTIVE' },
  { code: 'KHTNV', kind: 'RATING', name: 'Không hoàn thành nhiệm vụ', nameEn: 'Did not complete tasks', recipient: 'INDIVIDUAL_OR_COLLECTIVE' },
  { code: 'SANG_KIEN_CO_SO', kind: 'INITIATIVE', name: 'Sáng kiến được công nhận cấp cơ sở', nameEn: 'Initiative recognised at unit level', recipient: 'INDIVIDUAL' },
  { code: 'SANG_KIEN_TINH', kind: 'INITIATIVE', name: 'Sáng kiến có phạm vi ảnh hưởng cấp tỉnh', nameEn: 'Initiative with province-wide effect', recipient: 'INDIVIDUAL' },
  { code: 'KHIEN_TRACH', kind: 'DISCIPLINE', name: 'Khiển trách', nameEn: 'Reprimand', recipient: 'INDIVIDUAL' },
  { code: 'CANH_CAO', kind: 'DISCIPLINE', name: 'Cảnh cáo', nameEn: 'Warning', recipient: 'INDIVIDUAL' },
  { code: 'HA_BAC_LUONG', kind: 'DISCIPLINE', name: 'Hạ bậc lương', nameEn: 'Salary downgrade', recipient: 'INDIVIDUAL' },
  { code: 'GIANG_CHUC', kind: 'DISCIPLINE', name: 'Giáng chức', nameEn: 'Demotion', recipient: 'INDIVIDUAL' },
  { code: 'CACH_CHUC', kind: 'DISCIPLINE', name: 'Cách chức', nameEn: 'Dismissal from post', recipient: 'INDIVIDUAL' },
  { code: 'BUOC_THOI_VIEC', kind: 'DISCIPLINE', name: 'Buộc thôi việc', nameEn: 'Forced resignation', recipient: 'INDIVIDUAL' },
];

/** Public holidays (Bộ luật Lao động 2019, Điều 112), with the Tết and Hùng Kings days of 2026–2027 as announced. */
const HOLIDAYS: Array<[string, string]> = [
  ['2026-01-01', 'Tết Dương lịch'],
  ['2026-02-16', 'Tết Nguyên đán'],
  ['2026-02-17', 'Tết Nguyên đán'],
  ['2026-02-18', 'Tết Nguyên đán'],
  ['2026-02-19', 'Tết Nguyên đán'],
  ['2026-02-20', 'Tết Nguyên đán'],
  ['2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'],
  ['2026-04-30', 'Ngày Giải phóng miền Nam'],
  ['2026-05-01', 'Ngày Quốc tế Lao động'],
  ['2026-09-01', 'Quốc khánh'],
  ['2026-09-02', 'Quốc khánh'],
  ['2027-01-01', 'Tết Dương lịch'],
  ['2027-02-05', 'Tết Nguyên đán'],
  ['2027-02-08', 'Tết Nguyên đán'],
  ['2027-02-09', 'Tết Nguyên đán'],
  ['2027-02-10', 'Tết Nguyên đán'],
  ['2027-02-11', 'Tết Nguyên đán'],
  ['2027-04-16', 'Giỗ Tổ Hùng Vương'],
  ['2027-04-30', 'Ngày Giải phóng miền Nam'],
  ['2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'],
  ['2027-09-02', 'Quốc khánh'],
  ['2027-09-03', 'Quốc khánh'],
];

export async function seedCommendation(tx: Tx, provinceId: number, log: (line: string) => void) {
  const file = JSON.parse(readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'data', 'commendation-forms.json'), 'utf8')) as FormsFile;
  const forms: Prisma.CommendationFormCreateManyInput[] = file.entries.map((e, i) => ({
    provinceId,
    code: e.code,
    kind: e.kind === 'title' ? 'TITLE' : 'FORM',
    name: e.name_vi,
    nameEn: e.name_en,
    recipient: e.recipient === 'individual' ? 'INDIVIDUAL' : e.recipient === 'collective' ? 'COLLECTIVE' : 'INDIVIDUAL_OR_COLLECTIVE',
    criteria: e.criteria_en ?? null,
    cashMultiple: e.cash_multiple_of_base_salary ?? null,
    sources: e.sources,
    awardedByUnit: AWARDED_BY_UNIT.has(e.code),
    needsCouncilVote: Boolean(e.rule?.council_vote),
    needsPublicDisclosure: DISCLOSED.has(e.code),
    sortOrder: i + 1,
  }));
  const records = RECORD_CODES.map((r, i) => ({ provinceId, ...r, sources: [], sortOrder: 100 + i }));
  const inserted = await tx.commendationForm.createMany({ data: [...forms, ...records], skipDuplicates: true });
  await tx.eligibilityRule.createMany({
    data: DEFAULT_ELIGIBILITY_RULES.map((r) => ({
      provinceId,
      formCode: r.formCode,
      version: r.version,
      effectiveFrom: dayToDate(r.effectiveFrom),
      effectiveTo: r.effectiveTo ? dayToDate(r.effectiveTo) : null,
      legalSource: r.legalSource,
      definition: r as unknown as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  await tx.holiday.createMany({ data: HOLIDAYS.map(([day, name]) => ({ provinceId, day: dayToDate(day), name })), skipDuplicates: true });
  if (inserted.count) log(`commendation: ${inserted.count} titles, forms and record codes, ${DEFAULT_ELIGIBILITY_RULES.length} rule versions`);
}
