/**
 * The catalogue's data routes (app/** /route.ts handlers): file downloads, Excel templates, export
 * status and files, the certificate list, health, next-auth's own endpoints. See ./catalogue.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { routeOf, type RouteEntry, type RouteRequest } from './catalogue-types';
import { pdfBytes } from './fixtures';

const BASE = 'http://localhost:3000';
const get = (path: string, params?: Record<string, string | string[]>): RouteRequest => ({ url: `${BASE}${path}`, params });

const FILE_HIDDEN = 'the file route answers 404 alike for a file that does not exist and one the caller may not read';
const TEMPLATE_HIDDEN = 'the template route answers 404 for any refusal of the domain function: a unit the caller may not see is not told apart';
const EXPORT_HIDDEN = "an export job or file the caller may not read answers 404, as one that does not exist";
const DECISION_HIDDEN = 'the certificate list answers 404 for any refusal, as for a decision that does not exist';

const files = routeOf('app/api/files/[id]/route.ts');
const file = (id: number) => get(`/api/files/${id}`, { id: String(id) });
const nextAuth = routeOf('app/api/auth/[...nextauth]/route.ts');

export const ROUTES: RouteEntry[] = [
  files('GET', 'unit:read', 'unit', async ({ w, unit }) => file((await w.storedFile(w.units[unit].id, pdfBytes(), 'minh-chung.pdf', 'application/pdf')).id), {
    variant: "a unit's evidence",
    hides: FILE_HIDDEN,
  }),
  files('GET', ['unit:read', 'council:vote'], 'unit', async ({ w, unit }) => {
    const s = await w.councilSession('DRAFT', unit);
    const document = await db.proposalDocument.findFirstOrThrow({ where: { proposalId: s.proposalId } });
    return file(document.fileId);
  }, { variant: "a dossier on the council's agenda", hides: FILE_HIDDEN }),
  files('GET', ['unit:read', 'model:read', 'model:curate'], 'unit', async ({ w, unit }) => file((await w.model(unit, 'SUBMITTED', true)).fileId), {
    variant: "a submitted model's photo",
    hides: FILE_HIDDEN,
  }),
  files('GET', 'unit:read', 'unit', async ({ w, unit }) => file((await w.model(unit, 'DRAFT', true)).fileId), { variant: "a draft model's photo", hides: FILE_HIDDEN }),
  files('GET', 'public', 'none', async ({ w }) => file((await w.model('own', 'PUBLISHED', true)).fileId), { variant: "a published model's photo" }),
  files('GET', 'public', 'none', async ({ w }) => file((await db.decision.findUniqueOrThrow({ where: { id: w.decision.id } })).fileId!), { variant: "an issued decision's document" }),

  routeOf('app/api/reports/template/route.ts')('GET', 'unit:read', 'unit', async ({ w, unit }) => get(`/api/reports/template?unit=${w.units[unit].id}&period=${w.q3.id}`), {
    hides: TEMPLATE_HIDDEN,
  }),
  routeOf('app/(portal)/registry/import/template/route.ts')('GET', 'unit:edit', 'unit', async ({ w, unit }) => get(`/registry/import/template?unit=${w.units[unit].id}`), {
    hides: TEMPLATE_HIDDEN,
  }),
  routeOf('app/api/exports/[id]/route.ts')('GET', 'dashboard:all', 'none', async ({ w }) => get(`/api/exports/${w.finishedExport.jobId}`, { id: String(w.finishedExport.jobId) }), {
    hides: EXPORT_HIDDEN,
  }),
  routeOf('app/api/exports/[id]/file/route.ts')('GET', 'dashboard:all', 'none', async ({ w }) => get(`/api/exports/${w.finishedExport.jobId}/file`, { id: String(w.finishedExport.jobId) }), {
    hides: EXPORT_HIDDEN,
  }),
  routeOf('app/api/decisions/[id]/certificates/route.ts')('GET', 'review:act', 'none', async ({ w }) => get(`/api/decisions/${w.decision.id}/certificates`, { id: String(w.decision.id) }), {
    hides: DECISION_HIDDEN,
  }),
  routeOf('app/api/health/route.ts')('GET', 'public', 'none', async () => get('/api/health')),

  // next-auth's own endpoints: the providers list, and signing out (a POST that carries its CSRF token).
  nextAuth('GET', 'public', 'none', async () => get('/api/auth/providers', { nextauth: ['providers'] })),
  nextAuth('POST', 'public', 'none', async () => {
    const token = randomBytes(32).toString('hex');
    const hash = createHash('sha256').update(`${token}${process.env.NEXTAUTH_SECRET}`).digest('hex');
    return {
      url: `${BASE}/api/auth/signout`,
      params: { nextauth: ['signout'] },
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrfToken: token, json: 'true' }).toString() },
      cookies: { 'next-auth.csrf-token': `${token}|${hash}` },
    };
  }),
];
