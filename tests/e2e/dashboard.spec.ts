import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

// Demo clock 26/11/2026: accepted figures of the 2025 baseline and of 2026 up to Q3.
const FORBIDDEN = 'Không có quyền truy cập';

async function openOverview(page: Page) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điều hành' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();
}

test('the leader reads the overview, filters the heat map by cluster and drills down to a unit and its accepted report', async ({ page }) => {
  await signIn(page, 'lanhdao');
  await openOverview(page);
  await expect(page.getByText(/Số liệu đã duyệt đến hết quý 3\/2026/)).toBeVisible();
  // Every indicator of the plan, each with its call and a chart of its yearly history.
  const cards = page.getByTestId('indicator-card');
  await expect(cards).toHaveCount(26);
  await expect(page.getByTestId('projection-status')).toHaveCount(26);
  await expect(page.getByRole('heading', { level: 2, name: /Thi đua về chuyển đổi số, cải cách hành chính/ })).toBeVisible();
  const online = cards.filter({ has: page.getByRole('heading', { name: 'Tỷ lệ sử dụng dịch vụ công trực tuyến' }) });
  await expect(online.getByText('Mục tiêu đến năm 2030: > 90 %')).toBeVisible();
  await expect(online.getByText(/đến hết quý 3\/2026 · tạm tính/)).toBeVisible();
  // One open year and no whole one: the call says so plainly instead of guessing.
  await expect(online.getByTestId('projection-status')).toHaveText('Chưa đủ số liệu');
  await expect(online.getByText('Mới có 0 năm số liệu đã duyệt, cần ít nhất 2.')).toBeVisible();
  await online.getByText('Cách tính xu hướng').click();
  await expect(online.getByRole('note')).toContainText('Cần số liệu đã duyệt của ít nhất 2 năm trọn vẹn');
  await expect(online.getByTestId('sparkline')).toHaveAttribute('aria-label', /Diễn biến theo năm: 2026 \(đến hết quý 3\/2026\): 57,5/);
  // Two years (the 2025 baseline and 2026 so far): a line.
  const members = cards.filter({ has: page.getByRole('heading', { name: 'kết nạp đảng viên mới' }) }).getByTestId('sparkline');
  await expect(members).toHaveAttribute('aria-label', /2025: [\d.]+; 2026/);
  await expect(members.locator('svg path[data-series="actual"]')).toHaveAttribute('d', /^M[\d.]+ [\d.]+ L/);
  // The border-commune indicator says how many communes have no border flag.
  await expect(page.getByText(/Còn \d+ xã chưa xác định có phải xã biên giới hay không/)).toBeVisible();
  // Submitted figures, apart, only when asked.
  await page.getByRole('link', { name: 'Hiện thêm số liệu đã gửi, chưa duyệt' }).click();
  await expect(page.getByText(/báo cáo đã gửi đang chờ duyệt/)).toBeVisible();
  await expect(page.getByTestId('pending-value').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Các bảng điều hành' }).getByRole('link', { name: 'Bản đồ nhiệt theo đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bản đồ nhiệt theo đơn vị' })).toBeVisible();
  const table = page.getByTestId('heatmap');
  const allRows = await table.locator('tbody tr').count();
  await page.getByLabel('Khối, cụm thi đua').selectOption({ label: 'Cụm thi đua số 2' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/group=\d+/);
  await expect(table.locator('tbody tr')).toHaveCount(8);
  expect(allRows).toBeGreaterThan(8);
  const row = table.getByRole('row', { name: /Xã Cốc Pàng/ });
  // Each cell says its value in words, not by colour only.
  await expect(row.locator('td[data-colour]').first()).not.toBeEmpty();
  await row.getByRole('link', { name: 'Xã Cốc Pàng' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Xã Cốc Pàng' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tiến độ so với chỉ tiêu' })).toBeVisible();
  await page.getByTestId('unit-reports').getByRole('link', { name: /Xem báo cáo đã duyệt/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Báo cáo .*: Xã Cốc Pàng$/ })).toBeVisible();
  await expect(page.getByText(/Đã được Sở Nội vụ tiếp nhận ngày \d\d\/\d\d\/\d{4}/)).toBeVisible();
  await expect(page.getByTestId('report-values').locator('tbody tr').first()).toBeVisible();
  // The leader may open the full report page too.
  await expect(page.getByRole('link', { name: 'Mở trang báo cáo' })).toBeVisible();
});

test('the leader reads reporting health and commendation statistics', async ({ page }) => {
  await signIn(page, 'lanhdao');
  await page.goto('/dashboard/reporting');
  await expect(page.getByRole('heading', { level: 1, name: 'Tình hình báo cáo' })).toBeVisible();
  await expect(page.getByTestId('reporting-chart')).toHaveAttribute('aria-label', /Quý 3\/2026: nộp/);
  await expect(page.getByTestId('reporting-chart').locator('.bar-filed').first()).toBeVisible();
  await expect(page.getByTestId('late-now').getByRole('link').first()).toBeVisible();
  // Expected, filed (with its share), on time, late, accepted, missing: per period and per unit.
  const periodCells = page.getByTestId('health-by-period').locator('tbody tr').first().locator('td');
  await expect(periodCells).toHaveCount(6);
  await expect(periodCells.nth(1)).toHaveText(/^\d+ \(\d+(,\d)?%\)$/);
  const unitCells = page.getByTestId('health-by-unit').locator('tbody tr').first().locator('td');
  await expect(unitCells).toHaveCount(6);
  for (let i = 0; i < 6; i++) await expect(unitCells.nth(i)).toHaveText(/^\d+$/);
  await page.getByRole('link', { name: 'Thống kê khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê khen thưởng' })).toBeVisible();
  await expect(page.getByTestId('staff-share')).toContainText('người giữ chức vụ lãnh đạo chiếm');
  await expect(page.getByTestId('fairness-all')).toContainText('Cả giai đoạn');
  await expect(page.getByTestId('fairness-chart').locator('svg').first()).toBeVisible();
});

test('a commune officer sees the overview and its own unit page, not the heat map nor another unit', async ({ page }) => {
  await signIn(page, 'xa.officer');
  await openOverview(page);
  await expect(page.getByTestId('indicator-card')).toHaveCount(26);
  await expect(page.getByRole('link', { name: 'Bản đồ nhiệt theo đơn vị' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Trang đơn vị: Xã Cốc Pàng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Cốc Pàng' })).toBeVisible();
  const ownId = Number(new URL(page.url()).pathname.split('/').pop());

  await page.goto('/dashboard/heatmap');
  await expect(page.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible();
  await page.goto(`/dashboard/units/${ownId + 1}`);
  await expect(page.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible();
  await page.goto(`/dashboard/reporting`);
  await expect(page.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible();
});

test('the administrator has no dashboard', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điều hành' })).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible();
});
