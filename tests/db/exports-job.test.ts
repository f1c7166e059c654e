import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { createExportJob, getExportFile, getExportStatus, listMyExports } from '@/lib/exports/requests';
import { runExportJob } from '@/lib/exports/run-export';
import { handleExportJob } from '@/lib/exports/queue';
import { requestExportSchema } from '@/lib/exports/schema';
import { toPdf } from '@/lib/documents/libreoffice';
import vi from '@/lib/i18n/messages/vi/exports.json';
import { auditRows, domainError, makeActor } from './admin-fixtures';
import { decision, periodId, report } from './exports-fixtures';

let leader: Actor;
let q3: number;
const ONLINE_NAME = 'Tỷ lệ sử dụng dịch vụ công trực tuyến';

const request = (p: Record<string, unknown> = {}) => requestExportSchema.parse({ kind: 'PERIOD', periodId: String(q3), format: 'docx', signer: 'Lê Hải Hòa', signerTitle: 'PHÓ CHỦ TỊCH', ...p });

async function pdfText(pdf: Buffer): Promise<string | null> {
  const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
  if (!pdftotext) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'export-'));
  try {
    await writeFile(path.join(dir, 'r.pdf'), pdf);
    return execFileSync(pdftotext, [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function doneFile(id: number) {
  const file = await getExportFile(leader, id);
  expect(file).not.toBeNull();
  return { ...file!, buffer: Buffer.from(file!.bytes) };
}

beforeAll(async () => {
  setClock('2026-11-26T09:00:00+07:00');
  leader = await makeActor('LEADER', 'Văn phòng UBND tỉnh', 'Lãnh đạo thử');
  q3 = await periodId('QUARTER', 2026, 3);
  await report('Xã Cốc Pàng', { type: 'QUARTER', year: 2026, number: 3 }, { DOSSIERS_ONLINE: 92, DOSSIERS_TOTAL: 100 });
  await report('Sở Tài chính', { type: 'QUARTER', year: 2026, number: 3 }, { DOSSIERS_ONLINE: 40, DOSSIERS_TOTAL: 200 });
  await decision('45/QĐ-UBND', '2026-08-15', [{ unit: 'Sở Y tế', code: 'BANG_KHEN_CT_UBND_TINH', person: { name: 'Nông Văn Lãnh', leader: true } }], leader.id);
});

beforeEach(() => {
  setClock('2026-11-26T09:00:00+07:00');
});

describe('an export job', () => {
  it('is recorded QUEUED with its audit row, then run: progress to 100, DONE with a Word file in the layout of Nghị định 30 that LibreOffice opens', { timeout: 180_000 }, async () => {
    const { id } = await createExportJob(leader, request());
    expect(await db.exportJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'QUEUED', progress: 0, kind: 'PERIOD', requestedById: leader.id, fileId: null });
    const [audit] = await auditRows('export.request', id);
    expect(audit).toMatchObject({ actorId: leader.id, toStatus: 'QUEUED' });
    expect(audit.after).toMatchObject({ kind: 'PERIOD', periodId: q3, format: 'docx', signer: 'Lê Hải Hòa', date: '2026-11-26' });

    expect(await handleExportJob({ exportJobId: id })).toBe('DONE');
    const job = await db.exportJob.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: 'DONE', progress: 100, error: null });
    expect(job.fileId).not.toBeNull();
    expect(await getExportStatus(leader, id)).toMatchObject({ status: 'DONE', progress: 100, fileName: 'bao-cao-quy-3-2026.docx' });
    expect((await auditRows('export.done', id)).length).toBe(1);

    const file = await doneFile(id);
    expect(file).toMatchObject({ name: 'bao-cao-quy-3-2026.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const xml = await (await JSZip.loadAsync(file.buffer)).file('word/document.xml')!.async('string');
    for (const needle of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', '/BC-UBND', 'BÁO CÁO', 'Kết quả thực hiện phong trào thi đua', 'quý III năm 2026', 'Cao Bằng, ngày 26 tháng 11 năm 2026', 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'II. XẾP HẠNG THI ĐUA CÁC KHỐI, CỤM NĂM 2026', 'III. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO', 'IV. CÔNG TÁC KHEN THƯỞNG', ONLINE_NAME, 'Quyết định số 45/QĐ-UBND', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Hải Hòa']) {
      expect(xml).toContain(needle);
    }
    // the indicators, the rankings, the reporting and the commendations tables
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(4 + 2);

    const pdf = await toPdf(file.buffer, 'docx');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    if (text !== null) {
      for (const needle of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', ONLINE_NAME, 'Lê Hải Hòa']) expect(text).toContain(needle);
    }

    // Run twice (a retry): nothing changes, no second file.
    const files = await db.storedFile.count();
    expect(await runExportJob(id)).toBe('SKIPPED');
    expect(await db.storedFile.count()).toBe(files);
    expect((await db.exportJob.findUniqueOrThrow({ where: { id } })).fileId).toBe(job.fileId);
  });

  it('makes an Excel workbook with a sheet per section and Vietnamese number formats, which LibreOffice opens', { timeout: 180_000 }, async () => {
    const { id } = await createExportJob(leader, request({ format: 'xlsx' }));
    expect(await runExportJob(id)).toBe('DONE');
    const file = await doneFile(id);
    expect(file.name).toBe('bao-cao-quy-3-2026.xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['I. Chỉ tiêu', 'II. Xếp hạng', 'III. Chế độ báo cáo', 'IV. Khen thưởng', 'V. Quyết định']);
    const sheet = wb.getWorksheet('I. Chỉ tiêu')!;
    expect(String(sheet.getCell('A1').value)).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    let online: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'DAR-ONLINE-PUBLIC-SERVICE-USAGE') online = row;
    });
    expect(online!.getCell(3).value).toBe(ONLINE_NAME);
    // (92 + 40) / (100 + 200) = 44 %, partial (no Q1, Q2): written as a number, shown 44,00 the Vietnamese way
    expect(online!.getCell(6).value as number).toBeCloseTo(44, 6);
    expect(online!.getCell(6).numFmt).toBe('[$-42A]#,##0.00');
    expect(online!.getCell(8).value).toBe('Chưa đạt');
    const commendations = wb.getWorksheet('IV. Khen thưởng')!;
    const values = commendations.getSheetValues().flat().filter((v) => v !== null && v !== undefined);
    expect(values).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');

    const pdf = await toPdf(file.buffer, 'xlsx');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    if (text !== null) expect(text).toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  });

  it('fails with a clear message on an unknown period, and then stays FAILED', async () => {
    const job = await db.exportJob.create({
      data: { provinceId: leader.provinceId, kind: 'PERIOD', requestedById: leader.id, params: { kind: 'PERIOD', periodId: 999_999, format: 'docx', signer: 'A', signerTitle: 'CHỦ TỊCH', date: '2026-11-26' } },
    });
    expect(await runExportJob(job.id)).toBe('FAILED');
    const failed = await db.exportJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'exports.errors.periodNotFound', fileId: null });
    expect(vi.exports.errors.periodNotFound).toMatch(/Không tìm thấy kỳ báo cáo/);
    expect(await getExportStatus(leader, job.id)).toMatchObject({ status: 'FAILED', error: 'exports.errors.periodNotFound' });
    expect(await getExportFile(leader, job.id)).toBeNull();
    expect(await runExportJob(job.id)).toBe('SKIPPED');
    expect((await auditRows('export.failed', job.id)).length).toBe(1);

    const broken = await db.exportJob.create({ data: { provinceId: leader.provinceId, kind: 'PERIOD', requestedById: leader.id, params: { kind: 'WHATEVER' } } });
    expect(await runExportJob(broken.id)).toBe('FAILED');
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: broken.id } })).error).toBe('exports.errors.badRequest');
  });

  it('is refused to those without the review-year reports, asks for a period that has ended, and shows each user their own', async () => {
    const officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
    expect((await domainError(createExportJob(officer, request()))).code).toBe('FORBIDDEN');
    const q4 = await periodId('QUARTER', 2026, 4);
    const notEnded = await domainError(createExportJob(leader, request({ periodId: String(q4) })));
    expect(notEnded.fieldErrors).toEqual({ periodId: ['exports.validation.periodNotEnded'] });
    const noPeriod = requestExportSchema.safeParse({ kind: 'PERIOD', periodId: '', format: 'docx', signer: 'A', signerTitle: 'CHỦ TỊCH' });
    expect(noPeriod.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['periodId', 'exports.validation.choosePeriod']]);
    expect(requestExportSchema.safeParse({ kind: 'MIDTERM', periodId: '', format: 'xlsx', signer: 'A', signerTitle: 'CHỦ TỊCH' }).success).toBe(true);

    const other = await makeActor('COUNCIL_MEMBER', null);
    const mine = await createExportJob(other, request({ kind: 'FINAL', periodId: '' }));
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: mine.id } })).params).toMatchObject({ kind: 'FINAL', periodId: null });
    expect((await listMyExports(other)).map((j) => j.id)).toEqual([mine.id]);
    expect((await listMyExports(leader)).map((j) => j.id)).not.toContain(mine.id);
  });

  it('is downloaded by the users of its province who read the review-year reports, not by others', { timeout: 120_000 }, async () => {
    const { id } = await createExportJob(leader, request({ format: 'xlsx' }));
    expect(await getExportFile(leader, id)).toBeNull(); // not yet done
    expect(await runExportJob(id)).toBe('DONE');
    const council = await makeActor('COUNCIL_MEMBER', null);
    expect((await getExportFile(council, id))?.name).toBe('bao-cao-quy-3-2026.xlsx');
    for (const refused of [await makeActor('UNIT_HEAD', 'Xã Cốc Pàng'), await makeActor('ADMIN', null)]) {
      expect(await getExportFile(refused, id)).toBeNull();
      expect(await getExportStatus(refused, id)).toBeNull();
    }
    const province = await db.province.create({ data: { code: '99', name: 'Tỉnh Thử' } });
    const stranger = await db.user.create({ data: { provinceId: province.id, username: 'lanhdao.tinh.thu', passwordHash: 'x', displayName: 'Lãnh đạo tỉnh khác', role: 'LEADER' } });
    const strangerActor: Actor = { id: stranger.id, username: stranger.username, name: stranger.displayName, role: 'LEADER', provinceId: province.id, unitId: null, unitName: null, ownUnitIds: [] };
    expect(await getExportFile(strangerActor, id)).toBeNull();
    expect(await getExportStatus(strangerActor, id)).toBeNull();
  });
});
