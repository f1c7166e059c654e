/**
 * The summary as a workbook: one sheet per section of the Word report, each with the report's title
 * block, a frozen header and Vietnamese number formats (lib/documents/workbook). Pure.
 */
import { addReportSheet, createWorkbook, dayText, workbookBuffer, type SheetColumn, type SheetRow } from '@/lib/documents';
import type { SummaryData } from './summary-types';
import { ATTAINMENT_WORDS, GROUP_WORDS, PROJECTION_WORDS } from './words';

/** The lines under each sheet's title: the report, what it covers, who issues it and when. */
function subtitle(d: SummaryData): string[] {
  return [d.title, `${d.scopeLabel} (từ ngày ${dayText(d.from)} đến ngày ${dayText(d.to)})`, `Ủy ban nhân dân ${d.province.name.replace(/^(Tỉnh|Thành phố) /u, (w) => w.toLocaleLowerCase('vi'))}, ngày ${dayText(d.date)}`];
}

function indicatorSheet(d: SummaryData) {
  const review = d.kind !== 'PERIOD';
  const columns: SheetColumn[] = [
    { key: 'area', header: 'Lĩnh vực thi đua', width: 28 },
    { key: 'code', header: 'Mã chỉ tiêu', width: 18 },
    { key: 'name', header: 'Chỉ tiêu', width: 50 },
    { key: 'unit', header: 'Đơn vị tính', width: 12 },
    { key: 'target', header: 'Chỉ tiêu kế hoạch', width: 20 },
    { key: 'value', header: 'Kết quả', kind: 'number', digits: 2 },
    { key: 'incomplete', header: 'Số liệu chưa đủ', width: 10 },
    { key: 'attainment', header: 'Đánh giá', width: 16 },
    ...d.years.map((y): SheetColumn => ({ key: `y${y}`, header: `Năm ${y}`, kind: 'number', digits: 2 })),
    ...(review
      ? [
          { key: 'projection', header: 'Dự báo', width: 16 },
          { key: 'targetYear', header: 'Năm mục tiêu', kind: 'integer' as const, width: 10 },
          { key: 'projected', header: 'Giá trị dự báo', kind: 'number' as const, digits: 2 },
        ]
      : []),
  ];
  const rows: SheetRow[] = d.areas.flatMap((area) =>
    area.indicators.map((l) => ({
      area: area.name,
      code: l.code,
      name: l.name,
      unit: l.unitLabel,
      target: l.target,
      value: l.value,
      incomplete: l.incomplete ? 'x' : '',
      attainment: ATTAINMENT_WORDS[l.attainment],
      ...Object.fromEntries(l.yearly.map((y) => [`y${y.year}`, y.value])),
      ...(l.projection ? { projection: PROJECTION_WORDS[l.projection.status], targetYear: l.projection.targetYear, projected: l.projection.projected } : {}),
    })),
  );
  return { name: 'I. Chỉ tiêu', title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', columns, rows };
}

function rankingSheet(d: SummaryData) {
  const columns: SheetColumn[] = [
    { key: 'kind', header: 'Khối/Cụm', width: 14 },
    { key: 'group', header: 'Tên khối, cụm thi đua', width: 40 },
    { key: 'rank', header: 'Hạng', kind: 'integer', width: 8 },
    { key: 'unit', header: 'Cơ quan, đơn vị, địa phương', width: 40 },
    { key: 'total', header: 'Điểm', kind: 'number', digits: 2 },
    { key: 'maxTotal', header: 'Điểm tối đa', kind: 'number', digits: 2 },
    { key: 'share', header: 'Tỷ lệ (%)', kind: 'percent', digits: 1 },
    { key: 'note', header: 'Ghi chú', width: 30 },
  ];
  const rows: SheetRow[] = d.rankings.flatMap((b) =>
    b.missing
      ? [{ kind: GROUP_WORDS[b.kind], group: b.group, note: `Chưa có bảng chấm điểm năm ${d.rankingYear}` }]
      : b.rows.map((r) => ({
          kind: GROUP_WORDS[b.kind],
          group: b.group,
          rank: r.rank,
          unit: r.unit,
          total: r.total,
          maxTotal: r.maxTotal,
          share: r.sharePct,
          note: r.leader ? 'Đề nghị dẫn đầu' : r.complete ? '' : 'Chưa chấm đủ',
        })),
  );
  return { name: 'II. Xếp hạng', title: `XẾP HẠNG THI ĐUA CÁC KHỐI, CỤM NĂM ${d.rankingYear}`, columns, rows };
}

function completenessSheet(d: SummaryData) {
  const columns: SheetColumn[] = [
    { key: 'period', header: 'Kỳ báo cáo', width: 22 },
    { key: 'expected', header: 'Phải báo cáo', kind: 'integer' },
    { key: 'filed', header: 'Đã nộp', kind: 'integer' },
    { key: 'accepted', header: 'Đã tiếp nhận', kind: 'integer' },
    { key: 'late', header: 'Nộp trễ hạn', kind: 'integer' },
    { key: 'onTime', header: 'Nộp đúng hạn', kind: 'integer' },
    { key: 'onTimePct', header: 'Đúng hạn (%)', kind: 'percent', digits: 1 },
    { key: 'missingCount', header: 'Chưa nộp', kind: 'integer' },
    { key: 'missing', header: 'Đơn vị chưa nộp', width: 60 },
  ];
  const rows: SheetRow[] = d.completeness.map((c) => ({
    period: c.label,
    expected: c.expected,
    filed: c.filed,
    accepted: c.accepted,
    late: c.late,
    onTime: c.onTime,
    onTimePct: c.expected > 0 ? (100 * c.onTime) / c.expected : null,
    missingCount: c.missing.length,
    missing: c.missing.join(', '),
  }));
  return { name: 'III. Chế độ báo cáo', title: 'TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO', columns, rows };
}

function commendationSheets(d: SummaryData) {
  const { byForm, decisions } = d.commendations;
  const total = (k: 'collectives' | 'individuals' | 'leaders' | 'staff') => byForm.reduce((s, l) => s + l[k], 0);
  const byFormSheet = {
    name: 'IV. Khen thưởng',
    title: 'CÔNG TÁC KHEN THƯỞNG THEO DANH HIỆU, HÌNH THỨC',
    columns: [
      { key: 'no', header: 'STT', kind: 'integer', width: 6 },
      { key: 'form', header: 'Danh hiệu thi đua, hình thức khen thưởng', width: 50 },
      { key: 'collectives', header: 'Tập thể', kind: 'integer' },
      { key: 'individuals', header: 'Cá nhân', kind: 'integer' },
      { key: 'leaders', header: 'Trong đó: lãnh đạo, quản lý', kind: 'integer', width: 16 },
      { key: 'staff', header: 'Trong đó: người lao động', kind: 'integer', width: 16 },
    ] satisfies SheetColumn[],
    rows: byForm.map((l, i) => ({ no: i + 1, form: l.form, collectives: l.collectives, individuals: l.individuals, leaders: l.leaders, staff: l.staff })),
    totals: { form: 'Tổng cộng', collectives: total('collectives'), individuals: total('individuals'), leaders: total('leaders'), staff: total('staff') },
  };
  const decisionSheet = {
    name: 'V. Quyết định',
    title: 'CÁC QUYẾT ĐỊNH KHEN THƯỞNG',
    columns: [
      { key: 'number', header: 'Số quyết định', width: 18 },
      { key: 'date', header: 'Ngày', kind: 'date' },
      { key: 'title', header: 'Trích yếu', width: 60 },
      { key: 'lines', header: 'Số trường hợp', kind: 'integer' },
    ] satisfies SheetColumn[],
    rows: decisions.map((x) => ({ number: x.number, date: x.date, title: x.title, lines: x.lines })),
  };
  return [byFormSheet, decisionSheet];
}

export async function summaryXlsx(d: SummaryData, created?: Date): Promise<Buffer> {
  const wb = createWorkbook({ title: d.title, created });
  for (const sheet of [indicatorSheet(d), rankingSheet(d), completenessSheet(d), ...commendationSheets(d)]) {
    addReportSheet(wb, { ...sheet, subtitle: subtitle(d) });
  }
  return workbookBuffer(wb);
}
