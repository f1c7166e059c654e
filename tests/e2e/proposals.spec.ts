import type { Page } from '@playwright/test';
import { test, expect, formAlert, signIn } from './fixtures';

// The demo clock is 26/11/2026. The demo registry gives Nông Thị Hạnh (Xã Cốc Pàng) Chiến sĩ thi đua
// cơ sở in 2024 and 2025, and Hoàng Văn Bình only Lao động tiên tiến.
const FORM = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh';
const LAW_74 = 'Căn cứ: Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74';

test.describe.configure({ mode: 'serial' });

async function signInAs(page: Page, username: string) {
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: /Xin chào/ })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

const pdf = { name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') };

/** The officer opens a proposal for a person of the commune with its tờ trình. */
async function propose(page: Page, person: RegExp, achievements: string) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng' })).toBeVisible();
  await page.getByRole('link', { name: 'Lập đề nghị mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lập đề nghị khen thưởng' })).toBeVisible();
  await expect(page.getByLabel('Cá nhân', { exact: true })).toBeChecked();
  const people = page.getByLabel('Cán bộ được đề nghị');
  const option = await people.locator('option').filter({ hasText: person }).first().textContent();
  await people.selectOption({ label: option! });
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: FORM });
  await expect(page.getByLabel('Năm khen thưởng')).toHaveValue('2026');
  await page.getByLabel('Tóm tắt thành tích').fill(achievements);
  await page.getByLabel('Loại hồ sơ').selectOption({ label: 'Tờ trình' });
  await page.getByLabel('Tệp tờ trình (không bắt buộc)').setInputFiles(pdf);
  await page.getByRole('button', { name: 'Lập đề nghị' }).click();
  await expect(page.getByText('Đã lập đề nghị. Bổ sung hồ sơ rồi báo thủ trưởng đơn vị gửi Sở Nội vụ.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'to-trinh.pdf' })).toBeVisible();
}

function eligibility(page: Page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: 'Kiểm tra điều kiện' }) });
}

test('xa.officer proposes Nông Thị Hạnh with a tờ trình; the form refuses a missing summary first', async ({ page }) => {
  await signInAs(page, 'xa.officer');
  await page.goto('/proposals/new');
  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: FORM });
  await page.getByRole('button', { name: 'Lập đề nghị' }).click();
  await expect(formAlert(page)).toHaveText('Dữ liệu chưa hợp lệ. Vui lòng xem lỗi bên cạnh từng trường.');
  await expect(page.getByLabel('Cán bộ được đề nghị')).toHaveAccessibleDescription('Vui lòng chọn một giá trị.');
  await expect(page.getByLabel('Tóm tắt thành tích')).toHaveAttribute('aria-invalid', 'true');

  await propose(page, /^Nông Thị Hạnh/, 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở; chỉ đạo số hóa sổ hộ tịch của xã, người dân tra cứu trực tuyến.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${FORM} – Nông Thị Hạnh`);
  await expect(page.getByText('Đang soạn')).toBeVisible();
  // The check before sending, as it would be today; only the head sends.
  await expect(eligibility(page)).toContainText('Kiểm tra sơ bộ theo sổ khen thưởng hôm nay (26/11/2026)');
  await expect(eligibility(page)).toContainText('Đủ điều kiện');
  await expect(page.getByText('Thủ trưởng đơn vị gửi đề nghị đến Sở Nội vụ.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gửi đề nghị' })).toHaveCount(0);
});

test('xa.head submits it: the page shows it eligible, citing the rule and its legal source', async ({ page }) => {
  await signInAs(page, 'xa.head');
  await page.goto('/proposals');
  await page.getByRole('link', { name: 'Nông Thị Hạnh' }).click();
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi đề nghị đến Sở Nội vụ. Đối tượng đủ điều kiện theo tiêu chuẩn hiện hành.' })).toBeVisible();
  await expect(page.getByText('Chờ thẩm định').first()).toBeVisible();
  const check = eligibility(page);
  await expect(check).toContainText('Đủ điều kiện');
  await expect(check).toContainText('Kết quả kiểm tra khi gửi ngày 26/11/2026.');
  await expect(check).toContainText(`Tiêu chuẩn xét ${FORM} (phiên bản 1, hiệu lực từ 01/01/2024); xét các năm đến hết năm 2025.`);
  await expect(check).toContainText(LAW_74);
  await expect(check.getByRole('listitem').filter({ hasText: 'Đạt Chiến sĩ thi đua cơ sở 2 năm liên tục (2024–2025).' })).toContainText('Đạt:');
  await expect(page.getByText('Đề nghị đang ở bước Chờ thẩm định; đơn vị không sửa được.')).toBeVisible();
});

test('noivu receives and appraises it from the appraisal queue', async ({ page }) => {
  await signInAs(page, 'noivu');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await expect(page.getByLabel('Trạng thái')).toHaveValue('SUBMITTED');
  const row = page.getByRole('row').filter({ hasText: 'Nông Thị Hạnh' });
  await expect(row).toContainText('Xã Cốc Pàng');
  await expect(row).toContainText('Đủ điều kiện');
  await row.getByRole('link', { name: 'Nông Thị Hạnh' }).click();
  await expect(eligibility(page)).toContainText(LAW_74);

  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tiếp nhận hồ sơ.' })).toBeVisible();
  await page.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ; đủ điều kiện theo Điều 74 Luật Thi đua, khen thưởng. Trình Chủ tịch UBND tỉnh khen thưởng.');
  await page.getByRole('button', { name: 'Xác nhận thẩm định' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thẩm định đề nghị; đơn vị đã được thông báo.' })).toBeVisible();
  await expect(page.getByText('Đã thẩm định').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xác nhận thẩm định' })).toHaveCount(0);
});

test('xa.officer proposes Hoàng Văn Bình for the same form and sees which rule failed and why', async ({ page }) => {
  await signInAs(page, 'xa.officer');
  await propose(page, /^Hoàng Văn Bình/, 'Hoàn thành tốt nhiệm vụ tư pháp - hộ tịch; không để tồn đọng hồ sơ trong năm.');
  const check = eligibility(page);
  await expect(check).toContainText('Chưa đủ điều kiện');
  await expect(check).toContainText(LAW_74);
  await expect(check.getByRole('listitem').filter({ hasText: 'Cần đạt Chiến sĩ thi đua cơ sở 2 năm liên tục (2024–2025); mới có 0 năm, thiếu năm 2024, 2025.' })).toContainText('Chưa đạt:');
  await expect(check.getByRole('listitem').filter({ hasText: 'Cần được xếp loại Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục (2024–2025); mới có 0 năm, thiếu năm 2024, 2025.' })).toBeVisible();
  await expect(check).toContainText('Đề nghị chưa đủ điều kiện vẫn gửi được; Sở Nội vụ xem xét và quyết định.');
});

test('the public reads a proposal under disclosure and comments on it; Home Affairs reads the comment as text', async ({ page }) => {
  await page.goto('/public/disclosure');
  await expect(page.getByRole('heading', { level: 1, name: 'Công khai đề nghị khen thưởng' })).toBeVisible();
  const article = page.getByRole('article', { name: /Nông Văn Thành/ });
  await expect(article).toContainText('Đề nghị tặng Chiến sĩ thi đua cấp tỉnh năm 2026');
  await expect(article).toContainText(/Công khai từ \d{2}\/\d{2}\/2026 đến hết \d{2}\/\d{2}\/2026/);
  await article.getByLabel('Nội dung góp ý').fill('ngắn');
  await article.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(article.getByLabel('Nội dung góp ý')).toHaveAccessibleDescription(/Quá ngắn \(tối thiểu 10 ký tự\)\./);
  // A person takes a few seconds; the form refuses what comes faster.
  await page.waitForTimeout(3500);
  await article.getByLabel('Họ và tên (không bắt buộc)').fill('Bế Thị <b>Mây</b>');
  await article.getByLabel('Nội dung góp ý').fill('<script>alert(1)</script> Tôi đề nghị xem lại mốc thời gian của mô hình trồng hồi.');
  await article.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(article.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã góp ý. Ý kiến đã được chuyển đến Sở Nội vụ.' })).toBeVisible();

  await signInAs(page, 'noivu');
  await page.goto('/proposals?status=DISCLOSURE');
  await page.getByRole('link', { name: 'Nông Văn Thành' }).click();
  const comments = page.locator('section').filter({ has: page.getByRole('heading', { name: /Ý kiến nhân dân/ }) });
  await expect(comments).toContainText('<script>alert(1)</script> Tôi đề nghị xem lại mốc thời gian của mô hình trồng hồi.');
  await expect(comments).toContainText('Bế Thị <b>Mây</b>');
});

test('a leader reads proposals without any step, and a council member is refused cleanly', async ({ page }) => {
  await signInAs(page, 'lanhdao');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await expect(page.getByText('Đề nghị khen thưởng các đơn vị đã gửi (chỉ xem).')).toBeVisible();
  await page.getByRole('link', { name: 'Nông Thị Hạnh' }).click();
  await expect(eligibility(page)).toContainText(LAW_74);
  await expect(page.getByRole('button', { name: /Xác nhận thẩm định|Gửi đề nghị|Tiếp nhận hồ sơ/ })).toHaveCount(0);
  await signOut(page);

  await signInAs(page, 'hoidong');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khen thưởng', exact: true })).toHaveCount(0);
  await page.goto('/proposals');
  await expect(page).toHaveURL(/\/forbidden/);
});
