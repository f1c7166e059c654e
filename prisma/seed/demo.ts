/**
 * Demo accounts (password Demo@2026), persons and a reporting history relative to the clock:
 * closed periods mostly accepted (some late, a few missing), the open period mixed (submitted,
 * returned with comments, drafts, missing). Created once; SEED_DEMO=1 only.
 */
import type { Tx } from '@/lib/db/client';
import type { Role, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '@/lib/audit';
import { addDays, dateToDay, endOfVnDay, now, vnDay } from '@/lib/clock';
import { periodWindow } from '@/lib/reporting/periods';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { demoValue, hashSeed, random } from './demo-values';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_COMMUNE = 'Xã Cốc Pàng';
export const DEMO_DEPARTMENT = 'Sở Tài chính';

type DemoAccount = { username: string; role: Role; unit: string | null; name: string; position: string; isLeader?: boolean };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', role: 'ADMIN', unit: null, name: 'Quản trị hệ thống', position: 'Kỹ thuật viên CNTT' },
  { username: 'noivu', role: 'REVIEWER', unit: 'Sở Nội vụ', name: 'Nguyễn Thị Hồng', position: 'Chuyên viên Phòng Thi đua - Khen thưởng' },
  { username: 'lanhdao', role: 'LEADER', unit: 'Văn phòng UBND tỉnh', name: 'Hoàng Văn Thái', position: 'Phó Chủ tịch UBND tỉnh', isLeader: true },
  { username: 'xa.officer', role: 'UNIT_OFFICER', unit: DEMO_COMMUNE, name: 'Lục Thị Mai', position: 'Công chức Văn phòng - Thống kê' },
  { username: 'xa.head', role: 'UNIT_HEAD', unit: DEMO_COMMUNE, name: 'Nông Văn Dũng', position: 'Chủ tịch UBND xã', isLeader: true },
  { username: 'so.officer', role: 'UNIT_OFFICER', unit: DEMO_DEPARTMENT, name: 'Đàm Thị Lan', position: 'Chuyên viên Văn phòng Sở' },
  { username: 'so.head', role: 'UNIT_HEAD', unit: DEMO_DEPARTMENT, name: 'Bế Văn Hùng', position: 'Giám đốc Sở', isLeader: true },
  ...['Ma Văn Kiên', 'Triệu Thị Hoa', 'La Văn Sơn', 'Hà Thị Nguyệt', 'Lương Văn Tùng', 'Mông Thị Xuân', 'Vi Văn Thắng'].map(
    (name, i): DemoAccount => ({
      username: i === 0 ? 'hoidong' : `hoidong${i + 1}`,
      role: 'COUNCIL_MEMBER',
      unit: 'Hội đồng Thi đua - Khen thưởng tỉnh',
      name,
      position: i === 0 ? 'Phó Chủ tịch Hội đồng' : 'Ủy viên Hội đồng',
      isLeader: i === 0,
    }),
  ),
];

/** Staff of the two demo units who are registered, proposed and commended in the demo. */
const DEMO_STAFF: Record<string, Array<[string, string, boolean?]>> = {
  [DEMO_COMMUNE]: [
    ['Nông Thị Hạnh', 'Phó Chủ tịch UBND xã', true],
    ['Hoàng Văn Bình', 'Công chức Tư pháp - Hộ tịch'],
    ['Lý Thị Thu', 'Công chức Văn hóa - Xã hội'],
    ['Đinh Văn Phúc', 'Công chức Địa chính - Xây dựng'],
    ['Sầm Thị Loan', 'Công chức Tài chính - Kế toán'],
    ['Chu Văn Khải', 'Chỉ huy trưởng Ban Chỉ huy quân sự xã'],
  ],
  [DEMO_DEPARTMENT]: [
    ['Phùng Thị Thanh', 'Phó Giám đốc Sở', true],
    ['Lâm Văn Quang', 'Trưởng phòng Ngân sách', true],
    ['Tô Thị Minh', 'Chuyên viên Phòng Ngân sách'],
    ['Đoàn Văn Lực', 'Chuyên viên Phòng Đầu tư'],
    ['Nguyễn Thị Yến', 'Kế toán viên'],
  ],
};

export async function seedDemoAccounts(tx: Tx, provinceId: number, log: (line: string) => void) {
  const units = await tx.unit.findMany({ where: { provinceId }, select: { id: true, name: true } });
  const unitId = (name: string | null) => (name === null ? null : units.find((u) => u.name === name)!.id);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await tx.user.findUnique({ where: { username: account.username }, select: { id: true } })) continue;
    const person = account.unit
      ? await tx.person.create({
          data: { unitId: unitId(account.unit)!, fullName: account.name, position: account.position, isLeader: account.isLeader ?? false },
        })
      : null;
    await tx.user.create({
      data: {
        provinceId,
        username: account.username,
        passwordHash,
        displayName: account.name,
        role: account.role,
        unitId: unitId(account.unit),
        personId: person?.id ?? null,
      },
    });
    created++;
  }
  for (const [unit, staff] of Object.entries(DEMO_STAFF)) {
    const id = unitId(unit)!;
    const existing = new Set((await tx.person.findMany({ where: { unitId: id }, select: { fullName: true } })).map((p) => p.fullName));
    const missing = staff.filter(([name]) => !existing.has(name));
    await tx.person.createMany({ data: missing.map(([fullName, position, isLeader]) => ({ unitId: id, fullName, position, isLeader: isLeader ?? false })) });
  }
  if (created) log(`demo: ${created} accounts (password ${DEMO_PASSWORD})`);
}

type Outcome = { status: WorkflowStatus; late: boolean } | null;

/** What happened to a unit's report for a period, by the period's window today. */
function outcomeFor(window: string, dice: number, isDemoUnit: boolean): Outcome {
  if (window === 'NOT_OPEN') return null;
  if (window === 'CLOSED') {
    if (dice < 0.05) return null;
    return { status: 'ACCEPTED', late: dice > 0.85 };
  }
  // The period open now: the demo commune and department start it from scratch (the e2e scenario does).
  if (isDemoUnit) return null;
  const late = window === 'LATE';
  if (dice < 0.25) return { status: 'ACCEPTED', late: late && dice < 0.1 };
  if (dice < 0.5) return { status: 'SUBMITTED', late };
  if (dice < 0.6) return { status: 'RETURNED', late };
  if (dice < 0.72) return { status: 'DRAFT', late: false };
  return null;
}

export async function seedDemoHistory(tx: Tx, provinceId: number, campaignId: number, log: (line: string) => void) {
  if ((await tx.report.count({ where: { provinceId } })) > 0) return;
  const today = vnDay();
  const units = await tx.unit.findMany({ where: { provinceId, active: true } });
  const elements = await tx.dataElement.findMany({ where: { campaignId, active: true }, orderBy: { sortOrder: 'asc' } });
  const periods = await tx.reportingPeriod.findMany({ where: { campaignId }, orderBy: [{ endDate: 'asc' }, { type: 'asc' }] });
  const users = await tx.user.findMany({ where: { provinceId } });
  const reviewer = users.find((u) => u.role === 'REVIEWER');
  if (!reviewer) return;
  const headOf = (unitIdValue: number) => users.find((u) => u.unitId === unitIdValue && u.role === 'UNIT_HEAD');
  const demoUnits = new Set(users.filter((u) => u.role === 'UNIT_OFFICER' || u.role === 'UNIT_HEAD').map((u) => u.unitId));
  const returnElementOf = (list: typeof elements) => list.find((e) => e.valueType !== 'YES_NO') ?? list[0];

  let reports = 0;
  for (const period of periods) {
    const window = periodWindow(
      { endDate: dateToDay(period.endDate), dueDate: dateToDay(period.dueDate), expiryDate: dateToDay(period.expiryDate) },
      today,
    );
    for (const unit of units) {
      const own = elements.filter((e) => unitReportsElementIn(e, unit, period.type));
      if (own.length === 0) continue;
      const dice = random(hashSeed('outcome', unit.id, period.id))();
      const outcome = outcomeFor(window, dice, demoUnits.has(unit.id));
      if (!outcome) continue;

      const values = new Map<string, number>();
      for (const e of own) values.set(e.code, demoValue(e.code, unit.id, period.year, period.type === 'QUARTER' ? period.number : null, values));
      const due = dateToDay(period.dueDate);
      const submittedDay = outcome.late ? addDays(due, 3 + Math.floor(dice * 20)) : addDays(due, -1 - Math.floor(dice * 8));
      const submittedAt = new Date(Math.min(endOfVnDay(submittedDay).getTime() - 7 * 3600_000, now().getTime() - 86_400_000));
      const reviewedAt = new Date(Math.min(submittedAt.getTime() + 3 * 86_400_000, now().getTime() - 3600_000));
      const head = headOf(unit.id);
      const submitter = head?.id ?? reviewer.id;
      const submitted = outcome.status !== 'DRAFT';

      const report = await tx.report.create({
        data: {
          provinceId,
          unitId: unit.id,
          periodId: period.id,
          status: outcome.status,
          late: submitted && outcome.late,
          note: null,
          narrative: submitted ? 'Đơn vị đã triển khai các nội dung thi đua theo kế hoạch; số liệu tổng hợp từ các bộ phận chuyên môn.' : null,
          submissionCount: submitted ? 1 : 0,
          submittedAt: submitted ? submittedAt : null,
          submittedById: submitted ? submitter : null,
          reviewedAt: outcome.status === 'ACCEPTED' || outcome.status === 'RETURNED' ? reviewedAt : null,
          reviewedById: outcome.status === 'ACCEPTED' || outcome.status === 'RETURNED' ? reviewer.id : null,
          createdAt: submittedAt,
          values: {
            create: own.map((e) => ({ elementId: e.id, value: values.get(e.code)!, rawValue: String(values.get(e.code)) })),
          },
        },
      });
      reports++;
      if (!submitted) continue;
      await tx.submissionVersion.create({
        data: {
          reportId: report.id,
          number: 1,
          late: outcome.late,
          submittedById: submitter,
          submittedAt,
          snapshot: { note: null, narrative: report.narrative, values: Object.fromEntries([...values].map(([k, v]) => [k, { value: String(v), note: null }])), evidence: [] },
        },
      });
      const actor = { id: submitter, name: head?.displayName ?? reviewer.displayName, provinceId };
      await audit(tx, actor, { action: 'report.submit', entityType: 'Report', entityId: report.id, unitId: unit.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', after: { late: outcome.late }, at: submittedAt });
      if (outcome.status === 'ACCEPTED' || outcome.status === 'RETURNED') {
        const reviewerActor = { id: reviewer.id, name: reviewer.displayName, provinceId };
        if (outcome.status === 'RETURNED') {
          const element = returnElementOf(own);
          await tx.reviewComment.createMany({
            data: [
              { reportId: report.id, elementId: element.id, round: 1, text: 'Số liệu chưa khớp với báo cáo của phòng chuyên môn, đề nghị kiểm tra lại.', authorId: reviewer.id, createdAt: reviewedAt },
              { reportId: report.id, round: 1, text: 'Bổ sung phần thuyết minh về các mô hình, cách làm hay trong kỳ.', authorId: reviewer.id, createdAt: reviewedAt },
            ],
          });
        }
        await audit(tx, reviewerActor, {
          action: outcome.status === 'ACCEPTED' ? 'report.accept' : 'report.return',
          entityType: 'Report',
          entityId: report.id,
          unitId: unit.id,
          fromStatus: 'SUBMITTED',
          toStatus: outcome.status,
          at: reviewedAt,
        });
      }
    }
  }
  log(`demo: ${reports} reports of history`);
}
