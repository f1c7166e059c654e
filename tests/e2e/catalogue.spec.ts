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

test('the administrator is kept from renaming a code a formula reads, from a setting outside its range, and moves a due day', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/catalogue');
  await page.getByRole('link', { name: 'Chiến dịch: TD-2026-2030' }).click();
  await expect(page.getByRole('heading', { name: 'Mốc sơ kết, tổng kết' })).toBeVisible();
  await expect(page.getByText(/11\/06\/2028/)).toBeVisible();

  await page.getByRole('link', { name: 'Chỉ số dữ liệu' }).click();
  await expect(page.getByRole('row', { name: /POOR_HOUSEHOLDS/ })).toContainText('CS-MULTIDIM-POVERTY-REDUCTION');
  await page.getByRole('link', { name: 'Sửa HOUSEHOLDS', exact: true }).click();
  const code = page.getByLabel('Mã', { exact: true });
  await code.fill('HOUSEHOLDS_ALL');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(code).toHaveAccessibleDescription(/^Không thể đổi mã HOUSEHOLDS: công thức của chỉ tiêu CS-MULTIDIM-POVERTY-REDUCTION đang dùng mã này\./);

  await page.goto('/admin/catalogue/settings');
  const dueDay = page.getByLabel('Ngày hạn nộp báo cáo (ngày thứ mấy của tháng sau kỳ)');
  await expect(dueDay).toHaveValue('10');
  await dueDay.fill('31');
  await dueDay.press('Enter');
  await expect(dueDay).toHaveAccessibleDescription(/^Không được lớn hơn 28\./);

  // The thematic campaign of the test above, so the plan's periods stay as the other pages expect.
  await page.goto('/admin/catalogue');
  await page.getByRole('link', { name: 'Chiến dịch: TD-CDS-2027' }).click();
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).click();
  const row = page.getByRole('row', { name: /Quý 4\/2027/ });
  await row.getByText('Sửa', { exact: true }).click();
  const due = row.getByLabel('Hạn nộp · Quý 4/2027');
  await due.fill('31/12/2027');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(due).toHaveAccessibleDescription('Hạn nộp phải sau ngày kết thúc kỳ (31/12/2027).');
  await due.fill('15/01/2028');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('row', { name: /Quý 4\/2027/ })).toContainText('15/01/2028');
});

test('another role is refused the catalogue editor', async ({ page }) => {
  await signInAs(page, 'noivu');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Danh mục chỉ tiêu' })).toHaveCount(0);
  await page.goto('/admin/catalogue');
  await expect(page).toHaveURL(/\/forbidden/);
});
