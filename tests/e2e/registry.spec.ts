import { test, expect, formAlert, signIn } from './fixtures';

async function signInAs(page: Parameters<typeof signIn>[0], username: string) {
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: /Xin chào/ })).toBeVisible();
}

test('the commune officer records the 2026 review results of two staff, then finds a person’s history without diacritics', async ({ page }) => {
  await signInAs(page, 'xa.officer');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sổ khen thưởng' })).toBeVisible();
  await page.getByRole('link', { name: 'Kết quả bình xét của đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kết quả bình xét năm 2026' })).toBeVisible();

  const phuc = page.getByRole('row', { name: /Đinh Văn Phúc/ });
  await phuc.getByRole('checkbox', { name: 'Lao động tiên tiến: Đinh Văn Phúc' }).check();
  await page.getByLabel('Xếp loại: Đinh Văn Phúc').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('checkbox', { name: 'Lao động tiên tiến: Sầm Thị Loan' }).check();
  await page.getByRole('checkbox', { name: 'Chiến sĩ thi đua cơ sở: Sầm Thị Loan' }).check();
  await page.getByLabel('Xếp loại: Sầm Thị Loan').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  const loan = page.getByRole('row', { name: /Sầm Thị Loan/ });
  await loan.getByRole('button', { name: 'Thêm sáng kiến' }).click();
  await page.getByLabel('Mô tả sáng kiến: Sầm Thị Loan').fill('Thu ngân sách xã qua tài khoản điện tử');
  await expect(page.getByText('Có thay đổi chưa lưu.')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu kết quả bình xét' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu kết quả bình xét năm 2026: thêm 6, bỏ 0 dòng.' })).toBeVisible();
  await expect(page.getByText('Có thay đổi chưa lưu.')).toBeHidden();

  // What was saved is what the sheet shows next time.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Chiến sĩ thi đua cơ sở: Sầm Thị Loan' })).toBeChecked();
  await expect(page.getByLabel('Xếp loại: Đinh Văn Phúc')).toHaveValue('HTTNV');
  await expect(page.getByLabel('Mô tả sáng kiến: Sầm Thị Loan')).toHaveValue('Thu ngân sách xã qua tài khoản điện tử');
  await expect(page.getByRole('checkbox', { name: 'Chiến sĩ thi đua cơ sở: Hoàng Văn Bình' })).not.toBeChecked();

  await page.goto('/registry');
  await page.getByLabel('Họ tên cán bộ hoặc tên đơn vị').fill('nong thi hanh');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/q=nong\+thi\+hanh/);
  const cstd = page.getByRole('row').filter({ hasText: 'Chiến sĩ thi đua cơ sở' });
  await expect(cstd).toHaveCount(2);
  await expect(cstd.nth(0)).toContainText('2025');
  await expect(cstd.nth(0)).toContainText('Nông Thị Hạnh');
  await expect(cstd.nth(0)).toContainText('Bình xét của đơn vị');
  await expect(cstd.nth(1)).toContainText('2024');
  await expect(cstd.nth(1)).toContainText('Nhập từ Excel');
  await expect(page.getByRole('row').filter({ hasText: 'Sầm Thị Loan' })).toHaveCount(0);

  await cstd.nth(0).getByRole('link', { name: 'Nông Thị Hạnh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch sử khen thưởng: Nông Thị Hạnh' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Năm 2024' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Năm 2023' })).toBeVisible();
});

test('the administrator adds a rule version: a bad JSON is refused next to the field, a good one becomes version 2', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/commendation');
  await expect(page.getByRole('heading', { level: 1, name: 'Khen thưởng: danh mục, tiêu chuẩn' })).toBeVisible();
  await page.getByRole('link', { name: 'Sửa TTLDXS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tập thể lao động xuất sắc (TTLDXS)' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Phiên bản 1' })).toContainText('Đang áp dụng');

  const day = page.getByLabel('Có hiệu lực từ ngày');
  const definition = page.getByLabel('Nội dung tiêu chuẩn (JSON)');
  await day.fill('01/01/2027');
  await definition.fill('{ "recipients": ["COLLECTIVE"], }');
  await page.getByRole('button', { name: 'Thêm phiên bản', exact: true }).click();
  await expect(formAlert(page).filter({ hasText: 'Dữ liệu chưa hợp lệ' })).toBeVisible();
  await expect(definition).toHaveAttribute('aria-invalid', 'true');
  await expect(definition).toHaveAccessibleDescription(/^Không phải JSON hợp lệ/);
  await expect(definition).toHaveValue('{ "recipients": ["COLLECTIVE"], }');

  await definition.fill(
    JSON.stringify({
      recipients: ['COLLECTIVE'],
      collective: { type: 'all_of', of: [{ type: 'consecutive_years_rated', rating: 'HTXSNV', years: 1 }, { type: 'members_completed_pct', min: 100 }, { type: 'members_ldtt_min_pct', min: 80 }] },
      councilVote: false,
      publicDisclosure: false,
      note: 'Sửa đổi: ít nhất 80% thành viên đạt Lao động tiên tiến.',
    }),
  );
  await page.getByRole('button', { name: 'Thêm phiên bản', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm phiên bản 2.' })).toBeVisible();
  const v2 = page.getByRole('listitem', { name: 'Phiên bản 2' });
  await expect(v2).toContainText('Hiệu lực từ 01/01/2027');
  await expect(v2).toContainText('Chưa có hiệu lực');
  await expect(page.getByRole('listitem', { name: 'Phiên bản 1' })).toContainText('Đang áp dụng');
});
