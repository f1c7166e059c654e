import { test, expect, formAlert, signIn } from './fixtures';

const HOMES: Array<{ username: string; name: string; role: string; section: RegExp }> = [
  { username: 'admin', name: 'Quản trị hệ thống', role: 'Quản trị hệ thống', section: /Đơn vị theo loại/ },
  { username: 'noivu', name: 'Nguyễn Thị Hồng', role: 'Chuyên viên Sở Nội vụ', section: /Kỳ báo cáo hiện tại/ },
  { username: 'hoidong', name: 'Ma Văn Kiên', role: 'Thành viên Hội đồng TĐKT', section: /Thành viên Hội đồng/ },
  { username: 'lanhdao', name: 'Hoàng Văn Thái', role: 'Lãnh đạo tỉnh', section: /Thi đua phát triển kinh tế/ },
  { username: 'xa.officer', name: 'Lục Thị Mai', role: 'Cán bộ đơn vị', section: /Báo cáo của đơn vị/ },
  { username: 'xa.head', name: 'Nông Văn Dũng', role: 'Thủ trưởng đơn vị', section: /Báo cáo của đơn vị/ },
  { username: 'so.officer', name: 'Đàm Thị Lan', role: 'Cán bộ đơn vị', section: /Báo cáo của đơn vị/ },
  { username: 'so.head', name: 'Bế Văn Hùng', role: 'Thủ trưởng đơn vị', section: /Báo cáo của đơn vị/ },
];

test('the portal opens on a Vietnamese sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
});

for (const account of HOMES) {
  test(`${account.username} signs in and lands on the home page of the role`, async ({ page }) => {
    await signIn(page, account.username);
    await expect(page.getByRole('heading', { level: 1, name: `Xin chào, ${account.name}` })).toBeVisible();
    await expect(page.getByText(account.role).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: account.section }).first()).toBeVisible();
  });
}

test('a wrong password is refused with a message that does not say whether the account exists', async ({ page }) => {
  await signIn(page, 'xa.officer', 'sai-mat-khau-1');
  await expect(formAlert(page)).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await signIn(page, 'khong-ton-tai', 'sai-mat-khau-1');
  await expect(formAlert(page)).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
});

test('after five failures the account is locked for that address only, for 15 minutes, with the time to retry', async ({ page, browser }) => {
  // The attacker's address (behind a proxy that sets X-Forwarded-For).
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.7' });
  for (let i = 0; i < 5; i++) {
    await signIn(page, 'so.officer', `sai-${i}-mat-khau`);
    await expect(formAlert(page)).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  // Even the right password is refused from there now; the message says until when.
  await signIn(page, 'so.officer');
  await expect(formAlert(page)).toContainText('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau');
  await expect(formAlert(page)).toContainText('/11/2026');
  // An account that does not exist reads the same once throttled: nothing tells them apart.
  for (let i = 0; i < 6; i++) await signIn(page, 'khong.ton.tai', `sai-${i}`);
  await expect(formAlert(page)).toContainText('Đăng nhập sai quá nhiều lần.');

  // The real user, from their own address, is not locked out.
  const own = await browser.newPage();
  await signIn(own, 'so.officer');
  await expect(own.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Đàm Thị Lan');
  await own.close();
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'noivu');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xin chào');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
