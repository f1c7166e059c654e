import { test, expect, signIn } from './fixtures';

// Pixel 7 (the phone project runs files named *mobile.spec.ts).
test('the overview fits a phone: cards stack, charts shrink, no sideways scrolling', async ({ page }) => {
  await signIn(page, 'lanhdao');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();
  const cards = page.getByTestId('indicator-card');
  await expect(cards).toHaveCount(26);
  const chart = page.getByTestId('sparkline').filter({ has: page.locator('svg') }).first();
  await expect(chart).toBeVisible();
  const viewport = page.viewportSize()!;
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // one column
  expect(first!.width).toBeLessThanOrEqual(viewport.width);
  expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(first!.width);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});
