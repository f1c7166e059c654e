import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommendationDecision, type CommendationDecisionSpec } from '@/lib/documents/commendation-decision';
import { countText, dateLine, dayText, parseDay, roman, vnNumber } from '@/lib/documents/format';
import { convertWithLibreOffice, findSoffice } from '@/lib/documents/libreoffice';
import { packDocx, QUOC_HIEU, recipientLines, signatureLines, TIEU_NGU } from '@/lib/documents/nd30';
import { buildSummaryReport, reviewTitle, type SummaryReportSpec } from '@/lib/documents/summary-report';
import { addReportSheet, createWorkbook, NUMBER_FORMATS, sheetName, workbookBuffer } from '@/lib/documents/workbook';

const decisionSpec: CommendationDecisionSpec = {
  number: '123/QĐ-UBND',
  date: '2026-12-05',
  signer: 'Lê Hải Hòa',
  signerTitle: 'PHÓ CHỦ TỊCH',
  subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  basis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;'],
  proposal: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 01/12/2026.',
  achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
  awardees: [
    { kind: 'COLLECTIVE', name: 'Ủy ban nhân dân xã Cốc Pàng', unit: 'tỉnh Cao Bằng', form: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { kind: 'PERSON', name: 'Ông Nguyễn Văn An', position: 'Chủ tịch UBND xã', unit: 'xã Cốc Pàng', form: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { kind: 'PERSON', name: 'Bà Hoàng Thị Bích', position: 'Chuyên viên', unit: 'Sở Tài chính', form: 'Bằng khen của Chủ tịch UBND tỉnh' },
  ],
};

const reportSpec: SummaryReportSpec = {
  number: '45/BC-UBND',
  date: '2028-02-03',
  signer: 'Lê Hải Hòa',
  signerTitle: 'CHỦ TỊCH',
  title: reviewTitle('MIDTERM', 'phong trào thi đua giai đoạn 2026 - 2030', 2028),
  period: { from: '2026-01-01', to: '2027-12-31' },
  intro: ['Ủy ban nhân dân tỉnh báo cáo sơ kết như sau:'],
  sections: [
    {
      heading: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      paragraphs: ['Tốc độ tăng trưởng GRDP bình quân đạt 9,8%/năm.'],
      table: {
        caption: 'Bảng 1. Kết quả thực hiện các chỉ tiêu',
        columns: [{ header: 'STT', width: 0.8, align: 'center' }, { header: 'Chỉ tiêu', width: 4 }, { header: 'Thực hiện', width: 1.5, digits: 1 }],
        rows: [
          ['1', 'Kết nạp đảng viên mới (người/năm)', 1234.5],
          [{ text: 'Cộng', bold: true, span: 2 }, 2469],
        ],
      },
    },
    { heading: 'HẠN CHẾ, NGUYÊN NHÂN', paragraphs: ['Một số chỉ tiêu còn chậm.'] },
  ],
};

async function documentXml(bytes: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing`);
  return file.async('string');
}

/** The run properties of the run holding `text` (its <w:rPr> … </w:rPr>). */
function runPropsOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, `run with "${text}"`).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

describe('document formats', () => {
  it('writes the place-and-date line as the decree does: days 1–9 and months 1–2 with a leading zero', () => {
    expect(dateLine('Cao Bằng', '2026-12-05')).toBe('Cao Bằng, ngày 05 tháng 12 năm 2026');
    expect(dateLine('Cao Bằng', '2026-03-15')).toBe('Cao Bằng, ngày 15 tháng 3 năm 2026');
    expect(dateLine('Cao Bằng', '2027-02-01')).toBe('Cao Bằng, ngày 01 tháng 02 năm 2027');
    expect(dateLine('Cao Bằng', '2027-01-31')).toBe('Cao Bằng, ngày 31 tháng 01 năm 2027');
    expect(dayText('2026-03-05')).toBe('05/03/2026');
  });

  it('refuses what is not a day', () => {
    expect(() => parseDay('2026-02-30')).toThrow(/not a day/);
    expect(() => parseDay('05/12/2026')).toThrow(/not a day/);
  });

  it('writes numbers the Vietnamese way', () => {
    expect(vnNumber(1234.5)).toBe('1.234,5');
    expect(vnNumber(1234.5, 2)).toBe('1.234,50');
    expect(vnNumber(1500)).toBe('1.500');
    expect(vnNumber(null)).toBe('—');
    expect(countText(3)).toBe('03');
    expect(countText(12)).toBe('12');
    expect(roman(4)).toBe('IV');
    expect(roman(9)).toBe('IX');
  });

  it('signs for the chairman, as a deputy, or on behalf of the committee', () => {
    expect(signatureLines('CHỦ TỊCH')).toEqual(['CHỦ TỊCH']);
    expect(signatureLines('Phó Chủ tịch')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines('PHÓ CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('lists the recipients with dashes, ";" between and "." at the end', () => {
    expect(recipientLines(['Như Điều 3', 'Sở Nội vụ;', 'Lưu: VT, NV.'])).toEqual(['- Như Điều 3;', '- Sở Nội vụ;', '- Lưu: VT, NV.']);
  });
});

describe('commendation decision (.docx)', () => {
  let xml: string;
  let styles: string;
  beforeAll(async () => {
    const bytes = await packDocx(buildCommendationDecision(decisionSpec));
    xml = await documentXml(bytes);
    styles = await documentXml(bytes, 'word/styles.xml');
  });

  it('has the Quốc hiệu, the Tiêu ngữ (bold, 14 pt, underlined) and the issuing body', () => {
    expect(xml).toContain(QUOC_HIEU);
    expect(runPropsOf(xml, QUOC_HIEU)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    const tieuNgu = runPropsOf(xml, TIEU_NGU);
    expect(tieuNgu).toContain('<w:b/>');
    expect(tieuNgu).toContain('<w:sz w:val="28"/>');
    expect(tieuNgu).toContain('<w:u w:val="single"/>');
    expect(runPropsOf(xml, 'ỦY BAN NHÂN DÂN')).toContain('<w:b/>');
    expect(xml).toContain('>TỈNH CAO BẰNG<');
  });

  it('has the number line and the italic place-and-date line', () => {
    expect(xml).toContain('>Số: 123/QĐ-UBND<');
    expect(runPropsOf(xml, 'Cao Bằng, ngày 05 tháng 12 năm 2026')).toContain('<w:i/>');
  });

  it('uses Times New Roman on A4 with the decree\'s margins (top/bottom 20 mm, left 30 mm, right 15 mm)', () => {
    expect(styles).toContain('w:ascii="Times New Roman"');
    const section = xml.slice(xml.lastIndexOf('<w:sectPr>'));
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 20 mm = 1134 twips, 15 mm = 850, 30 mm = 1701
    expect(section).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
    // page numbers from page 2: a first-page header of its own
    expect(section).toContain('<w:titlePg/>');
  });

  it('has the kind, the summary, the basis in italic, the articles, the signature and "Nơi nhận"', () => {
    expect(xml).toContain('>QUYẾT ĐỊNH<');
    expect(xml).toContain('>Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh<');
    expect(xml).toContain('>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG<');
    expect(runPropsOf(xml, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toContain('<w:i/>');
    expect(xml).toContain('>Điều 1. <');
    expect(xml).toContain('cho 01 tập thể và 02 cá nhân đã có thành tích xuất sắc');
    expect(xml).toContain('>Điều 3. <');
    expect(xml).toContain('>KT. CHỦ TỊCH<');
    expect(xml).toContain('>PHÓ CHỦ TỊCH<');
    expect(runPropsOf(xml, 'Lê Hải Hòa')).toContain('<w:b/>');
    const noiNhan = runPropsOf(xml, 'Nơi nhận:');
    expect(noiNhan).toContain('<w:b/>');
    expect(noiNhan).toContain('<w:i/>');
    expect(noiNhan).toContain('<w:sz w:val="24"/>');
    expect(runPropsOf(xml, '- Như Điều 3;')).toContain('<w:sz w:val="22"/>');
  });

  it('attaches the list of awardees, grouped into collectives and persons', () => {
    expect(xml).toContain('(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/12/2026 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng)');
    expect(xml).toContain('>I. Tập thể (01)<');
    expect(xml).toContain('>II. Cá nhân (02)<');
    expect(xml).toContain('>Chủ tịch UBND xã, xã Cốc Pàng<');
    expect(xml).toContain('>Bà Hoàng Thị Bích<');
  });

  it('justifies the body with a first-line indent', () => {
    const article = xml.lastIndexOf('<w:p>', xml.indexOf('>Điều 1. <'));
    const props = xml.slice(article, xml.indexOf('>Điều 1. <'));
    expect(props).toContain('<w:jc w:val="both"/>');
    expect(props).toMatch(/<w:ind w:firstLine="\d+"\/>/);
  });

  it('refuses a decision without awardees', () => {
    expect(() => buildCommendationDecision({ ...decisionSpec, awardees: [] })).toThrow(/at least one awardee/);
  });
});

describe('summary report (.docx)', () => {
  it('numbers the sections, formats the table numbers and closes with "./."', async () => {
    const xml = await documentXml(await packDocx(buildSummaryReport(reportSpec)));
    expect(xml).toContain(QUOC_HIEU);
    expect(xml).toContain('>Số: 45/BC-UBND<');
    expect(xml).toContain('>Cao Bằng, ngày 03 tháng 02 năm 2028<');
    expect(xml).toContain('>BÁO CÁO<');
    expect(xml).toContain('>Sơ kết giữa kỳ (năm 2028) phong trào thi đua giai đoạn 2026 - 2030<');
    expect(xml).toContain('>(Từ ngày 01/01/2026 đến ngày 31/12/2027)<');
    expect(xml).toContain('>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU<');
    expect(xml).toContain('>II. HẠN CHẾ, NGUYÊN NHÂN<');
    expect(xml).toContain('>1.234,5<');
    expect(xml).toContain('>2.469,0<');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('>Trên đây là báo cáo của Ủy ban nhân dân tỉnh./.<');
    expect(xml).toContain('>TM. ỦY BAN NHÂN DÂN<');
  });
});

describe('report workbook (.xlsx)', () => {
  async function workbook() {
    const wb = createWorkbook({ title: 'Tổng hợp', created: new Date('2026-11-26T02:00:00Z') });
    addReportSheet(wb, {
      name: 'Chỉ tiêu: 2026/2027',
      title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      subtitle: ['Năm 2026'],
      columns: [
        { key: 'name', header: 'Chỉ tiêu' },
        { key: 'value', header: 'Thực hiện', kind: 'number', digits: 1 },
        { key: 'count', header: 'Số đơn vị', kind: 'integer' },
        { key: 'share', header: 'Tỷ lệ (%)', kind: 'percent', digits: 2 },
        { key: 'day', header: 'Ngày duyệt', kind: 'date' },
      ],
      rows: [
        { name: 'Kết nạp đảng viên mới', value: 1234.5, count: 1500, share: 39.62, day: '2026-12-05' },
        { name: 'Xã đạt chuẩn nông thôn mới', value: null, count: 21, share: 100, day: null },
      ],
      totals: { name: 'Tổng cộng', count: 1521 },
    });
    return workbookBuffer(wb);
  }

  it('writes the title block, a frozen styled header, Vietnamese number formats and real dates', async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbook()) as unknown as ArrayBuffer);
    const ws = back.worksheets[0];
    expect(ws.name).toBe(sheetName('Chỉ tiêu: 2026/2027'));
    expect(ws.name).toBe('Chỉ tiêu  2026 2027');
    expect(ws.getCell('A1').value).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Năm 2026');
    expect(ws.getCell('A4').value).toBe('Chỉ tiêu');
    expect(ws.getCell('B4').font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getCell('B5').value).toBe(1234.5);
    expect(ws.getCell('B5').numFmt).toBe('[$-42A]#,##0.0');
    expect(NUMBER_FORMATS.number(1)).toBe('[$-42A]#,##0.0');
    expect(ws.getCell('C5').numFmt).toBe('[$-42A]#,##0');
    expect(ws.getCell('D5').numFmt).toBe('[$-42A]0.00');
    expect(ws.getCell('E5').value).toEqual(new Date(Date.UTC(2026, 11, 5)));
    expect(ws.getCell('E5').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B6').value).toBeNull();
    expect(ws.getCell('A7').value).toBe('Tổng cộng');
    expect(ws.getCell('A7').font.bold).toBe(true);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('Xã đạt chuẩn nông thôn mới'.length);
  });

  describe('opens in LibreOffice', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'documents-test-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    function requireSoffice() {
      // CI installs LibreOffice (.ci/run); a missing one must fail, not skip.
      if (!findSoffice()) throw new Error('LibreOffice (soffice) is not installed, so the exports cannot be proven to open: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui');
    }

    const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

    async function convert(name: string, bytes: Buffer): Promise<{ pdf: Buffer; text: string | null }> {
      requireSoffice();
      const input = path.join(dir, name);
      await writeFile(input, bytes);
      const output = await convertWithLibreOffice(input, 'pdf', dir);
      expect((await stat(output)).size).toBeGreaterThan(1000);
      const pdf = await readFile(output);
      const text = pdftotext ? execFileSync(pdftotext, ['-layout', output, '-'], { encoding: 'utf8' }) : null;
      return { pdf, text };
    }

    it('converts the decision to PDF', { timeout: 90_000 }, async () => {
      const { pdf, text } = await convert('decision.docx', await packDocx(buildCommendationDecision(decisionSpec)));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (text !== null) {
        expect(text).toContain(QUOC_HIEU);
        expect(text).toContain('Số: 123/QĐ-UBND');
        expect(text).toContain('Cao Bằng, ngày 05 tháng 12 năm 2026');
      }
    });

    it('converts the summary report to PDF', { timeout: 90_000 }, async () => {
      const { pdf, text } = await convert('report.docx', await packDocx(buildSummaryReport(reportSpec)));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (text !== null) {
        expect(text).toContain(QUOC_HIEU);
        expect(text).toContain('1.234,5');
      }
    });

    it('converts the workbook to PDF, with Vietnamese numbers and dates', { timeout: 90_000 }, async () => {
      const { pdf, text } = await convert('report.xlsx', await workbook());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (text !== null) {
        expect(text).toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
        expect(text).toContain('1.234,5');
        expect(text).toContain('39,62');
        expect(text).toContain('05/12/2026');
      }
    });
  });
});
