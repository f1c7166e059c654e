/**
 * Issue 6, point 6, below the browser: guards over the source that keep the hardening true as the
 * code grows (every mutating route handler checks its origin, every file response is a sandboxed
 * download, no origin is trusted for Server Actions, the session cookies keep next-auth's safe
 * defaults), uploads judged by content, and sign-in throttling that an attacker cannot turn into a
 * lock-out of the real user. The browser-level half is tests/e2e/hardening.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { authOptions } from '@/lib/auth/options';
import { attemptSignIn, LOCK_MINUTES, MAX_FAILURES } from '@/lib/auth/sign-in';
import { hashPassword } from '@/lib/auth/password';
import { sniffFile, type FileKind } from '@/lib/files/sniff';
import { EVIDENCE_KINDS } from '@/lib/files/store';
import { DOSSIER_KINDS } from '@/lib/proposals/proposal-service';
import { caoBang } from './admin-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const checked: string[] = [];

function filesUnder(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    const relative = path.join(dir, entry);
    if (statSync(path.join(ROOT, relative)).isDirectory()) out.push(...filesUnder(relative, name));
    else if (name.test(entry)) out.push(relative);
  }
  return out;
}

const routeFiles = filesUnder('app', /^route\.tsx?$/);
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The URL path of a route file: route groups "(portal)" vanish, "[id]" stays a segment. */
const urlOf = (file: string) => `/${path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s)).join('/')}`;

describe('guards over the source', () => {
  it('every route handler that changes data checks the origin (next-auth checks its own token)', () => {
    const mutating = routeFiles.filter((f) => /export\s+(async\s+function|const|\{[^}]*\b(?:as\s+)?)\s*(POST|PUT|PATCH|DELETE)\b/.test(source(f)));
    const withoutCheck = mutating.filter((f) => !/isSameOrigin\(/.test(source(f)) && !f.includes('[...nextauth]'));
    expect(withoutCheck).toEqual([]);
    // next-auth's catch-all is the one POST today, and it is next-auth's (double-submit CSRF token).
    expect(mutating).toContain(path.join('app', 'api', 'auth', '[...nextauth]', 'route.ts'));
    checked.push(`${routeFiles.length} route handlers, ${mutating.length} of them mutating: each checks its origin or is next-auth's own`);
  });

  it('every route handler that answers with a file sends it as a sandboxed download, never sniffed', () => {
    const downloads = routeFiles.filter((f) => /Content-Disposition/i.test(source(f)));
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    for (const file of downloads) {
      const text = source(file);
      expect(text, file).toMatch(/'X-Content-Type-Options':\s*'nosniff'/);
      expect(text, file).toContain(`'Content-Security-Policy': "default-src 'none'; sandbox"`);
      // inline only for pictures (published models' photos); everything else is an attachment
      if (/inline/.test(text)) expect(text, file).toMatch(/startsWith\('image\/'\) \? 'inline' : 'attachment'/);
      else expect(text, file).toMatch(/attachment; filename/);
    }
    // A download among the portal's pages must be let through the proxy without the page policy.
    const proxy = source('proxy.ts');
    const portal = downloads.filter((f) => !f.startsWith(path.join('app', 'api')));
    for (const file of portal) expect(proxy, `${urlOf(file)} in PORTAL_DOWNLOADS of proxy.ts`).toContain(`'${urlOf(file)}'`);
    checked.push(`${downloads.length} file routes (${downloads.map(urlOf).join(', ')}): nosniff, sandbox CSP, attachment unless a picture; ${portal.length} outside /api kept out of the page CSP`);
  });

  it('no origin is trusted for Server Actions, no powered-by banner, HSTS only in production builds', () => {
    const config = source('next.config.ts');
    expect(config).not.toMatch(/allowedOrigins/);
    expect(config).toMatch(/poweredByHeader:\s*false/);
    expect(config).toMatch(/production \? \[\{ key: 'Strict-Transport-Security'/);
    expect(source('proxy.ts')).toMatch(/frame-ancestors 'none'/);
    checked.push('next.config.ts: Server Actions accept their own origin only (no allowedOrigins), no X-Powered-By, HSTS in production');
  });

  it("session cookies keep next-auth's defaults: HttpOnly, SameSite=Lax, Secure whenever the public address is https", () => {
    // next-auth sets useSecureCookies from NEXTAUTH_URL (or, behind a proxy with AUTH_TRUST_HOST, from
    // X-Forwarded-Proto): an override here would be the only way to lose those flags.
    expect(authOptions.useSecureCookies).toBeUndefined();
    expect(authOptions.cookies).toBeUndefined();
    expect(authOptions.session?.strategy).toBe('jwt');
    expect(authOptions.session?.maxAge).toBeLessThanOrEqual(8 * 60 * 60);
    expect(authOptions.debug ?? false).toBe(false);
    checked.push("next-auth: no cookie or useSecureCookies override (HttpOnly, SameSite=Lax, Secure over https), sessions of at most 8 h, debug logging off");
  });
});

describe('uploads are judged by their bytes', () => {
  const html = '<!doctype html><html><script>alert(document.domain)</script></html>';
  const payloads: Record<string, Uint8Array> = {
    html: new TextEncoder().encode(html),
    'html after spaces': new TextEncoder().encode(`   \n${html}`),
    svg: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    xhtml: new TextEncoder().encode('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'),
    javascript: new TextEncoder().encode('alert(document.cookie)'),
    'windows program': new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(60).fill(0)]),
    gif: new TextEncoder().encode('GIF89a<script>alert(1)</script>'),
    'zip with another name': new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(30).fill(0)]),
    empty: new Uint8Array(0),
  };
  const names = ['bao-cao.pdf', 'anh.png', 'anh.jpg', 'van-ban.docx', 'bang.xlsx', 'van-ban.doc', 'bang.xls', 'trang.html', 'anh.svg'];

  it('refuses anything that is not a document or picture whatever its name, for every upload that stores files', () => {
    const lists: Record<string, readonly FileKind[]> = { evidence: EVIDENCE_KINDS, dossier: DOSSIER_KINDS, 'model photo': ['png', 'jpeg'] };
    let cases = 0;
    for (const [label, bytes] of Object.entries(payloads)) {
      for (const name of names) {
        const kind = sniffFile(bytes, name);
        // A zip is an Office file only under an Office name; nothing else passes as any kind.
        if (label === 'zip with another name' && /\.(docx|xlsx)$/.test(name)) continue;
        for (const accepted of Object.values(lists)) {
          expect(kind === null || !accepted.includes(kind), `${label} as ${name}`).toBe(true);
          cases++;
        }
      }
    }
    checked.push(`${cases} disguised uploads (HTML, SVG, XHTML, script, program, GIF, stray zip, empty) under 9 names for 3 kinds of upload: all refused`);
  });
});

describe('sign-in throttling', () => {
  it('locks an address out of one account after five failures, never the real user at their own address', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const province = await caoBang();
    const user = await db.user.create({
      data: { provinceId: province.id, username: 'nan.nhan', passwordHash: await hashPassword('Dung-Mat-Khau-1'), displayName: 'Người bị tấn công', role: 'LEADER' },
    });
    // An attacker sprays wrong passwords from 20 addresses, more than the limit from each.
    const attackers = Array.from({ length: 20 }, (_, i) => `203.0.113.${i + 1}`);
    for (const ip of attackers) for (let i = 0; i <= MAX_FAILURES; i++) await attemptSignIn(db, 'nan.nhan', `sai-${i}`, ip);
    for (const ip of attackers) expect((await attemptSignIn(db, 'nan.nhan', 'Dung-Mat-Khau-1', ip)).ok).toBe(false);
    const throttled = await attemptSignIn(db, 'NAN.NHAN ', 'Dung-Mat-Khau-1', attackers[0]);
    expect(throttled).toMatchObject({ ok: false, reason: 'THROTTLED' });

    // The user, at their own address, signs in; the account itself is never locked.
    const own = await attemptSignIn(db, 'nan.nhan', 'Dung-Mat-Khau-1', '198.51.100.10');
    expect(own).toMatchObject({ ok: true, user: { id: user.id } });
    // A lock lasts its minutes, then the address may try again.
    setClock(new Date(Date.parse('2026-11-26T09:00:00+07:00') + (LOCK_MINUTES + 1) * 60_000));
    expect((await attemptSignIn(db, 'nan.nhan', 'Dung-Mat-Khau-1', attackers[0])).ok).toBe(true);
    checked.push(`sign-in: ${attackers.length} attacking addresses each locked after ${MAX_FAILURES} failures for ${LOCK_MINUTES} min, the real user at their own address signs in, the account is never locked`);
  }, 60_000);
});

describe('summary', () => {
  it('prints what was checked', () => {
    expect(checked).toHaveLength(6);
    console.log(`hardening:\n  - ${checked.join('\n  - ')}`);
  });
});
