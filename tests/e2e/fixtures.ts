import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Settled: either the portal opened (the sign-in page was left) or the form says why not.
  await expect(page.locator('main [role="alert"]').or(page.locator('nav[aria-label="Điều hướng chính"]'))).toBeVisible();
}

/** Fails the test on any error the page logs or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A refused sign-in answers 401 by design; Chromium logs every non-2xx fetch.
        const refusedSignIn = message.location().url.includes('/api/auth/callback/credentials') && message.text().includes('401');
        if (message.type() === 'error' && !refusedSignIn) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

/** The form's own message (Next.js keeps an empty route announcer with role=alert too). */
export function formAlert(page: Page) {
  return page.locator('main [role="alert"]');
}

export { expect };
