import { describe, expect, it } from 'vitest';
import { exportFileName, movementName, periodWords, provinceIssuer, slug, unitWords } from '@/lib/exports/words';
import { summarySections } from '@/lib/exports/render-docx';
import type { SummaryData } from '@/lib/exports/summary-types';

describe('the words of the exported reports', () => {
  it('names periods as reports do, and files in plain ASCII', () => {
    expect(periodWords({ type: 'QUARTER', year: 2026, number: 3 })).toBe('Quý III năm 2026');
    expect(periodWords({ type: 'HALF_YEAR', year: 2026, number: 1 })).toBe('6 tháng đầu năm 2026');
    expect(periodWords({ type: 'YEAR', year: 2027, number: 1 })).toBe('Năm 2027');
    expect(slug('Đường 6 tháng cuối năm 2026')).toBe('duong-6-thang-cuoi-nam-2026');
    expect(exportFileName('MIDTERM', 'docx', { year: 2028 })).toBe('bao-cao-so-ket-2028.docx');
    expect(exportFileName('FINAL', 'xlsx', { year: 2030 })).toBe('bao-cao-tong-ket-2030.xlsx');
    expect(exportFileName('PERIOD', 'docx', { year: 2026, period: { type: 'QUARTER', year: 2026, number: 3 } })).toBe('bao-cao-quy-3-2026.docx');
    expect(exportFileName('PERIOD', 'xlsx', { year: 2026, period: { type: 'HALF_YEAR', year: 2026, number: 2 } })).toBe('bao-cao-6-thang-cuoi-nam-2026.xlsx');
    expect(exportFileName('PERIOD', 'xlsx', { year: 2026, period: { type: 'YEAR', year: 2026, number: 1 } })).toBe('bao-cao-nam-2026.xlsx');
  });

  it('writes the issuer, the movement and the units of measure in Vietnamese', () => {
    expect(provinceIssuer('Tỉnh Cao Bằng')).toEqual({ name: ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG'], place: 'Cao Bằng' });
    expect(provinceIssuer('Thành phố Hà Nội')).toEqual({ name: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'], place: 'Hà Nội' });
    expect(movementName('Kế hoạch phát động phong trào thi đua “Quyết tâm”')).toBe('phong trào thi đua “Quyết tâm”');
    expect(unitWords('%/year')).toBe('%/năm');
    expect(unitWords('million VND/person/year')).toBe('triệu đồng/người/năm');
    expect(unitWords('hộ/năm')).toBe('hộ/năm');
  });
});

const data = (kind: SummaryData['kind']): SummaryData => ({
  kind,
  format: 'docx',
  title: 'Kết quả thực hiện phong trào thi đua quý III năm 2026',
  scopeLabel: kind === 'PERIOD' ? 'Quý III năm 2026' : 'Giai đoạn 2026 - 2028',
  from: '2026-07-01',
  to: '2026-09-30',
  span: { year: 2026, quarter: 3 },
  wholeYears: false,
  campaign: { id: 1, name: 'Kế hoạch', startYear: 2026, endYear: 2030 },
  province: { id: 1, name: 'Tỉnh Cao Bằng' },
  issuer: provinceIssuer('Tỉnh Cao Bằng'),
  year: 2026,
  rankingYear: 2026,
  years: kind === 'PERIOD' ? [] : [2026],
  date: '2026-11-26',
  signer: 'Lê Hải Hòa',
  signerTitle: 'CHỦ TỊCH',
  areas: [
    {
      code: 'a',
      name: 'Thi đua phát triển kinh tế',
      indicators: [
        { code: 'X', name: 'Chỉ tiêu X', unitLabel: '%', target: '> 90 %', value: 64.4, incomplete: true, attainment: 'NOT_ATTAINED', yearly: kind === 'PERIOD' ? [] : [{ year: 2026, value: 64.4, partial: true }], projection: kind === 'PERIOD' ? null : { status: 'AT_RISK', targetYear: 2030, projected: 88 } },
        { code: 'Y', name: 'Chỉ tiêu Y', unitLabel: '%', target: '≥ 10 %', value: 12, incomplete: false, attainment: 'ATTAINED', yearly: kind === 'PERIOD' ? [] : [{ year: 2026, value: 12, partial: false }], projection: kind === 'PERIOD' ? null : { status: 'ON_TRACK', targetYear: 2030, projected: 13 } },
      ],
    },
  ],
  rankings: [
    { group: 'Cụm thi đua số 1', kind: 'CLUSTER', members: 2, missing: null, rows: [{ rank: 1, unit: 'Xã A', total: 18, maxTotal: 20, sharePct: 90, leader: true, complete: true }, { rank: 2, unit: 'Xã B', total: 5, maxTotal: 20, sharePct: 25, leader: false, complete: false }] },
    { group: 'Khối thi đua I', kind: 'BLOCK', members: 6, missing: 'NO_SHEET', rows: [] },
  ],
  completeness: [{ periodId: 1, label: 'Quý III/2026', expected: 4, filed: 3, accepted: 2, late: 1, onTime: 2, missing: ['Xã C'] }],
  commendations: {
    byForm: [{ code: 'BK', form: 'Bằng khen', kind: 'FORM', collectives: 1, individuals: 4, leaders: 3, staff: 1 }],
    decisions: [{ number: '45/QĐ-UBND', date: '2026-08-15', title: 'Về việc khen thưởng', lines: 5 }],
  },
});

describe('the sections of the Word report', () => {
  it('a period summary: indicators, rankings, reporting, commendations, with the figures the way the text reads them', () => {
    const sections = summarySections(data('PERIOD'));
    expect(sections.map((s) => s.heading)).toEqual(['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'XẾP HẠNG THI ĐUA CÁC KHỐI, CỤM NĂM 2026', 'TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO', 'CÔNG TÁC KHEN THƯỞNG']);
    const [indicators, ranking, reporting, commendations] = sections;
    expect(indicators.paragraphs).toContain('Tổng số 2 chỉ tiêu: 1 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt, 0 chỉ tiêu chưa có số liệu.');
    expect(indicators.table!.rows[1]).toEqual(['1', 'Chỉ tiêu X', '> 90 %', '64,4 % (*)', 'Chưa đạt']);
    expect(indicators.after).toHaveLength(1);
    expect(ranking.table!.rows).toContainEqual(['1', 'Xã A', '18,00/20,00', '90,0', 'Đề nghị dẫn đầu']);
    expect(ranking.table!.rows).toContainEqual(['2', 'Xã B', '5,00/20,00', '25,0', 'Chưa chấm đủ']);
    expect(ranking.table!.rows.at(-1)).toEqual([expect.objectContaining({ text: 'Chưa có bảng chấm điểm năm 2026 (6 thành viên).' })]);
    expect(reporting.table!.rows).toEqual([['Quý III/2026', 4, 3, 2, 1, '50,0', 1]]);
    expect(reporting.after).toEqual(['Các đơn vị chưa nộp báo cáo Quý III/2026: Xã C.']);
    expect(commendations.paragraphs![0]).toContain('Trong kỳ, tỉnh đã ban hành 1 quyết định khen thưởng.');
    expect(commendations.paragraphs![0]).toContain('3 lượt là lãnh đạo, quản lý (75,0%)');
    expect(commendations.after).toEqual(['- Quyết định số 45/QĐ-UBND ngày 15/08/2026: Về việc khen thưởng (5 trường hợp).']);
  });

  it('a review report adds the projection column and the figures year by year', () => {
    const sections = summarySections(data('MIDTERM'));
    expect(sections.map((s) => s.heading)[1]).toBe('KẾT QUẢ CÁC CHỈ TIÊU QUA CÁC NĂM');
    expect(sections[0].table!.columns.at(-1)!.header).toBe('Dự báo đến năm mục tiêu');
    expect(sections[0].table!.rows[1].at(-1)).toBe('Có nguy cơ\n(2030: 88)');
    expect(sections[0].paragraphs).toContain('Dự báo theo xu hướng đến năm mục tiêu: 1 chỉ tiêu đúng hướng, 1 chỉ tiêu có nguy cơ, 0 chỉ tiêu chệch hướng, 0 chỉ tiêu chưa đủ số liệu.');
    expect(sections[1].table!.rows[1]).toEqual(['1', 'Chỉ tiêu X (%)', '64,4 (**)']);
    expect(sections.at(-1)!.paragraphs![0]).toMatch(/^Trong giai đoạn 2026 - 2028, tỉnh đã ban hành 1 quyết định/);
  });
});
