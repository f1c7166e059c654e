import type { Page } from '@playwright/test';
import { test, expect, formAlert, signIn } from './fixtures';

// One story, in order: the unit, its officer, the officer's session, the audit trail.
test.describe.configure({ mode: 'serial' });

/** Signs in and waits for the home page, so the session cookie is there before the next navigation. */
async function signInAs(page: Page, username: string, password?: string) {
  await signIn(page, username, password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xin chào');
}

const UNIT = 'Xã Thử Nghiệm Đông Khê';
const USERNAME = 'e2e.can.bo';
const FULL_NAME = 'Lương Thị Thử';

test('the administrator creates a unit whose border is unknown, then marks it a border commune', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
  await expect(page.getByText(/xã chưa xác định có phải xã biên giới không/)).toBeVisible();
  await page.getByRole('link', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm đơn vị' })).toBeVisible();

  await page.getByLabel('Tên đơn vị', { exact: true }).fill(UNIT);
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Xã' });
  await page.getByLabel('Khối/Cụm thi đua').selectOption({ label: 'Cụm thi đua số 3 — Cụm thi đua' });
  await page.getByLabel('Xã biên giới', { exact: true }).selectOption({ label: 'Chưa xác định' });
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();

  await expect(page).toHaveURL(/\/admin\/units\/\d+\?created=1$/);
  await expect(page.getByText('Đã thêm đơn vị.')).toBeVisible();
  const border = page.getByLabel('Xã biên giới', { exact: true });
  await expect(border).toHaveValue('');
  await border.selectOption({ label: 'Xã biên giới' });
  await page.getByLabel('Nguồn xác định biên giới').fill('Văn bản thử nghiệm');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã cập nhật.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Xã biên giới', { exact: true })).toHaveValue('true');
  // The list finds it without diacritics and shows the flag.
  await page.goto('/admin/units?q=thu+nghiem+dong+khe');
  const row = page.getByRole('row', { name: new RegExp(UNIT) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Xã biên giới')).toBeVisible();
});

test('a duplicate unit name gets a Vietnamese error next to the field, and nothing is saved', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/units/new');
  const name = page.getByLabel('Tên đơn vị', { exact: true });
  await name.fill('Xã Cốc Pàng');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(formAlert(page)).toHaveText('Dữ liệu chưa hợp lệ. Vui lòng xem lỗi bên cạnh từng trường.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Đã có đơn vị trùng tên trong tỉnh.');
  await expect(name).toHaveValue('Xã Cốc Pàng');
  await expect(page).toHaveURL(/\/admin\/units\/new$/);
});

test('the administrator creates an account for the unit; its officer signs in with the password shown once; deactivation ends that session', async ({ page, browser }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/users/new');
  await page.getByLabel('Tên đăng nhập').fill(USERNAME);
  await page.getByLabel('Họ và tên').fill(FULL_NAME);
  await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ đơn vị' });
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: UNIT });
  await page.getByLabel('Gắn với cán bộ').selectOption({ label: '— Tạo hồ sơ cán bộ mới theo họ tên trên —' });
  await page.getByLabel('Chức vụ của cán bộ mới').fill('Công chức Văn phòng - Thống kê');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${USERNAME}.`)).toBeVisible();
  const password = (await page.getByTestId('issued-password').textContent())!.trim();
  expect(password).toMatch(/^\S{16}$/);

  // The officer signs in, in a browser of their own.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, USERNAME, password);
  await expect(officer.getByRole('heading', { level: 1, name: `Xin chào, ${FULL_NAME}` })).toBeVisible();

  // The administrator deactivates the account ...
  await page.getByRole('link', { name: 'Mở trang tài khoản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: FULL_NAME })).toBeVisible();
  await page.getByRole('button', { name: 'Ngừng kích hoạt' }).click();
  await expect(page.getByText('Đã ngừng kích hoạt tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kích hoạt lại' })).toBeVisible();

  // ... and the officer's open session ends on the next page load.
  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await signIn(officer, USERNAME, password);
  await expect(formAlert(officer)).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await officerContext.close();
});

test('the audit log finds the events without diacritics', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
  await page.getByLabel('Nội dung').fill('thu nghiem dong khe');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/q=thu\+nghiem\+dong\+khe/);
  const rows = page.locator('tbody tr');
  await expect(rows.filter({ hasText: 'Thêm đơn vị' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Sửa đơn vị' }).first()).toContainText('Xã biên giới');
  await expect(rows.filter({ hasText: 'Tạo tài khoản' })).toHaveCount(1);
  await expect(rows.first()).toContainText('Quản trị hệ thống');

  // By what the reader sees: "ngừng kích hoạt" typed plainly, within today (dd/mm/yyyy, Viet Nam time).
  await page.goto('/admin/audit');
  await page.getByLabel('Nội dung').fill('ngung kich hoat');
  await page.getByLabel('Từ ngày').fill('26/11/2026');
  await page.getByLabel('Đến ngày').fill('26/11/2026');
  await page.getByRole('button', { name: 'Lọc' }).click();
  const deactivated = page.locator('tbody tr').filter({ hasText: 'Ngừng kích hoạt tài khoản' });
  await expect(deactivated).toHaveCount(1);
  await expect(deactivated).toContainText('Đang hoạt động → Ngừng kích hoạt');
  await expect(deactivated).toContainText('26/11/2026');

  await page.getByLabel('Từ ngày').fill('31/02/2026');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page.getByLabel('Từ ngày')).toHaveAccessibleDescription('Ngày không hợp lệ (định dạng dd/mm/yyyy).');
});

test('every other demo role is refused the administration pages', async ({ page }) => {
  for (const username of ['noivu', 'hoidong', 'lanhdao', 'xa.officer', 'xa.head', 'so.officer', 'so.head']) {
    await page.context().clearCookies();
    await signInAs(page, username);
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' })).toHaveCount(0);
    await page.goto('/admin/units');
    await expect(page, `${username} on /admin/units`).toHaveURL(/\/forbidden$/);
    await page.goto('/admin/audit');
    await expect(page, `${username} on /admin/audit`).toHaveURL(/\/forbidden$/);
  }
});

test('provinces and persons: the pages open, a person is added and shows whether they have an account', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tỉnh' }).click();
  const caoBang = page.getByRole('row', { name: /Tỉnh Cao Bằng/ });
  await expect(caoBang).toContainText('Tỉnh của bạn');
  await caoBang.getByRole('link', { name: 'Tỉnh Cao Bằng' }).click();
  await expect(page.getByLabel('Mã tỉnh')).toHaveValue('04');
  await page.goto('/admin/provinces/new');
  await expect(page.getByLabel('Tên đăng nhập quản trị viên')).toBeVisible();

  await page.goto('/admin/persons?q=luong+thi+thu');
  await expect(page.getByRole('row', { name: new RegExp(FULL_NAME) })).toContainText(USERNAME);
  await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm cán bộ' })).toBeVisible();
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: UNIT });
  await page.getByLabel('Họ và tên').fill('Đinh Văn Mới');
  await page.getByLabel('Chức vụ', { exact: true }).fill('Công chức Địa chính');
  await page.getByLabel('Năm sinh').fill('1988');
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  await expect(page.getByText('Đã thêm cán bộ.')).toBeVisible();
  await expect(page.getByText('Chưa có tài khoản')).toBeVisible();

  await page.goto('/admin/persons?q=dinh+van+moi');
  await expect(page.getByRole('row', { name: /Đinh Văn Mới/ })).toContainText('Chưa có tài khoản');
  await page.goto('/admin/users?role=UNIT_HEAD');
  await expect(page.getByRole('row', { name: /xa\.head/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /xa\.officer/ })).toHaveCount(0);
});
