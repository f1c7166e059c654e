/**
 * Issue 6, point 6, in the production build: security headers, CSRF on mutations, cookie flags,
 * session revocation on a password change, uploads judged by content and downloads never rendered.
 * Elsewhere: throttling that cannot lock a real user out (sign-in.spec.ts, "after five failures ..."),
 * deactivation ending sessions (admin.spec.ts), personal data kept out of the server's logs
 * (tests/crash/crash.test.ts, which owns its server's output), and the static guards over every route
 * handler (tests/db/hardening.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { test, expect, formAlert, signIn, DEMO_PASSWORD } from './fixtures';

test.describe.configure({ mode: 'serial' });

const DIST_DIR = process.env.NEXT_DIST_DIR ?? `.next-e2e-${process.env.E2E_PORT ?? 3100}`;
const FOREIGN = 'https://evil.example';
const USERNAME = 'e2e.hardening';
const FULL_NAME = 'Hà Thị Kiểm';
const UNIT = 'Xã Vinh Quý';
const NEW_PASSWORD = 'Moi-Mat-Khau-2026';
let issuedPassword = '';

/** The id of a Server Action in this build (the header a browser sends to call it). */
function actionId(exportedName: string, fileSuffix: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, e]) => e.exportedName === exportedName && (e.filename ?? '').endsWith(fileSuffix));
  if (!found) throw new Error(`no Server Action ${exportedName} in ${DIST_DIR}`);
  return found[0];
}

/** next-auth's sign-in as the browser posts it, on an API context (which keeps the cookies). */
async function apiSignIn(request: APIRequestContext, username: string, extra: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf', { headers: extra })).json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', {
    headers: extra,
    form: { csrfToken, username, password: DEMO_PASSWORD, json: 'true' },
    maxRedirects: 0,
  });
}

const setCookies = (response: APIResponse) => response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);

function expectDownloadHeaders(response: APIResponse, disposition: 'attachment' | 'inline') {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-disposition']).toMatch(new RegExp(`^${disposition};`));
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  // Never a type a browser would render as a document or run.
  expect(headers['content-type']).not.toMatch(/^(text\/|application\/(xhtml\+)?xml|image\/svg|application\/(x-)?javascript)/);
}

test('security headers on pages and API routes: a fresh CSP nonce on every script, no inline scripts, no framing, HSTS in the production build', async ({ page, request }) => {
  const policies: string[] = [];
  for (const url of ['/login', '/public']) {
    const response = await request.get(url);
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    policies.push(csp);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Every script tag of the page carries the header's nonce.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(policies).size).toBe(policies.length);

  await signIn(page, 'noivu');
  const portal = await page.request.get('/');
  // Signed-in pages are never stored by a browser or a proxy.
  expect(portal.headers()['cache-control']).toMatch(/no-store/);
  expect(portal.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  for (const response of [await request.get('/login'), await request.get('/api/health'), portal]) {
    const headers = response.headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    // The end-to-end server is a production build, so HSTS is on (next.config.ts leaves it off in development).
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

test('session cookies are HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix) when the portal is served over https', async ({ page, context, playwright, baseURL }) => {
  await signIn(page, 'lanhdao');
  const session = (await context.cookies()).find((c) => c.name === 'next-auth.session-token')!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  // Plain http here; behind the https proxy that the README asks for (X-Forwarded-Proto: https, no
  // NEXTAUTH_URL, or NEXTAUTH_URL=https://...), next-auth's useSecureCookies turns on by itself.
  const https = await playwright.request.newContext({ baseURL });
  const forwarded = { 'x-forwarded-proto': 'https' };
  const csrf = await https.get('/api/auth/csrf', { headers: forwarded });
  expect(setCookies(csrf).find((c) => c.startsWith('__Host-next-auth.csrf-token='))).toMatch(/; Secure/i);
  const signedIn = await apiSignIn(https, 'lanhdao', forwarded);
  const secure = setCookies(signedIn).find((c) => c.startsWith('__Secure-next-auth.session-token='));
  expect(secure).toBeDefined();
  expect(secure).toMatch(/; HttpOnly/i);
  expect(secure).toMatch(/; Secure/i);
  expect(secure).toMatch(/; SameSite=Lax/i);
  await https.dispose();
});

test('CSRF: a Server Action posted from another site is refused by Next.js, and so are next-auth posts without their token', async ({ request, playwright, baseURL }) => {
  const setLocale = actionId('setLocale', 'lib/i18n/actions.ts');
  // As React encodes a form for a Server Action: the form's fields under "_1_", then the arguments at "0", last.
  const localeForm = new FormData();
  localeForm.append('_1_locale', 'en');
  localeForm.append('0', '["$K1"]');
  // From the site itself the action runs (it sets the language cookie) ...
  const own = await request.post('/login', { headers: { 'next-action': setLocale, accept: 'text/x-component', origin: baseURL! }, multipart: localeForm });
  expect(own.status()).toBe(200);
  expect(setCookies(own).some((c) => c.startsWith('locale=en'))).toBe(true);
  // ... from another origin it does not run at all.
  const foreign = await request.post('/login', { headers: { 'next-action': setLocale, accept: 'text/x-component', origin: FOREIGN }, multipart: localeForm });
  expect(foreign.status()).toBe(500);
  expect(setCookies(foreign).some((c) => c.startsWith('locale='))).toBe(false);

  // A data action with the victim's session, from another origin: nothing is saved.
  const victim = await playwright.request.newContext({ baseURL });
  await apiSignIn(victim, 'so.officer');
  const reports = await (await victim.get('/reports')).text();
  const periodId = Number(/href="\/reports\/(\d+)"/.exec(reports)![1]);
  const forged = await victim.post(`/reports/${periodId}`, {
    headers: { 'next-action': actionId('saveDraftAction', 'lib/reporting/actions.ts'), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: FOREIGN },
    data: JSON.stringify([{ unitId: 1, periodId, version: 0, values: { DOSSIERS_TOTAL: '1' }, notes: {}, note: null, narrative: null }]),
  });
  expect(forged.status()).toBe(500);
  expect(await forged.text()).not.toContain('"ok":true');

  // next-auth's own routes (the only mutating route handlers) need their double-submit token.
  const forgedSignIn = await request.post('/api/auth/callback/credentials', { headers: { origin: FOREIGN }, form: { username: 'so.officer', password: DEMO_PASSWORD }, maxRedirects: 0 });
  expect(setCookies(forgedSignIn).some((c) => c.includes('session-token='))).toBe(false);
  expect(forgedSignIn.headers().location ?? '').toContain('csrf=true');
  const forgedSignOut = await victim.post('/api/auth/signout', { headers: { origin: FOREIGN }, form: {}, maxRedirects: 0 });
  expect(setCookies(forgedSignOut).some((c) => /session-token=;/.test(c))).toBe(false);
  const still = (await (await victim.get('/api/auth/session')).json()) as { user?: { name?: string } };
  expect(still.user?.name).toBe('Đàm Thị Lan');
  await victim.dispose();
});

test('changing the password ends the sessions of the account in every other browser on their next request', async ({ page, browser }) => {
  // An account of its own, so that no other story's demo password changes.
  await signIn(page, 'admin');
  await page.goto('/admin/users/new');
  await page.getByLabel('Tên đăng nhập').fill(USERNAME);
  await page.getByLabel('Họ và tên').fill(FULL_NAME);
  await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ đơn vị' });
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: UNIT });
  await page.getByLabel('Gắn với cán bộ').selectOption({ label: '— Tạo hồ sơ cán bộ mới theo họ tên trên —' });
  await page.getByLabel('Chức vụ của cán bộ mới').fill('Công chức Văn phòng - Thống kê');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${USERNAME}.`)).toBeVisible();
  issuedPassword = (await page.getByTestId('issued-password').textContent())!.trim();

  const contexts = [await browser.newContext(), await browser.newContext()];
  const [phone, office] = await Promise.all(contexts.map((c) => c.newPage()));
  for (const p of [phone, office]) {
    await signIn(p, USERNAME, issuedPassword);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${FULL_NAME}`);
  }
  await office.goto('/account/password');
  await office.getByLabel('Mật khẩu hiện tại').fill(issuedPassword);
  await office.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
  await office.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await office.getByRole('button', { name: 'Lưu' }).click();
  await expect(office.getByText('Đã đổi mật khẩu. Mọi phiên đăng nhập cũ đã kết thúc; vui lòng đăng nhập lại.')).toBeVisible();

  // The other browser's session ends on its very next request.
  await phone.reload();
  await expect(phone).toHaveURL(/\/login/);
  // The browser that changed it is signed out too, and told why.
  await expect(office).toHaveURL(/\/login\?ended=1/, { timeout: 15_000 });
  await expect(office.getByText('Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.')).toBeVisible();
  await signIn(phone, USERNAME, issuedPassword);
  await expect(formAlert(phone)).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await signIn(phone, USERNAME, NEW_PASSWORD);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${FULL_NAME}`);
  await Promise.all(contexts.map((c) => c.close()));
});

async function openOwnReport(page: Page) {
  await signIn(page, USERNAME, NEW_PASSWORD);
  await page.goto('/reports');
  await page.getByRole('row', { name: /Quý 3\/2026/ }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Báo cáo Quý 3/2026');
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(tmpdir(), `${Date.now()}-${name}`);
  writeFileSync(file, content);
  return file;
}

test('uploads are judged by their content: HTML named .pdf is refused; what is accepted comes back as a sandboxed download, never a page', async ({ page }) => {
  await openOwnReport(page);
  await page.getByLabel(/^Tổng số hồ sơ/).fill('320');
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
  const file = page.getByLabel('Tệp minh chứng');

  await file.setInputFiles(tempFile('bao-cao.pdf', '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'));
  await page.getByRole('button', { name: 'Đính kèm' }).click();
  await expect(page.getByText('Loại tệp không được chấp nhận. Chỉ nhận PDF, ảnh PNG/JPEG, Word, Excel.')).toBeVisible();
  await expect(page.locator('a[href^="/api/files/"]')).toHaveCount(0);

  // A PDF that carries HTML after its signature is a PDF: stored as one and only ever downloaded.
  await file.setInputFiles(tempFile('minh-chung.pdf', '%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n'));
  await page.getByRole('button', { name: 'Đính kèm' }).click();
  await expect(page.getByText('Đã đính kèm tệp.')).toBeVisible();
  const href = await page.locator('a[href^="/api/files/"]').first().getAttribute('href');
  const download = await page.request.get(href!);
  expectDownloadHeaders(download, 'attachment');
  expect(download.headers()['content-type']).toBe('application/pdf');

  // Every other download the unit sees: the report's Excel template and the registry import template.
  const template = await page.getByRole('link', { name: 'Tải mẫu Excel' }).getAttribute('href');
  expectDownloadHeaders(await page.request.get(template!), 'attachment');
  const unit = /unit=(\d+)/.exec(template!)![1];
  expectDownloadHeaders(await page.request.get(`/registry/import/template?unit=${unit}`), 'attachment');
  // Someone else's file reads as not found.
  expect((await page.request.get('/api/files/1000000')).status()).toBe(404);
});

test('public photos of published models may show inline, still sandboxed; decisions and certificate lists are downloads', async ({ page, request }) => {
  const models = await (await request.get('/public/models')).text();
  const photo = /\/api\/files\/\d+/.exec(models)![0];
  const inline = await request.get(photo);
  expectDownloadHeaders(inline, 'inline');
  expect(inline.headers()['content-type']).toMatch(/^image\/(png|jpeg)$/);

  const decisions = await (await request.get('/public/decisions')).text();
  expectDownloadHeaders(await request.get(/\/api\/files\/\d+/.exec(decisions)![0]), 'attachment');

  await signIn(page, 'noivu');
  await page.goto('/decisions');
  await page.locator('a[href^="/decisions/"]').first().click();
  const certificates = await page.locator('a[href$="/certificates"]').getAttribute('href');
  expectDownloadHeaders(await page.request.get(certificates!), 'attachment');
});
