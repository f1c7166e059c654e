import type { Page } from '@playwright/test';
import { test, expect, formAlert, signIn } from './fixtures';

// The demo clock is 26/11/2026. Xã Quảng Uyên's Emulation Flag proposal finished its public
// disclosure days ago (prisma/seed/demo-council.ts); the council has 7 members and the threshold is
// 90% of all of them: 7 YES are needed.
const SESSION = 'Phiên họp xét Cờ thi đua tháng 11/2026';
const NOMINEE = 'Xã Quảng Uyên';
const FLAG = 'Cờ thi đua của Ủy ban nhân dân tỉnh';
const MEMBERS = ['hoidong', 'hoidong2', 'hoidong3', 'hoidong4', 'hoidong5', 'hoidong6', 'hoidong7'];

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

test('a council session from the agenda to the public decision, by secret ballot against the threshold', async ({ page }) => {
  test.setTimeout(240_000);

  // Home Affairs prepares the session and opens it.
  await signIn(page, 'noivu');
  await page.goto('/council');
  await page.getByLabel('Tên phiên họp').fill(SESSION);
  await page.getByLabel('Ngày họp').fill('26/11/2026');
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SESSION);
  const sessionUrl = page.url();
  expect(sessionUrl).toMatch(/\/council\/\d+$/);
  await expect(page.getByText('cần ít nhất 7 phiếu đồng ý')).toBeVisible();

  const candidate = page.getByLabel('Đề nghị đã thẩm định (đã hết thời gian công khai nếu phải công khai)');
  const option = candidate.locator('option', { hasText: NOMINEE });
  await candidate.selectOption({ value: (await option.getAttribute('value'))! });
  await page.getByRole('button', { name: 'Thêm vào phiên' }).click();
  await expect(page.getByRole('heading', { name: `1. ${NOMINEE}` })).toBeVisible();
  await page.getByRole('button', { name: 'Mở phiên bỏ phiếu' }).click();
  await expect(page.getByText('Ngưỡng thông qua: 90% tổng số thành viên Hội đồng (7 thành viên): cần ít nhất 7 phiếu đồng ý.')).toBeVisible();
  await expect(page.getByText('0/7 thành viên đã bỏ phiếu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm vào phiên' })).toHaveCount(0);
  await signOut(page);

  // Each member votes once. hoidong also has the ballot open in a second tab: sent again, it is refused.
  for (const [i, member] of MEMBERS.entries()) {
    await signIn(page, member);
    await page.goto('/council');
    await expect(page.getByRole('row', { name: new RegExp(SESSION) })).toContainText('Bạn chưa bỏ phiếu');
    await page.getByRole('link', { name: SESSION }).click();
    await expect(page).toHaveURL(sessionUrl);
    const second = i === 0 ? await page.context().newPage() : null;
    if (second) await second.goto(sessionUrl);
    // The dossier is there to read; the counts are not, while the session is open.
    const dossier = page.getByRole('link', { name: /Tờ trình:/ });
    await expect(dossier).toBeVisible();
    if (i === 0) expect((await page.request.get((await dossier.getAttribute('href'))!)).status()).toBe(200);
    await expect(page.getByText('Số phiếu chỉ được công bố sau khi kết thúc phiên.')).toBeVisible();
    await page.getByRole('radio', { name: 'Đồng ý', exact: true }).check();
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect(status(page, /Bạn đã bỏ phiếu lúc \d{2}:\d{2} 26\/11\/2026/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gửi phiếu' })).toHaveCount(0);
    if (second) {
      await second.getByRole('radio', { name: 'Không đồng ý', exact: true }).check();
      await second.getByRole('button', { name: 'Gửi phiếu' }).click();
      await expect(second.getByText('Bạn đã bỏ phiếu trong phiên họp này. Mỗi thành viên chỉ bỏ phiếu một lần.')).toBeVisible();
      await second.close();
    }
    await signOut(page);
  }

  // Home Affairs closes the ballot: 7 YES of 7 members, 7 needed.
  await signIn(page, 'noivu');
  await page.goto(sessionUrl);
  await expect(page.getByText('7/7 thành viên đã bỏ phiếu')).toBeVisible();
  await page.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
  const result = page.getByRole('region', { name: 'Kết quả bỏ phiếu' }).getByRole('row', { name: new RegExp(NOMINEE) });
  await expect(result).toContainText('Thông qua');
  await expect(result).toContainText('7/7 đồng ý (cần 7)');

  // The decision: number, date, signer, and the approved proposal.
  await page.goto('/decisions');
  await page.getByLabel('Số, ký hiệu').fill('125/QĐ-UBND');
  await expect(page.getByLabel('Ngày ký')).toHaveValue('26/11/2026');
  await page.getByLabel('Người ký', { exact: true }).fill('Hoàng Văn Thái');
  await page.getByLabel('Chức vụ người ký').selectOption({ label: 'Phó Chủ tịch (ký thay)' });
  await page.getByLabel('Trích yếu').fill('Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh');
  await page.getByRole('checkbox', { name: new RegExp(`${NOMINEE} — ${FLAG}`) }).check();
  await page.getByRole('button', { name: 'Ghi quyết định và lập văn bản' }).click();
  await expect(page).toHaveURL(/\/decisions\/\d+\?recorded=1$/);
  await expect(status(page, 'Đã ghi quyết định, lập văn bản và ghi vào sổ khen thưởng.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NOMINEE) })).toContainText(FLAG);
  const certificates = await page.request.get(await page.getByRole('link', { name: 'Danh sách in bằng (Excel)' }).getAttribute('href').then((h) => h!));
  expect(certificates.status()).toBe(200);
  expect((await certificates.body()).subarray(0, 2).toString()).toBe('PK');

  // Decided: no longer waiting for a decision.
  await page.goto('/decisions');
  await expect(page.getByRole('checkbox', { name: new RegExp(NOMINEE) })).toHaveCount(0);
  await signOut(page);

  // The public reads it without signing in, and downloads the Word document.
  await page.goto('/public/decisions');
  const card = page.locator('section').filter({ hasText: '125/QĐ-UBND' });
  await expect(card).toContainText(NOMINEE);
  await expect(card).toContainText(FLAG);
  const word = await page.request.get((await card.getByRole('link', { name: 'Tải quyết định (Word)' }).getAttribute('href'))!);
  expect(word.status()).toBe(200);
  expect(word.headers()['content-type']).toContain('wordprocessingml');
  expect((await word.body()).subarray(0, 2).toString()).toBe('PK');

  // Searchable by year and form: last year's decision is there too.
  await page.getByLabel('Năm').selectOption('2025');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.locator('section').filter({ hasText: '1850/QĐ-UBND' })).toBeVisible();
  await expect(page.locator('section').filter({ hasText: '125/QĐ-UBND' })).toHaveCount(0);
  await page.getByLabel('Năm').selectOption('2026');
  await page.getByLabel('Danh hiệu, hình thức').selectOption({ label: FLAG });
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.locator('section').filter({ hasText: '125/QĐ-UBND' })).toBeVisible();
  await expect(formAlert(page)).toHaveCount(0);
});
