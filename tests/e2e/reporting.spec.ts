import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, formAlert, signIn } from './fixtures';

// The demo clock is 26/11/2026: quarter 3 of 2026 was due on 10/10 and closes on 09/12, so it is
// open, late. Xã Cốc Pàng and Sở Tài chính have not started it.
const PERIOD = 'Quý 3/2026';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function openReport(page: Page) {
  await page.goto('/reports');
  await page.getByRole('row', { name: new RegExp(PERIOD) }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Báo cáo ${PERIOD}`);
}

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
}

function evidencePdf(): string {
  const file = path.join(tmpdir(), `minh-chung-${Date.now()}.pdf`);
  writeFileSync(file, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  return file;
}

async function returnWithTwoComments(page: Page, unit: string, elementComment: { name: string; text: string }) {
  await signIn(page, 'noivu');
  await page.goto('/review');
  await page.getByRole('link', { name: unit }).first().click();
  await page.getByLabel(`Ý kiến về ${elementComment.name}`).fill(elementComment.text);
  await page.getByLabel('Ý kiến chung về báo cáo').fill('Bổ sung thuyết minh về mô hình, cách làm hay trong kỳ.');
  await page.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã trả lại báo cáo với 2 ý kiến.' })).toBeVisible();
  await signOut(page);
}

async function acceptAfterDiff(page: Page, unit: string, changed: RegExp) {
  await signIn(page, 'noivu');
  await page.goto('/review');
  await page.getByRole('link', { name: unit }).first().click();
  const diff = page.locator('section').filter({ hasText: 'Thay đổi so với lần gửi 1' });
  await expect(diff).toBeVisible();
  await expect(diff).toContainText(changed);
  await page.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tiếp nhận báo cáo.' })).toBeVisible();
  await signOut(page);
}

async function submitAsHead(page: Page, head: string, expected: RegExp) {
  await signIn(page, head);
  await openReport(page);
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByRole('status').filter({ hasText: expected }).or(formAlert(page).filter({ hasText: expected }))).toBeVisible();
  await signOut(page);
}

test('the whole loop: prepare with evidence, submit, return with two comments, fix, resubmit, diff, accept, locked, audited', async ({ page }) => {
  await signIn(page, 'xa.officer');
  await openReport(page);
  await page.getByLabel(/^Tổng số hồ sơ/).fill('1.250');
  await page.getByLabel(/^Số hồ sơ.*trực tuyến/).fill('1.100');
  await waitSaved(page);
  // The online-dossier rate of the commune is computed as the officer types (1.100 / 1.250 = 88%).
  await expect(page.locator('section').filter({ hasText: 'Chỉ tiêu tính từ số liệu của đơn vị' })).toContainText('88');
  await expect(page.getByLabel('Tệp minh chứng')).toBeVisible();
  await page.getByLabel('Tệp minh chứng').setInputFiles(evidencePdf());
  await page.getByRole('button', { name: 'Đính kèm' }).click();
  await expect(page.getByText('Đã đính kèm tệp.')).toBeVisible();
  // An officer prepares; only the head submits.
  await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
  await signOut(page);

  await submitAsHead(page, 'xa.head', /sau hạn nộp/);

  await returnWithTwoComments(page, 'Xã Cốc Pàng', { name: 'Số hồ sơ thủ tục hành chính nộp trực tuyến', text: 'Chưa khớp với hệ thống một cửa điện tử.' });

  await signIn(page, 'xa.officer');
  await openReport(page);
  await expect(page.getByText('Sở Nội vụ đã trả lại báo cáo với 2 ý kiến.')).toBeVisible();
  await expect(page.locator('#field-DOSSIERS_ONLINE')).toContainText('Chưa khớp với hệ thống một cửa điện tử.');
  await page.getByLabel(/^Số hồ sơ.*trực tuyến/).fill('1.150');
  await page.getByLabel('Thuyết minh (kết quả nổi bật, mô hình hay, khó khăn)').fill('Mô hình "Một cửa thân thiện" tại bộ phận tiếp nhận và trả kết quả.');
  await waitSaved(page);
  await signOut(page);

  await submitAsHead(page, 'xa.head', /Đã gửi báo cáo/);
  await acceptAfterDiff(page, 'Xã Cốc Pàng', /1\.100[\s\S]*1\.150/);

  await signIn(page, 'xa.officer');
  await openReport(page);
  await expect(page.getByText(/Báo cáo đã được Sở Nội vụ tiếp nhận ngày 26\/11\/2026 và được khóa/)).toBeVisible();
  await expect(page.getByLabel(/^Số hồ sơ.*trực tuyến/)).toBeDisabled();
  const history = page.locator('section').filter({ hasText: 'Lịch sử xử lý' });
  for (const step of ['Gửi báo cáo', 'Trả lại báo cáo', 'Tiếp nhận báo cáo']) await expect(history).toContainText(step);
  await expect(history.getByText('Gửi báo cáo')).toHaveCount(2);
});

test('the same loop through the Excel template: download, fill offline, preview, confirm, submit, return, resubmit, accept', async ({ page }) => {
  await signIn(page, 'so.officer');
  await openReport(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải mẫu Excel' }).click();
  const file = await (await download).path();

  // Fill it offline: every value cell of the template.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden')!;
  const values: Record<string, number> = { DOSSIERS_TOTAL: 2400, DOSSIERS_ONLINE: 2100, SECTOR_DBS: 3, SECTOR_DBS_LINKED: 3, BUDGET_REVENUE_BN_VND: 2450.5, INVESTMENT_BN_VND: 7300 };
  let valueColumn = 0;
  let codeColumn = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === 'Giá trị kỳ này') valueColumn = col;
      if (cell.value === 'Mã') codeColumn = col;
    });
  });
  expect(valueColumn).toBeGreaterThan(0);
  sheet.eachRow((row) => {
    const code = String(row.getCell(codeColumn).value ?? '');
    if (code in values) row.getCell(valueColumn).value = values[code];
  });
  const filled = path.join(tmpdir(), `so-tai-chinh-${Date.now()}.xlsx`);
  await workbook.xlsx.writeFile(filled);

  // A foreign file is refused with a clear message and writes nothing.
  const foreign = path.join(tmpdir(), `khac-${Date.now()}.xlsx`);
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Sheet1').addRow(['không phải mẫu']);
  await other.xlsx.writeFile(foreign);
  await page.getByLabel('Tải lên tệp Excel').setInputFiles(foreign);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByText(/Tệp có \d+ lỗi; chưa có gì được lưu/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu vào bản nháp' })).toHaveCount(0);

  await page.getByLabel('Tải lên tệp Excel').setInputFiles(filled);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByText(/6 số liệu hợp lệ, sẵn sàng lưu vào bản nháp/)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu vào bản nháp' }).click();
  await expect(page.getByText('Đã lưu 6 số liệu từ tệp Excel vào bản nháp.')).toBeVisible();
  await expect(page.getByLabel(/^Tổng số hồ sơ/)).toHaveValue(/2\.?400/);
  await signOut(page);

  await submitAsHead(page, 'so.head', /sau hạn nộp/);
  await returnWithTwoComments(page, 'Sở Tài chính', { name: 'Số CSDL chuyên ngành đã kết nối CSDL quốc gia về dân cư', text: 'Đề nghị kiểm tra lại số cơ sở dữ liệu đã kết nối.' });

  await signIn(page, 'so.officer');
  await openReport(page);
  await page.getByLabel(/^Số CSDL chuyên ngành đã kết nối/).fill('2');
  await page.getByLabel('Thuyết minh (kết quả nổi bật, mô hình hay, khó khăn)').fill('Đã rà soát với Sở Khoa học và Công nghệ.');
  await waitSaved(page);
  await signOut(page);

  await submitAsHead(page, 'so.head', /Đã gửi báo cáo/);
  await acceptAfterDiff(page, 'Sở Tài chính', /3[\s\S]*2/);
});
