import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

// The demo clock is 26/11/2026: the 2027 registration is open (01/10/2026 – 31/03/2027) and the
// demo commune has not started it.
const YEAR = 2027;
const UNIT = 'Xã Cốc Pàng';
const ONLINE = 'Tỷ lệ sử dụng dịch vụ công trực tuyến';
const POVERTY = 'Tỷ lệ hộ nghèo đa chiều giảm bình quân';
const COMMENT = 'Chỉ tiêu dịch vụ công trực tuyến thấp hơn mức tỉnh giao (trên 90%).';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function openRegistration(page: Page) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đăng ký thi đua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký thi đua' })).toBeVisible();
  await page.getByRole('row', { name: new RegExp(`Năm ${YEAR}`) }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đăng ký thi đua năm ${YEAR} — ${UNIT}`);
}

const target = (page: Page, name: string) => page.getByLabel(`Chỉ tiêu của đơn vị: ${name}`, { exact: true });

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
}

async function submitAsHead(page: Page) {
  await signIn(page, 'xa.head');
  await openRegistration(page);
  await page.getByRole('button', { name: 'Gửi Sở Nội vụ' }).click();
  await expect(page.getByText('Đã gửi đăng ký thi đua tới Sở Nội vụ.')).toBeVisible();
  await expect(page.getByText(/Đăng ký đã gửi Sở Nội vụ ngày \d\d\/\d\d\/\d{4}, đang chờ tiếp nhận/)).toBeVisible();
  await signOut(page);
}

async function openInQueue(page: Page) {
  await signIn(page, 'noivu');
  await page.goto('/review/registrations');
  await expect(page.getByRole('heading', { level: 1, name: 'Hàng chờ tiếp nhận đăng ký thi đua' })).toBeVisible();
  await page.getByRole('link', { name: UNIT }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đăng ký thi đua năm ${YEAR} — ${UNIT}`);
}

test('registration loop: the officer prepares, the head sends, Home Affairs returns with a comment, the unit fixes, Home Affairs sees the diff and accepts; then it is locked with its reason', async ({ page }) => {
  await signIn(page, 'xa.officer');
  await openRegistration(page);
  // The province target stands beside the unit's own.
  await expect(page.locator('#field-DAR-ONLINE-PUBLIC-SERVICE-USAGE')).toContainText('> 90 %');
  await target(page, ONLINE).fill('85');
  await target(page, POVERTY).fill('3,5');
  await target(page, 'giảm ít nhất 40% số điểm trường lẻ').fill('10');
  // Yes/no readings (new-rural standard, drug-free commune, ...): the commune commits to all.
  const yesNo = page.locator('select[id^="t-"]');
  expect(await yesNo.count()).toBeGreaterThan(2);
  for (const select of await yesNo.all()) await select.selectOption({ label: 'Đăng ký đạt' });
  await page.getByLabel('Danh hiệu tập thể đăng ký').selectOption({ label: 'Tập thể lao động xuất sắc' });
  for (const person of ['Nông Thị Hạnh — Phó Chủ tịch UBND xã', 'Hoàng Văn Bình — Công chức Tư pháp - Hộ tịch']) {
    await page.getByLabel('Thêm cá nhân').selectOption({ label: person });
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  }
  await page.getByLabel('Danh hiệu: Nông Thị Hạnh').selectOption({ label: 'Chiến sĩ thi đua cơ sở' });
  await save(page);
  // The officer prepares; only the head sends.
  await expect(page.getByRole('button', { name: 'Gửi Sở Nội vụ' })).toHaveCount(0);
  await signOut(page);

  await submitAsHead(page);

  // Home Affairs returns it with one comment on the online-dossier target.
  await openInQueue(page);
  await expect(page.getByRole('row', { name: /Nông Thị Hạnh/ })).toContainText('Chiến sĩ thi đua cơ sở');
  await page.getByLabel(`Ý kiến về ${ONLINE}`).fill(COMMENT);
  await page.getByRole('button', { name: 'Trả lại đăng ký' }).click();
  await expect(page).toHaveURL(/\/review\/registrations\?flash=returned/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã trả lại đăng ký với 1 ý kiến.' })).toBeVisible();
  await signOut(page);

  // The officer sees the comment beside that target and fixes it.
  await signIn(page, 'xa.officer');
  await openRegistration(page);
  await expect(page.getByText('Sở Nội vụ đã trả lại đăng ký với 1 ý kiến.')).toBeVisible();
  await expect(page.locator('#field-DAR-ONLINE-PUBLIC-SERVICE-USAGE')).toContainText(COMMENT);
  await expect(target(page, ONLINE)).toHaveValue('85');
  await target(page, ONLINE).fill('95');
  await save(page);
  await signOut(page);

  await submitAsHead(page);

  // Home Affairs sees exactly what changed, and accepts.
  await openInQueue(page);
  const diff = page.locator('section').filter({ hasText: 'Thay đổi so với lần gửi 1' });
  await expect(diff).toBeVisible();
  await expect(diff.getByRole('row', { name: new RegExp(ONLINE) })).toContainText(/85.*95/);
  await expect(diff.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Tiếp nhận đăng ký' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tiếp nhận đăng ký.' })).toBeVisible();
  await signOut(page);

  // Locked, and it says why.
  await signIn(page, 'xa.officer');
  await openRegistration(page);
  await expect(page.getByText(/Đăng ký đã được Sở Nội vụ tiếp nhận ngày \d\d\/\d\d\/\d{4} nên đã khóa/)).toBeVisible();
  await expect(target(page, ONLINE)).toBeDisabled();
  await expect(target(page, ONLINE)).toHaveValue('95');
  await expect(page.getByRole('button', { name: 'Lưu bản nháp' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đăng ký thi đua' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Năm ${YEAR}`) })).toContainText('Đã tiếp nhận');
});
