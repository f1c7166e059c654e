import { test, expect, formAlert, signIn } from './fixtures';

async function signInAs(page: Parameters<typeof signIn>[0], username: string) {
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: /Xin chào/ })).toBeVisible();
}

test('the administrator reads the 26 indicators of the plan, is told what is wrong with a formula, and saves it fixed', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Danh mục chỉ tiêu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh mục chỉ tiêu' })).toBeVisible();
  await page.getByRole('link', { name: 'Xem danh mục: TD-2026-2030' }).click();

  await expect(page.getByRole('heading', { name: 'Chỉ tiêu theo lĩnh vực · 26 chỉ tiêu' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(26);
  const online = page.getByRole('article', { name: /dịch vụ công trực tuyến/ });
  await expect(online).toContainText('100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL');
  await expect(page.getByRole('article', { name: /GRDP bình quân đầu người/ })).toContainText('75–80');

  await page.getByRole('link', { name: 'Sửa DAR-ONLINE-PUBLIC-SERVICE-USAGE' }).click();
  const formula = page.getByLabel('Công thức', { exact: true });
  await expect(formula).toHaveValue('100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL');
  await formula.fill('100 * DOSSIERS_ONLINE / ABC');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(formAlert(page)).toHaveText('Dữ liệu chưa hợp lệ. Vui lòng xem lỗi bên cạnh từng trường.');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(formula).toHaveAccessibleDescription('Mã chỉ số dữ liệu không tồn tại: ABC (vị trí 25).');
  await expect(formula).toHaveValue('100 * DOSSIERS_ONLINE / ABC');

  await formula.fill('100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  await expect(formula).not.toHaveAttribute('aria-invalid');

  await page.getByRole('link', { name: 'Quay lại danh sách' }).click();
  await expect(page.getByRole('article', { name: /dịch vụ công trực tuyến/ })).toContainText('Phiên bản 2');
});

test('the administrator creates a second, thematic campaign and sees its reporting periods', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/catalogue');
  await page.getByRole('link', { name: 'Thêm chiến dịch' }).click();

  await page.getByLabel('Mã', { exact: true }).fill('TD-CDS-2027');
  await page.getByLabel('Năm bắt đầu', { exact: true }).fill('2027');
  await page.getByLabel('Năm kết thúc', { exact: true }).fill('2026');
  await page.getByLabel('Tên', { exact: true }).fill('Thi đua chuyên đề chuyển đổi số 2027–2028');
  await page.getByLabel('Chủ đề, khẩu hiệu').fill('Chuyển đổi số vì người dân');
  // Kept paused, so that the plan's campaign stays the one the other pages use.
  await page.getByLabel('Đang áp dụng', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Thêm chiến dịch' }).click();
  await expect(page.getByLabel('Năm kết thúc', { exact: true })).toHaveAccessibleDescription('Năm kết thúc không được trước năm bắt đầu.');

  await page.getByLabel('Năm kết thúc', { exact: true }).fill('2028');
  await page.getByRole('button', { name: 'Thêm chiến dịch' }).click();
  await expect(page.getByText('Đã tạo chiến dịch TD-CDS-2027 với 11 kỳ báo cáo.')).toBeVisible();

  await page.getByRole('link', { name: 'Kỳ báo cáo' }).click();
  const rows = page.getByRole('rowheader');
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toHaveText('Năm 2026 (năm gốc)');
  const q1 = page.getByRole('row', { name: /Quý 1\/2027/ });
  await expect(q1).toContainText('01/01/2027');
  await expect(q1).toContainText('31/03/2027');
  await expect(q1).toContainText('10/04/2027');
  await expect(q1).toContainText('Chưa đến kỳ');

  await page.goto('/admin/catalogue');
  await expect(page.getByRole('link', { name: 'Thi đua chuyên đề chuyển đổi số 2027–2028' })).toBeVisible();
});

test('another role is refused the catalogue editor', async ({ page }) => {
  await signInAs(page, 'noivu');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Danh mục chỉ tiêu' })).toHaveCount(0);
  await page.goto('/admin/catalogue');
  await expect(page).toHaveURL(/\/forbidden/);
});
