import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIES } from '@/lib/auth/cookies';

/**
 * Two jobs only: a Content-Security-Policy with a fresh nonce on every page, and sending anonymous
 * visitors of portal pages to the sign-in page. Authorization is checked in the data layer.
 */
const PUBLIC_PATHS = ['/login', '/public', '/forbidden'];
// Route handlers among the portal's pages that answer with a file: they send their own sandbox policy,
// which the page policy stamped here would replace.
const PORTAL_DOWNLOADS = ['/registry/import/template'];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Tailwind set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === '/' ? false : PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !signedIn) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    url.search = pathname === '/' ? '' : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  if (PORTAL_DOWNLOADS.includes(pathname)) return NextResponse.next();

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
        // A Server Action called from a page's script answers with data, not a page: no policy to stamp,
        // and the action checks the session itself (a form posted without script carries no such header).
        // Skipping the proxy saves a third of the server's time for an autosave.
        { type: 'header', key: 'next-action' },
      ],
    },
  ],
};
