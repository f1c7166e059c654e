/**
 * The summary as a Word report (báo cáo) in the layout of Nghị định 30/2020/NĐ-CP, through the shared
 * document module: the province's People's Committee as issuer, the number left blank
 * ("Số:       /BC-UBND") for the clerk to fill when it is registered, sections I, II, III … with
 * their tables, the signer from the request. Pure.
 */
import { buildSummaryReport, packDocx, roman, vnNumber, dayText, type ReportSection, type TableCellValue } from '@/lib/documents';
import type { AreaBlock, IndicatorLine, SummaryData } from './summary-types';
import { ATTAINMENT_WORDS, PROJECTION_WORDS } from './words';

const group = (text: string, span: number): TableCellValue => ({ text, bold: true, span, align: 'left' });

function valueText(line: IndicatorLine): string {
  if (line.value === null) return '—';
  return `${vnNumber(line.value)} ${line.unitLabel}${line.incomplete ? ' (*)' : ''}`.trim();
}

const pct = (part: number, whole: number) => (whole > 0 ? vnNumber((100 * part) / whole, 1) : '—');

/** "đến hết quý III năm 2026", "cả năm 2026". */
function spanWords(d: SummaryData): string {
  if (!d.span) return '';
  return d.span.quarter ? `từ đầu năm đến hết quý ${roman(d.span.quarter)} năm ${d.span.year}` : `cả năm ${d.span.year}`;
}

function counts(d: SummaryData) {
  const all = d.areas.flatMap((a) => a.indicators);
  const by = (s: IndicatorLine['attainment']) => all.filter((l) => l.attainment === s).length;
  return { all, attained: by('ATTAINED'), notAttained: by('NOT_ATTAINED'), noData: by('NO_DATA') };
}

function indicatorSection(d: SummaryData): ReportSection {
  const review = d.kind !== 'PERIOD';
  const { all, attained, notAttained, noData } = counts(d);
  const columns = [
    { header: 'STT', width: 0.7, align: 'center' as const },
    { header: 'Chỉ tiêu', width: review ? 3.4 : 4 },
    { header: 'Chỉ tiêu kế hoạch', width: 1.5, align: 'center' as const },
    { header: 'Kết quả', width: 1.4, align: 'center' as const },
    { header: 'Đánh giá', width: 1.1, align: 'center' as const },
    ...(review ? [{ header: 'Dự báo đến năm mục tiêu', width: 1.5, align: 'center' as const }] : []),
  ];
  const rows: TableCellValue[][] = [];
  d.areas.forEach((area: AreaBlock, i) => {
    rows.push([group(`${roman(i + 1)}. ${area.name}`, columns.length)]);
    area.indicators.forEach((line, j) => {
      const projection = line.projection
        ? `${PROJECTION_WORDS[line.projection.status]}${line.projection.projected !== null ? `\n(${line.projection.targetYear}: ${vnNumber(line.projection.projected)})` : ''}`
        : null;
      rows.push([String(j + 1), line.name, line.target, valueText(line), ATTAINMENT_WORDS[line.attainment], ...(review ? [projection] : [])]);
    });
  });
  const source = d.span
    ? `Số liệu tổng hợp từ báo cáo định kỳ của các cơ quan, đơn vị, địa phương đã được Sở Nội vụ tiếp nhận, tính ${spanWords(d)}; chỉ tiêu của tỉnh được tính từ tổng các số liệu thành phần, không lấy bình quân kết quả của các đơn vị.`
    : 'Chưa có báo cáo định kỳ nào được tiếp nhận trong phạm vi báo cáo này.';
  const summary = `Tổng số ${all.length} chỉ tiêu: ${attained} chỉ tiêu đạt, ${notAttained} chỉ tiêu chưa đạt, ${noData} chỉ tiêu chưa có số liệu.`;
  const projections = review
    ? [
        `Dự báo theo xu hướng đến năm mục tiêu: ${(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'INSUFFICIENT_HISTORY'] as const)
          .map((s) => `${all.filter((l) => l.projection?.status === s).length} chỉ tiêu ${PROJECTION_WORDS[s].toLocaleLowerCase('vi')}`)
          .join(', ')}.`,
      ]
    : [];
  return {
    heading: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    paragraphs: [source, summary, ...projections],
    table: { columns, rows, fontSize: 11 },
    after: all.some((l) => l.incomplete) ? ['(*) Số liệu chưa đủ của tất cả các đơn vị hoặc các kỳ trong phạm vi báo cáo.'] : [],
  };
}

function yearlySection(d: SummaryData): ReportSection {
  const columns = [{ header: 'STT', width: 0.7, align: 'center' as const }, { header: 'Chỉ tiêu', width: 3.6 }, ...d.years.map((y) => ({ header: `Năm ${y}`, width: 1.1, align: 'center' as const }))];
  const rows: TableCellValue[][] = [];
  d.areas.forEach((area, i) => {
    rows.push([group(`${roman(i + 1)}. ${area.name}`, columns.length)]);
    area.indicators.forEach((line, j) => {
      rows.push([String(j + 1), `${line.name} (${line.unitLabel})`, ...line.yearly.map((y) => (y.value === null ? '—' : `${vnNumber(y.value)}${y.partial ? ' (**)' : ''}`))]);
    });
  });
  return {
    heading: 'KẾT QUẢ CÁC CHỈ TIÊU QUA CÁC NĂM',
    table: { columns, rows, fontSize: 11 },
    after: ['(**) Năm chưa có số liệu cả năm: số liệu đến hết quý gần nhất đã được tiếp nhận.'],
  };
}

function rankingSection(d: SummaryData): ReportSection {
  const columns = [
    { header: 'Hạng', width: 0.7, align: 'center' as const },
    { header: 'Cơ quan, đơn vị, địa phương', width: 3.6 },
    { header: 'Điểm', width: 1.3, align: 'center' as const },
    { header: 'Tỷ lệ so với điểm tối đa (%)', width: 1.3, align: 'center' as const },
    { header: 'Ghi chú', width: 1.5, align: 'center' as const },
  ];
  const rows: TableCellValue[][] = [];
  for (const block of d.rankings) {
    rows.push([group(block.group, columns.length)]);
    if (block.missing) {
      rows.push([{ text: `Chưa có bảng chấm điểm năm ${d.rankingYear} (${block.members} thành viên).`, italic: true, span: columns.length }]);
      continue;
    }
    for (const r of block.rows) {
      const note = r.leader ? 'Đề nghị dẫn đầu' : r.complete ? '' : 'Chưa chấm đủ';
      rows.push([String(r.rank), r.unit, `${vnNumber(r.total, 2)}/${vnNumber(r.maxTotal, 2)}`, r.sharePct === null ? '—' : vnNumber(r.sharePct, 1), note]);
    }
  }
  const ranked = d.rankings.filter((b) => !b.missing).length;
  return {
    heading: `XẾP HẠNG THI ĐUA CÁC KHỐI, CỤM NĂM ${d.rankingYear}`,
    paragraphs: [
      `Các khối, cụm thi đua chấm điểm thành viên theo bảng chấm điểm năm ${d.rankingYear}; các tiêu chí về chỉ tiêu được tính tự động từ số liệu đã tiếp nhận. Có ${ranked}/${d.rankings.length} khối, cụm đã có bảng chấm điểm.`,
    ],
    table: { columns, rows, fontSize: 11 },
  };
}

function completenessSection(d: SummaryData): ReportSection {
  const columns = [
    { header: 'Kỳ báo cáo', width: 1.8 },
    { header: 'Phải báo cáo', width: 1, align: 'center' as const },
    { header: 'Đã nộp', width: 1, align: 'center' as const },
    { header: 'Đã tiếp nhận', width: 1, align: 'center' as const },
    { header: 'Nộp trễ hạn', width: 1, align: 'center' as const },
    { header: 'Đúng hạn (%)', width: 1, align: 'center' as const },
    { header: 'Chưa nộp', width: 1, align: 'center' as const },
  ];
  const rows: TableCellValue[][] = d.completeness.map((c) => [c.label, c.expected, c.filed, c.accepted, c.late, pct(c.onTime, c.expected), c.missing.length]);
  const after =
    d.kind === 'PERIOD'
      ? d.completeness.filter((c) => c.missing.length > 0).map((c) => `Các đơn vị chưa nộp báo cáo ${c.label}: ${c.missing.join(', ')}.`)
      : [];
  return {
    heading: 'TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO',
    paragraphs: d.completeness.length === 0 ? ['Chưa có kỳ báo cáo nào kết thúc trong phạm vi báo cáo này.'] : [],
    ...(d.completeness.length > 0 ? { table: { columns, rows, fontSize: 11 } } : {}),
    after,
  };
}

function commendationSection(d: SummaryData): ReportSection {
  const { byForm, decisions } = d.commendations;
  const sum = (k: 'collectives' | 'individuals' | 'leaders' | 'staff') => byForm.reduce((s, l) => s + l[k], 0);
  const individuals = sum('individuals');
  const columns = [
    { header: 'STT', width: 0.7, align: 'center' as const },
    { header: 'Danh hiệu thi đua, hình thức khen thưởng', width: 3.5 },
    { header: 'Tập thể', width: 0.9, align: 'center' as const },
    { header: 'Cá nhân', width: 0.9, align: 'center' as const },
    { header: 'Trong đó: lãnh đạo, quản lý', width: 1.2, align: 'center' as const },
    { header: 'Trong đó: người lao động', width: 1.2, align: 'center' as const },
  ];
  const rows: TableCellValue[][] = byForm.map((l, i) => [String(i + 1), l.form, l.collectives, l.individuals, l.leaders, l.staff]);
  rows.push([{ text: 'Tổng cộng', bold: true, span: 2, align: 'center' }, sum('collectives'), individuals, sum('leaders'), sum('staff')]);
  return {
    heading: 'CÔNG TÁC KHEN THƯỞNG',
    paragraphs: [
      `${d.kind === 'PERIOD' ? 'Trong kỳ' : `Trong ${d.scopeLabel.charAt(0).toLocaleLowerCase('vi')}${d.scopeLabel.slice(1)}`}, tỉnh đã ban hành ${decisions.length} quyết định khen thưởng. Sổ khen thưởng ghi nhận ${sum('collectives')} lượt tập thể và ${individuals} lượt cá nhân được tặng danh hiệu thi đua, hình thức khen thưởng; trong số cá nhân, ${sum('leaders')} lượt là lãnh đạo, quản lý (${pct(sum('leaders'), individuals)}%) và ${sum('staff')} lượt là người lao động trực tiếp (${pct(sum('staff'), individuals)}%).`,
      ...(d.wholeYears ? [] : ['Các danh hiệu do cơ quan, đơn vị tự xét tặng hằng năm (không ghi ngày quyết định) được tổng hợp trong báo cáo năm.']),
    ],
    table: { columns, rows, fontSize: 11 },
    after: decisions.map((x) => `- Quyết định số ${x.number} ngày ${dayText(x.date)}: ${x.title} (${x.lines} trường hợp).`),
  };
}

export function summarySections(d: SummaryData): ReportSection[] {
  return [indicatorSection(d), ...(d.kind !== 'PERIOD' ? [yearlySection(d)] : []), rankingSection(d), completenessSection(d), commendationSection(d)];
}

export async function summaryDocx(d: SummaryData): Promise<Buffer> {
  const doc = buildSummaryReport({
    number: '/BC-UBND',
    date: d.date,
    title: d.title,
    period: d.kind === 'PERIOD' ? { from: d.from, to: d.to } : d.scopeLabel,
    issuer: d.issuer,
    sections: summarySections(d),
    signer: d.signer,
    signerTitle: d.signerTitle,
  });
  return packDocx(doc);
}
