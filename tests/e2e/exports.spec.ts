import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

// The demo clock is 26/11/2026: Q3/2026 has ended and its reports are mostly accepted. The export
// runs in the server's job queue (pg-boss); the page polls its progress and offers the file when done.

async function requestSummary(page: Page, format: 'Word (.docx)' | 'Excel (.xlsx)') {
  await page.getByLabel('Loại báo cáo').selectOption({ label: 'Báo cáo tổng hợp theo kỳ' });
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý 3/2026' });
  await page.getByLabel('Định dạng tệp').selectOption({ label: format });
  await page.getByLabel('Người ký', { exact: true }).fill('Lê Hải Hòa');
  await page.getByLabel('Chức vụ người ký').selectOption({ label: 'PHÓ CHỦ TỊCH' });
  await page.getByRole('button', { name: 'Xuất báo cáo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi yêu cầu' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`Báo cáo Quý 3/2026 · ${format.replace(/[().]/g, '\\$&')}`) }).first();
  await expect(row).toBeVisible();
  // Queued or already being made: the status is shown at once, then it reaches "done" without a reload.
  await expect(row.getByText(/Đang chờ|Đang tạo|Hoàn thành/)).toBeVisible();
  await expect(row.getByText('Hoàn thành')).toBeVisible({ timeout: 90_000 });
  const link = row.getByRole('link', { name: 'Tải về' });
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  return { file, href: (await link.getAttribute('href'))!, bytes: await readFile((await file.path())!) };
}

test('a leader exports the Q3/2026 summary as Word and as Excel in the background, and downloads both', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, 'lanhdao');
  await page.goto('/exports');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo sơ kết, tổng kết');
  await expect(page.getByLabel('Loại báo cáo').locator('option')).toHaveText(['Báo cáo tổng hợp theo kỳ', 'Sơ kết giữa kỳ (năm 2028)', 'Tổng kết (năm 2030)']);

  const word = await requestSummary(page, 'Word (.docx)');
  expect(word.file.suggestedFilename()).toBe('bao-cao-quy-3-2026.docx');
  const xml = await (await JSZip.loadAsync(word.bytes)).file('word/document.xml')!.async('string');
  for (const needle of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', '/BC-UBND', 'quý III năm 2026', 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'KT. CHỦ TỊCH', 'Lê Hải Hòa']) {
    expect(xml).toContain(needle);
  }

  const excel = await requestSummary(page, 'Excel (.xlsx)');
  expect(excel.file.suggestedFilename()).toBe('bao-cao-quy-3-2026.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(excel.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['I. Chỉ tiêu', 'II. Xếp hạng', 'III. Chế độ báo cáo', 'IV. Khen thưởng', 'V. Quyết định']);

  // The status the page polls, and the file, are the leader's province's only.
  const id = word.href.match(/\/api\/exports\/(\d+)\/file$/)![1];
  const status = await page.request.get(`/api/exports/${id}`);
  expect(await status.json()).toMatchObject({ status: 'DONE', progress: 100, fileName: 'bao-cao-quy-3-2026.docx' });
  const response = await page.request.get(word.href);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

  // A commune officer may not ask for the reports, nor download one.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'xa.officer');
  await page.goto('/exports');
  await expect(page).toHaveURL(/\/forbidden/);
  expect((await page.request.get(word.href)).status()).toBe(404);
  expect((await page.request.get(`/api/exports/${id}`)).status()).toBe(404);
});
