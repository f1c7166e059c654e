/**
 * The boundary of a request, replaced for the security tests: the session (who is calling), the
 * request's headers and cookies, Next's cache and redirect, and next-intl's server translator. The
 * test files install these with vi.mock (the factories are here, so both files mock alike); the
 * permission checks (requirePermission, isAllowed) and everything below them stay real.
 *
 * Also here: calling an action or a route handler the way Next would, and classifying what came back.
 */
import { createRequire } from 'node:module';
import type { Actor } from '@/lib/auth/session';
import viCore from '@/lib/i18n/messages/vi/core.json';

// next-auth reads NEXTAUTH_SECRET when its options module loads; the comment tokens sign with it too.
process.env.NEXTAUTH_SECRET ??= 'security-tests-secret-not-used-anywhere-else';
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';
// Exports are queued in pg-boss: the tests record the job and see it marked "queue down" instead.
process.env.JOBS_DISABLED = '1';

/** Who the mocked session says is calling (null: nobody signed in). */
export const caller: { actor: Actor | null } = { actor: null };

type Cookie = { name: string; value: string };

/** The request being served: its headers and its cookie jar (what setLocale writes). */
export const request = { headers: new Headers(), cookies: new Map<string, string>() };

let addresses = 0;

/** A new request from a new address (the public comment limit counts per address). */
export function newRequest(actor: Actor | null): void {
  caller.actor = actor;
  addresses++;
  request.headers = new Headers({ 'x-forwarded-for': `203.0.113.${addresses % 250}, 10.0.${Math.floor(addresses / 250) % 250}.1`, host: 'localhost:3000', origin: 'http://localhost:3000' });
  request.cookies = new Map();
}

function cookieStore() {
  return {
    get: (name: string): Cookie | undefined => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: (): Cookie[] => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | Cookie, value?: string) => {
      if (typeof name === 'string') request.cookies.set(name, value ?? '');
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  };
}

const headersModule = {
  cookies: async () => cookieStore(),
  headers: async () => request.headers,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

/** vi.mock('next/headers'). next-auth require()s it (CommonJS), so that copy is patched as well. */
export function mockHeaders() {
  const cjs = createRequire(import.meta.url)('next/headers') as Record<string, unknown>;
  Object.assign(cjs, headersModule);
  return headersModule;
}

/** vi.mock('next/cache'): nothing to revalidate outside a server. */
export function mockCache() {
  const nothing = () => {};
  return { revalidatePath: nothing, revalidateTag: nothing, updateTag: nothing, refresh: nothing, unstable_cache: <T>(fn: T) => fn, unstable_noStore: nothing };
}

/** What redirect() throws here: recognisable, and with the digest Next's unstable_rethrow lets through. */
export class Redirected extends Error {
  readonly digest: string;
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}

export class NotFoundThrown extends Error {
  readonly digest = 'NEXT_HTTP_ERROR_FALLBACK;404';
}

/** vi.mock('next/navigation'): redirect and notFound throw values the harness recognises; the rest is Next's. */
export async function mockNavigation(importOriginal: () => Promise<unknown>) {
  const real = (await importOriginal()) as Record<string, unknown>;
  return {
    ...real,
    redirect: (url: string) => {
      throw new Redirected(url);
    },
    permanentRedirect: (url: string) => {
      throw new Redirected(url);
    },
    notFound: () => {
      throw new NotFoundThrown('not found');
    },
  };
}

/** vi.mock('@/lib/auth/session'): getActor/requireActor answer with `caller`; every check stays real. */
export async function mockSession(importOriginal: () => Promise<unknown>) {
  const real = (await importOriginal()) as typeof import('@/lib/auth/session');
  const { DomainError } = await import('@/lib/errors');
  return {
    ...real,
    getActor: async () => caller.actor,
    requireActor: async () => {
      if (!caller.actor) throw new DomainError('UNAUTHENTICATED');
      return caller.actor;
    },
  };
}

/** vi.mock('next-intl/server'): the Vietnamese catalogue, as the request config would give it. */
export async function mockIntlServer() {
  const { createTranslator } = await import('next-intl');
  const { CATALOGUES } = await import('@/lib/i18n/messages');
  const { TIME_ZONE } = await import('@/lib/clock');
  const translator = (namespace?: string) => createTranslator({ locale: 'vi', messages: CATALOGUES.vi, timeZone: TIME_ZONE, namespace: namespace as never });
  return {
    getTranslations: async (options?: string | { namespace?: string }) => translator(typeof options === 'string' ? options : options?.namespace),
    getLocale: async () => 'vi',
    getMessages: async () => CATALOGUES.vi,
    getTimeZone: async () => TIME_ZONE,
    getNow: async () => new Date(),
    getFormatter: async () => {
      throw new Error('getFormatter is not used by actions');
    },
    getRequestConfig: (fn: unknown) => fn,
    setRequestLocale: () => {},
  };
}

// ---------------------------------------------------------------------------------------------------
// Calling and classifying

/** Codes that mean "you may not": refusals by permission or by session. */
export const REFUSAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

export type Outcome =
  /** done: a success, a redirect after success, or a route's 2xx/3xx */
  | { kind: 'done'; detail: string }
  /** refused by session or permission (NOT_FOUND is reported as such; the catalogue says when it hides a refusal) */
  | { kind: 'refused'; code: 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' }
  /** turned down for another reason: validation, state, staleness... */
  | { kind: 'declined'; code: string; message?: string }
  /** an unexpected error: a throw, the "unexpected" message, a 5xx */
  | { kind: 'crashed'; detail: string };

type ActionState = { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]> };

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function classifyThrown(error: unknown): Outcome {
  // Sent to the sign-in page: the session is missing or over, a refusal like UNAUTHENTICATED.
  if (error instanceof Redirected && error.url.startsWith('/login')) return { kind: 'refused', code: 'UNAUTHENTICATED' };
  if (error instanceof Redirected) return { kind: 'done', detail: `redirect ${error.url}` };
  const e = error as { name?: string; code?: string } | null;
  if (e?.name === 'DomainError' && typeof e.code === 'string') {
    if (REFUSAL_CODES.has(e.code) || e.code === 'NOT_FOUND') return { kind: 'refused', code: e.code as 'FORBIDDEN' };
    return { kind: 'declined', code: e.code };
  }
  return { kind: 'crashed', detail: `threw ${describe(error)}` };
}

/** The "500" of an action: errors.unexpected, in Vietnamese. */
export const UNEXPECTED_MESSAGE = viCore.errors.unexpected;

export function classifyState(result: unknown, unexpected = UNEXPECTED_MESSAGE): Outcome {
  if (result === undefined || result === null) return { kind: 'done', detail: 'void' };
  const state = result as ActionState;
  if (typeof state !== 'object' || typeof state.ok !== 'boolean') return { kind: 'crashed', detail: `unexpected result ${JSON.stringify(result)}` };
  if (state.ok) return { kind: 'done', detail: 'ok' };
  if (state.code && (REFUSAL_CODES.has(state.code) || state.code === 'NOT_FOUND')) return { kind: 'refused', code: state.code as 'FORBIDDEN' };
  if (!state.code && state.message === unexpected) return { kind: 'crashed', detail: 'errors.unexpected' };
  return { kind: 'declined', code: state.code ?? 'VALIDATION', message: state.message };
}

export function classifyResponse(response: Response): Outcome {
  if (response.status < 400) return { kind: 'done', detail: String(response.status) };
  if (response.status === 401) return { kind: 'refused', code: 'UNAUTHENTICATED' };
  if (response.status === 403) return { kind: 'refused', code: 'FORBIDDEN' };
  if (response.status === 404) return { kind: 'refused', code: 'NOT_FOUND' };
  if (response.status >= 500) return { kind: 'crashed', detail: `HTTP ${response.status}` };
  return { kind: 'declined', code: `HTTP ${response.status}` };
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'done':
      return `done (${outcome.detail})`;
    case 'refused':
      return `refused ${outcome.code}`;
    case 'declined':
      return `declined ${outcome.code}${outcome.message ? ` "${outcome.message}"` : ''}`;
    case 'crashed':
      return `CRASHED ${outcome.detail}`;
  }
}

/** A form's fields as the browser posts them: repeated names for lists, files as File. */
export type FormFields = Record<string, string | File | Array<string | File>>;

export function toFormData(fields: FormFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return form;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Calls a Server Action as Next would: (state, FormData), (FormData) or (data). */
export async function invokeAction(fn: AnyFunction, call: 'form' | 'data' | 'formdata', input: unknown): Promise<Outcome> {
  try {
    const args = call === 'form' ? [{ ok: false }, input instanceof FormData ? input : toFormData(input as FormFields)] : call === 'formdata' ? [toFormData(input as FormFields)] : [input];
    return classifyState(await fn(...args));
  } catch (error) {
    return classifyThrown(error);
  }
}

/** Calls a route handler with a NextRequest and its (promised) params, the cookies in the jar. */
export async function invokeRoute(fn: AnyFunction, req: { url: string; params?: Record<string, string | string[]>; init?: RequestInit; cookies?: Record<string, string> }): Promise<Outcome> {
  const { NextRequest } = await import('next/server');
  for (const [name, value] of Object.entries(req.cookies ?? {})) request.cookies.set(name, value);
  const headers = new Headers(request.headers);
  for (const [name, value] of new Headers(req.init?.headers)) headers.set(name, value);
  if (request.cookies.size) headers.set('cookie', [...request.cookies].map(([n, v]) => `${n}=${v}`).join('; '));
  try {
    const response = (await fn(new NextRequest(req.url, { ...req.init, headers } as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve(req.params ?? {}) })) as Response;
    return classifyResponse(response);
  } catch (error) {
    return classifyThrown(error);
  }
}
