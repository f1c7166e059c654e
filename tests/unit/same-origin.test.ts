import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/http/same-origin';

const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/x', { method: 'POST', headers });

describe('same-origin check for mutating route handlers', () => {
  it('accepts the site itself and refuses other sites, missing headers and garbage', () => {
    expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).toBe(true);
    expect(isSameOrigin(request({ host: 'localhost:3000', referer: 'http://localhost:3000/reports/5' }))).toBe(true);
    expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000.evil.example' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(request({ host: 'localhost:3000', origin: 'null' }))).toBe(false);
  });
});
