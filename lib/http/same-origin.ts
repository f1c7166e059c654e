/**
 * CSRF protection for route handlers that change data: the browser's Origin (or, failing that,
 * Referer) must be this site. Server Actions get the same check from Next.js itself; next-auth's
 * routes carry their own double-submit token. Requests without either header (scripts, curl) are
 * refused too: a mutation from outside the site must come through a session-bound browser.
 */
export function isSameOrigin(request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const source = request.headers.get('origin') ?? request.headers.get('referer');
  if (!host || !source) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

export function crossSiteRefusal(): Response {
  return new Response('Yêu cầu không hợp lệ (khác nguồn).', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
