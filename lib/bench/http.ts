/**
 * The benchmark's HTTP client side: next-auth's credentials sign-in as a browser does it, and timed
 * page requests (time to the response headers, time to the last byte, and any Server-Timing).
 */
import http from 'node:http';

/** Cookies by name, from Set-Cookie headers. */
export class CookieJar {
  private cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** GET /api/auth/csrf, then POST the credentials with the CSRF token and cookie; the session cookie comes back. */
export async function signIn(base: string, username: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: base },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/`, json: 'true' }),
  });
  jar.take(response);
  if (!jar.has('next-auth.session-token')) {
    throw new Error(`Sign-in as ${username} failed (HTTP ${response.status}: ${(await response.text()).slice(0, 200)})`);
  }
  return jar;
}

export type Timing = { status: number; ttfbMs: number; totalMs: number; bytes: number; serverTimingMs: number | null };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** `Server-Timing: total;dur=12.3, db;dur=4` -> the `total` metric, else the sum of all durations. */
export function serverTimingMs(header: string | undefined): number | null {
  if (!header) return null;
  const metrics = header.split(',').map((m) => ({ name: m.split(';')[0].trim(), dur: Number(/dur=([\d.]+)/.exec(m)?.[1]) }));
  const withDur = metrics.filter((m) => Number.isFinite(m.dur));
  if (withDur.length === 0) return null;
  return withDur.find((m) => m.name === 'total')?.dur ?? withDur.reduce((s, m) => s + m.dur, 0);
}

/** One GET of a page as a browser's navigation would ask for it (gzip accepted, not decoded). */
export function timedGet(url: string, cookie: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.get(url, { agent, headers: { cookie, accept: 'text/html', 'accept-encoding': 'gzip' } }, (response) => {
      const ttfbMs = performance.now() - start;
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ttfbMs,
          totalMs: performance.now() - start,
          bytes,
          serverTimingMs: serverTimingMs(response.headers['server-timing'] as string | undefined),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(60_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // nearest-rank: the smallest sample with at least p% of the samples at or below it
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function waitFor(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!alive()) throw new Error('The server exited before it was ready.');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
