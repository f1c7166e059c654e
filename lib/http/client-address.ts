/**
 * The client's address for throttling and the audit. Next.js fills X-Forwarded-For with the socket
 * address when a request has none; behind a reverse proxy, the proxy must overwrite the header
 * (nginx: proxy_set_header X-Forwarded-For $remote_addr), as the README says.
 */
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientAddress(headers: HeaderBag): string {
  const forwarded = header(headers, 'x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  return (first || header(headers, 'x-real-ip') || 'unknown').slice(0, 100);
}
