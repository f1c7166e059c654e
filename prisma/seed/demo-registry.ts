/**
 * Demo commendation registry (sổ khen thưởng): the review results of the demo commune and department
 * for 2023–2025 (the older years as imported from Excel, 2025 as recorded on the portal), and a few
 * collective lines of other communes so the search has content. The end-to-end scenarios rely on:
 * Nông Thị Hạnh, Chiến sĩ thi đua cơ sở in 2024 and 2025 (eligible for Bằng khen của Chủ tịch UBND
 * tỉnh); Hoàng Văn Bình, only Lao động tiên tiến (not eligible); Lý Thị Thu, Chiến sĩ thi đua cơ sở in
 * 2025 only (a gap year). Created once; SEED_DEMO=1 only.
 */
import type { Tx } from '@/lib/db/client';
import type { RegistryKind, RegistrySource } from '@/lib/generated/prisma/enums';
import { DEMO_COMMUNE, DEMO_DEPARTMENT } from './demo';

type Holder = string | null; // a person's full name, or null for the unit itself
type DemoLine = [holder: Holder, year: number, code: string, note?: string];

const COMMUNE_LINES: DemoLine[] = [
  [null, 2023, 'HTTNV'],
  [null, 2024, 'HTXSNV'],
  [null, 2024, 'TTLDTT'],
  [null, 2025, 'HTXSNV'],
  [null, 2025, 'TTLDTT'],
  ['Nông Thị Hạnh', 2023, 'LDTT'],
  ['Nông Thị Hạnh', 2023, 'HTTNV'],
  ['Nông Thị Hạnh', 2024, 'LDTT'],
  ['Nông Thị Hạnh', 2024, 'CSTD_CO_SO'],
  ['Nông Thị Hạnh', 2024, 'HTXSNV'],
  ['Nông Thị Hạnh', 2025, 'LDTT'],
  ['Nông Thị Hạnh', 2025, 'CSTD_CO_SO'],
  ['Nông Thị Hạnh', 2025, 'HTXSNV'],
  ['Nông Thị Hạnh', 2025, 'SANG_KIEN_CO_SO', 'Số hóa sổ hộ tịch của xã, tra cứu trực tuyến cho người dân'],
  ['Hoàng Văn Bình', 2024, 'LDTT'],
  ['Hoàng Văn Bình', 2024, 'HTTNV'],
  ['Hoàng Văn Bình', 2025, 'LDTT'],
  ['Hoàng Văn Bình', 2025, 'HTTNV'],
  ['Lý Thị Thu', 2024, 'LDTT'],
  ['Lý Thị Thu', 2024, 'HTTNV'],
  ['Lý Thị Thu', 2025, 'LDTT'],
  ['Lý Thị Thu', 2025, 'CSTD_CO_SO'],
  ['Lý Thị Thu', 2025, 'HTXSNV'],
  ['Đinh Văn Phúc', 2024, 'HTNV'],
  ['Đinh Văn Phúc', 2025, 'LDTT'],
  ['Đinh Văn Phúc', 2025, 'HTTNV'],
  ['Sầm Thị Loan', 2024, 'LDTT'],
  ['Sầm Thị Loan', 2024, 'HTTNV'],
  ['Sầm Thị Loan', 2025, 'LDTT'],
  ['Sầm Thị Loan', 2025, 'HTTNV'],
  ['Sầm Thị Loan', 2025, 'GIAY_KHEN'],
  ['Chu Văn Khải', 2024, 'HTNV'],
  ['Chu Văn Khải', 2024, 'KHIEN_TRACH'],
  ['Chu Văn Khải', 2025, 'HTNV'],
  ['Lục Thị Mai', 2025, 'LDTT'],
  ['Lục Thị Mai', 2025, 'HTTNV'],
  ['Nông Văn Dũng', 2024, 'HTXSNV'],
  ['Nông Văn Dũng', 2025, 'LDTT'],
  ['Nông Văn Dũng', 2025, 'HTXSNV'],
];

const DEPARTMENT_LINES: DemoLine[] = [
  [null, 2024, 'HTTNV'],
  [null, 2025, 'HTXSNV'],
  [null, 2025, 'TTLDTT'],
  ['Phùng Thị Thanh', 2024, 'LDTT'],
  ['Phùng Thị Thanh', 2024, 'HTXSNV'],
  ['Phùng Thị Thanh', 2025, 'LDTT'],
  ['Phùng Thị Thanh', 2025, 'CSTD_CO_SO'],
  ['Phùng Thị Thanh', 2025, 'HTXSNV'],
  ['Lâm Văn Quang', 2025, 'LDTT'],
  ['Lâm Văn Quang', 2025, 'HTTNV'],
  ['Tô Thị Minh', 2024, 'LDTT'],
  ['Tô Thị Minh', 2024, 'HTTNV'],
  ['Tô Thị Minh', 2025, 'LDTT'],
  ['Tô Thị Minh', 2025, 'HTTNV'],
  ['Tô Thị Minh', 2025, 'SANG_KIEN_CO_SO', 'Bảng theo dõi giải ngân vốn đầu tư công theo từng dự án'],
  ['Đoàn Văn Lực', 2025, 'HTNV'],
  ['Nguyễn Thị Yến', 2025, 'LDTT'],
  ['Nguyễn Thị Yến', 2025, 'HTTNV'],
  ['Nguyễn Thị Yến', 2025, 'GIAY_KHEN'],
  ['Đàm Thị Lan', 2025, 'LDTT'],
  ['Đàm Thị Lan', 2025, 'HTTNV'],
  ['Bế Văn Hùng', 2025, 'HTXSNV'],
];

/** Other communes: the unit's own collective lines only. */
const OTHER_COMMUNE_LINES: Array<[year: number, code: string]> = [
  [2024, 'HTTNV'],
  [2025, 'HTXSNV'],
  [2025, 'TTLDTT'],
];

export async function seedDemoRegistry(tx: Tx, provinceId: number, log: (line: string) => void) {
  // Ours are the demo commune's own review lines; other demo seeds may add lines elsewhere.
  if ((await tx.registryEntry.count({ where: { provinceId, unit: { name: DEMO_COMMUNE }, source: { in: ['UNIT_REVIEW', 'IMPORT'] } } })) > 0) return;
  const kinds = new Map((await tx.commendationForm.findMany({ where: { provinceId }, select: { code: true, kind: true } })).map((f) => [f.code, f.kind]));
  const users = await tx.user.findMany({ where: { provinceId, username: { in: ['xa.officer', 'so.officer', 'admin'] } }, select: { id: true, username: true } });
  const userId = (username: string) => users.find((u) => u.username === username)?.id;
  const admin = userId('admin');
  if (admin === undefined) return;

  const data: Array<{ provinceId: number; year: number; kind: RegistryKind; code: string; personId: number | null; unitId: number; source: RegistrySource; note: string | null; createdById: number }> = [];
  async function addUnit(unitName: string, lines: DemoLine[], createdById: number) {
    const unit = await tx.unit.findFirst({ where: { provinceId, name: unitName }, select: { id: true } });
    if (!unit) return;
    const persons = await tx.person.findMany({ where: { unitId: unit.id }, select: { id: true, fullName: true } });
    for (const [holder, year, code, note] of lines) {
      const kind = kinds.get(code);
      const person = holder === null ? null : persons.find((p) => p.fullName === holder);
      if (!kind || person === undefined) continue;
      // Years before the portal came in by the Excel import; 2025 was recorded on the sheet.
      data.push({ provinceId, year, kind, code, personId: person?.id ?? null, unitId: unit.id, source: year < 2025 ? 'IMPORT' : 'UNIT_REVIEW', note: note ?? null, createdById });
    }
  }
  await addUnit(DEMO_COMMUNE, COMMUNE_LINES, userId('xa.officer') ?? admin);
  await addUnit(DEMO_DEPARTMENT, DEPARTMENT_LINES, userId('so.officer') ?? admin);

  const communes = (await tx.unit.findMany({ where: { provinceId, kind: 'COMMUNE', active: true, NOT: { name: DEMO_COMMUNE } }, select: { id: true, name: true } }))
    .sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name))
    .slice(0, 6);
  communes.forEach((unit, i) => {
    for (const [year, code] of OTHER_COMMUNE_LINES) {
      // Not every commune earns the collective title: every other one stays at its rating.
      if (code === 'TTLDTT' && i % 2 === 1) continue;
      const kind = kinds.get(code);
      if (kind) data.push({ provinceId, year, kind, code, personId: null, unitId: unit.id, source: 'UNIT_REVIEW', note: null, createdById: admin });
    }
  });

  await tx.registryEntry.createMany({ data });
  log(`demo: ${data.length} lines in the commendation registry`);
}
