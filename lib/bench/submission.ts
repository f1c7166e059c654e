/**
 * Report submission under load: the request a unit head's browser sends when the report form saves
 * its draft (the `saveDraftAction` Server Action: POST to the report page with the `Next-Action`
 * header, the arguments as JSON). Three ways: 50 connections back to back with autocannon, 50 users
 * at a typing pace, and 50 heads pressing Submit (`submitReportAction`) at once. Each request in
 * flight belongs to a different unit head, on that head's own report of the open period, with the
 * version the last save returned, so no save conflicts with another.
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { demoValue } from '@/prisma/seed/demo-values';
import { percentile } from './http';

export type Editor = { cookie: string; unitId: number; periodId: number; version: number; codes: string[]; year: number; quarter: number; reportId?: number };

let sequence = 0;

/**
 * What the report form's autosave sends: every element of the form, with the demo's plausible
 * figures (valid, parts within totals, no outliers) and one of them changing by a little each time.
 */
export function draftRequest(base: string, action: string, editor: Editor) {
  sequence++;
  const figures = new Map<string, number>();
  // twice: a part (online dossiers) computed before its total reads the total on the second pass
  for (let pass = 0; pass < 2; pass++) for (const code of editor.codes) figures.set(code, demoValue(code, editor.unitId, editor.year, editor.quarter, figures));
  // the largest figure (a total, never a part) is the one that changes, upwards, so parts stay within totals
  const first = editor.codes.find((c) => !editor.codes.some((other) => figures.get(other)! > figures.get(c)!)) ?? editor.codes[0];
  const values = Object.fromEntries(editor.codes.map((code) => [code, String(figures.get(code)! + (code === first ? sequence % 3 : 0))]));
  return {
    method: 'POST' as const,
    path: `/reports/${editor.periodId}`,
    // autocannon sends only these headers: Host too, or Next refuses the action as a cross-site request.
    headers: {
      host: new URL(base).host,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      'next-action': action,
      origin: base,
      cookie: editor.cookie,
    },
    body: JSON.stringify([{ unitId: editor.unitId, periodId: editor.periodId, version: editor.version, values, notes: {}, note: null, narrative: null }]),
  };
}

/** The action's answer: { ok, result: { version } } inside the RSC payload. */
export function readAnswer(body: string): { ok: boolean; version: number | null; reportId: number | null; code: string | null } {
  const ok = /"ok":true/.test(body);
  const version = /"version":(\d+)/.exec(body);
  const reportId = /"reportId":(\d+)/.exec(body);
  const code = /"code":"([A-Z_]+)"/.exec(body);
  return { ok, version: version ? Number(version[1]) : null, reportId: reportId ? Number(reportId[1]) : null, code: code?.[1] ?? null };
}

/** One save by each editor, one after the other: proves the request works and warms the server up. */
export async function warmUp(base: string, action: string, editors: Editor[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const editor of editors) {
    const request = draftRequest(base, action, editor);
    const start = performance.now();
    const response = await fetch(`${base}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
    const answer = readAnswer(await response.text());
    latencies.push(performance.now() - start);
    if (!response.ok || !answer.ok || answer.version === null) {
      throw new Error(`The draft save as unit ${editor.unitId} failed: HTTP ${response.status}, ${answer.code ?? 'no ok in the answer'}`);
    }
    editor.version = answer.version;
    editor.reportId = answer.reportId ?? editor.reportId;
  }
  return latencies;
}

export type LoadResult = { firstFailure: string | null; requests: number; errors: number; non2xx: number; refused: number; p50: number; p95: number; p99: number; rps: number; durationS: number };

export async function submissionLoad(base: string, action: string, editors: Editor[], options: { connections: number; durationS: number }): Promise<LoadResult> {
  const free = [...editors];
  let refused = 0;
  let firstFailure: string | null = null;
  const latencies: number[] = [];
  const instance = autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationS,
    timeout: 30,
    requests: [
      {
        // A request takes an editor nobody has in flight, and gives it back with its new version.
        setupRequest: (_request, context) => {
          const editor = free.shift() ?? editors[sequence % editors.length];
          context.editor = editor;
          return draftRequest(base, action, editor);
        },
        onResponse: (status, body, context) => {
          const editor = context.editor as Editor | undefined;
          if (!editor) return;
          const answer = readAnswer(body);
          if (status === 200 && answer.ok && answer.version !== null) editor.version = answer.version;
          else {
            if (status === 200) refused++; // autocannon counts the non-2xx itself
            firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          }
          context.editor = undefined;
          free.push(editor);
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return {
    firstFailure,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    refused,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    durationS: result.duration,
  };
}

/** One POST on a user's own keep-alive connection: status and body. */
function post(agent: http.Agent, url: string, request: ReturnType<typeof draftRequest>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.end(request.body);
  });
}

/**
 * 50 users typing into their forms: each on its own connection saves, waits a think time drawn
 * evenly from `thinkMs` (the autosave fires 1.2 s after typing stops), saves again, for `durationS`.
 * Unlike autocannon's rate limit, which fires every connection at the same instant each second,
 * the users drift apart as real ones do. Every save in flight is awaited, so versions stay in step.
 */
export async function pacedUsers(base: string, action: string, editors: Editor[], options: { durationS: number; thinkMs: [number, number] }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let refused = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  const until = started + options.durationS * 1000;
  const [low, high] = options.thinkMs;
  const user = async (editor: Editor) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Users start at random moments within one think time, not all at once.
    await new Promise((r) => setTimeout(r, Math.random() * high));
    while (performance.now() < until) {
      const request = draftRequest(base, action, editor);
      const start = performance.now();
      try {
        const { status, body } = await post(agent, `${base}${request.path}`, request);
        latencies.push(performance.now() - start);
        const answer = readAnswer(body);
        if (status !== 200) non2xx++;
        if (status === 200 && answer.ok && answer.version !== null) editor.version = answer.version;
        else {
          refused++;
          firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        }
      } catch (error) {
        errors++;
        firstFailure ??= String(error);
      }
      await new Promise((r) => setTimeout(r, low + Math.random() * (high - low)));
    }
    agent.destroy();
  };
  await Promise.all(editors.map(user));
  const durationS = (performance.now() - started) / 1000;
  return {
    firstFailure,
    requests: latencies.length + errors,
    errors,
    non2xx,
    refused: refused - non2xx,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / durationS,
    durationS: Math.round(durationS * 10) / 10,
  };
}

/**
 * The unit heads all press "Submit" at the same moment (the `submitReportAction` Server Action, which
 * validates every figure, snapshots the report and notifies the reviewers), each on their own report.
 */
export async function submitBurst(base: string, action: string, editors: Editor[]): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let refused = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  await Promise.all(
    editors.map(async (editor) => {
      const agent = new http.Agent({ keepAlive: false });
      const body = JSON.stringify([{ reportId: editor.reportId, version: editor.version }]);
      const request = { ...draftRequest(base, action, editor), body };
      const start = performance.now();
      try {
        const { status, body: answerBody } = await post(agent, `${base}${request.path}`, request);
        latencies.push(performance.now() - start);
        const answer = readAnswer(answerBody);
        if (status !== 200) non2xx++;
        else if (!answer.ok) refused++;
        if (status !== 200 || !answer.ok) firstFailure ??= `HTTP ${status}: ${answerBody.slice(0, 300)}`;
      } catch (error) {
        errors++;
        firstFailure ??= String(error);
      }
    }),
  );
  const durationS = (performance.now() - started) / 1000;
  return {
    firstFailure,
    requests: editors.length,
    errors,
    non2xx,
    refused,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / durationS,
    durationS: Math.round(durationS * 10) / 10,
  };
}
