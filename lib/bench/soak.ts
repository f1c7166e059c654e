/**
 * `npm run bench:soak -- [--minutes 10] [--users 50] [--reuse-build]`
 *
 * The soak: the production build on the province benchmark database (`npm run bench:generate --
 * --size province` first) and `users` people using it at once for `minutes`, as the portal is used
 * in the last days before a report is due:
 *
 * - unit heads (all but the leaders and reviewers) open their report form, save the draft a few times
 *   at a typing pace, submit it, look at their home page and notifications while it waits, and edit it
 *   again once Home Affairs returns it;
 * - Home Affairs reviewers (1 in 12) open the queue, open the oldest submitted report and return it
 *   with a comment (the version is read from the page's form, as the browser posts it);
 * - provincial leaders (1 in 6) move between the dashboards.
 *
 * Every request is the browser's (pages as navigations, Server Actions as React posts them). Any
 * answer other than a 200 page or an accepted action counts as an error. Every 5 s the server
 * (started with --expose-gc) reports its heap after a full collection (instrumentation.ts) and its
 * resident memory is read; both are printed at the start, each minute and at the end, and the heap
 * after collection is what must stay flat. Not part of `npm test`; the figures go to
 * `.data/soak-<date>.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { BENCH_LEADER, BENCH_PASSWORD, BENCH_REVIEWER, benchHead } from './generate';
import { benchDatabase, benchLock, flag, withClient } from './database';
import { backToDrafts, benchFixtures, isGenerated } from './fixtures';
import { percentile, signIn } from './http';
import { BENCH_DIST_DIR, ensureBuild, startServer } from './server';
import { actionId, formActionBody } from './server-actions';
import { draftRequest, readAnswer, warmUp, type Editor } from './submission';
import { listProcesses } from './processes';

const log = (line: string) => console.log(`[soak] ${line}`);
const pause = (low: number, high: number) => new Promise((r) => setTimeout(r, low + Math.random() * (high - low)));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

type Kind = 'page' | 'save' | 'submit' | 'return';
type Answer = { status: number; body: string; redirect: string | null };

/** Counts, latencies and the first few failures of each kind of request. */
class Tally {
  readonly latencies: Record<Kind, number[]> = { page: [], save: [], submit: [], return: [] };
  readonly errors: Record<Kind, number> = { page: 0, save: 0, submit: 0, return: 0 };
  readonly failures: string[] = [];

  get requests() {
    return Object.values(this.latencies).reduce((n, l) => n + l.length, 0);
  }

  get errorCount() {
    return Object.values(this.errors).reduce((n, e) => n + e, 0);
  }

  /** Times `send`; `ok` judges the answer. Returns the answer when it was judged ok. */
  async time(kind: Kind, what: string, send: () => Promise<Answer>, ok: (a: Answer) => boolean): Promise<Answer | null> {
    const started = performance.now();
    try {
      const answer = await send();
      this.latencies[kind].push(performance.now() - started);
      if (ok(answer)) return answer;
      this.fail(kind, `${what}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
    } catch (error) {
      this.latencies[kind].push(performance.now() - started);
      this.fail(kind, `${what}: ${(error as Error).message}`);
    }
    return null;
  }

  private fail(kind: Kind, text: string) {
    this.errors[kind]++;
    if (this.failures.length < 10) this.failures.push(text);
  }
}

let retried = 0;

/**
 * One request on a user's own keep-alive connection, as the browser sends it. Like a browser, a GET
 * whose kept-alive connection the server closed at that very moment (its keep-alive timeout) is sent
 * again once on a new connection; the retries are counted and printed.
 */
async function request(agent: http.Agent, url: string, options: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer | string }): Promise<Answer> {
  try {
    return await send(agent, url, options);
  } catch (error) {
    const closed = /socket hang up|ECONNRESET/.test((error as Error).message);
    if (options.method !== 'GET' || !closed) throw error;
    retried++;
    return send(agent, url, options);
  }
}

function send(agent: http.Agent, url: string, options: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer | string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers = body ? { ...options.headers, 'content-length': String(body.byteLength) } : options.headers;
    const req = http.request(url, { method: options.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const redirect = res.headers['x-action-redirect'];
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), redirect: typeof redirect === 'string' ? redirect : null });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

type Session = { cookie: string; agent: http.Agent };
type Context = { base: string; until: number; tally: Tally; actions: Record<'save' | 'submit' | 'return', string>; queue: Editor[]; waiting: Set<Editor> };

function page(context: Context, session: Session, path: string) {
  return context.tally.time(
    'page',
    `GET ${path}`,
    () => request(session.agent, `${context.base}${path}`, { method: 'GET', headers: { cookie: session.cookie, accept: 'text/html' } }),
    (a) => a.status === 200,
  );
}

function actionHeaders(context: Context, session: Session, action: string, contentType: string) {
  return { host: new URL(context.base).host, accept: 'text/x-component', 'content-type': contentType, 'next-action': action, origin: context.base, cookie: session.cookie };
}

/** A unit head: a few saves at a typing pace, Submit, then reading pages until Home Affairs returns the report. */
async function unitHead(context: Context, editor: Editor, versionOf: (e: Editor) => Promise<number>) {
  const session: Session = { cookie: editor.cookie, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) };
  const form = `/reports/${editor.periodId}`;
  await pause(0, 3000);
  while (performance.now() < context.until) {
    await page(context, session, form);
    for (let saves = 2 + Math.floor(Math.random() * 4); saves > 0 && performance.now() < context.until; saves--) {
      await pause(800, 2500);
      const draft = draftRequest(context.base, context.actions.save, editor);
      const answer = await context.tally.time('save', `save ${form}`, () => request(session.agent, `${context.base}${draft.path}`, { method: 'POST', headers: draft.headers, body: draft.body }), (a) => {
        const read = readAnswer(a.body);
        return a.status === 200 && read.ok && read.version !== null;
      });
      if (answer) editor.version = readAnswer(answer.body).version!;
    }
    if (performance.now() >= context.until) break;
    await pause(1000, 3000);
    const submitted = await context.tally.time(
      'submit',
      `submit ${form}`,
      () =>
        request(session.agent, `${context.base}${form}`, {
          method: 'POST',
          headers: actionHeaders(context, session, context.actions.submit, 'text/plain;charset=UTF-8'),
          body: JSON.stringify([{ reportId: editor.reportId, version: editor.version }]),
        }),
      (a) => a.status === 200 && readAnswer(a.body).ok,
    );
    if (!submitted) continue;
    // Waiting for Home Affairs: the home page and the notifications, now and then.
    context.waiting.add(editor);
    context.queue.push(editor);
    while (context.waiting.has(editor) && performance.now() < context.until) {
      await pause(3000, 8000);
      if (context.waiting.has(editor)) await page(context, session, pick(['/', '/notifications', form]));
    }
    // The form reloads with the report as the reviewer left it.
    if (!context.waiting.has(editor)) editor.version = await versionOf(editor);
  }
  session.agent.destroy();
}

/** A Home Affairs reviewer: the queue, then the oldest submitted report, returned with a comment. */
async function reviewer(context: Context, cookie: string) {
  const session: Session = { cookie, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) };
  await pause(0, 2000);
  while (performance.now() < context.until) {
    await page(context, session, '/review');
    const editor = context.queue.shift();
    if (!editor) {
      await pause(1000, 3000);
      continue;
    }
    await pause(500, 1500);
    const detail = await page(context, session, `/review/reports/${editor.reportId}`);
    const version = detail && /name="version" value="(\d+)"/.exec(detail.body)?.[1];
    if (!version) {
      // Not reviewable after all: the head goes back to editing.
      context.waiting.delete(editor);
      continue;
    }
    await pause(1000, 3000);
    const { body, contentType } = formActionBody({ reportId: String(editor.reportId), version, 'c.general': 'Đề nghị rà soát lại số liệu và bổ sung thuyết minh.' });
    await context.tally.time(
      'return',
      `return report ${editor.reportId}`,
      () => request(session.agent, `${context.base}/review/reports/${editor.reportId}`, { method: 'POST', headers: actionHeaders(context, session, context.actions.return, contentType), body }),
      (a) => a.status === 200 && a.redirect !== null,
    );
    context.waiting.delete(editor);
  }
  session.agent.destroy();
}

/** A provincial leader moving between the dashboards. */
async function leader(context: Context, cookie: string, unitPageId: number) {
  const session: Session = { cookie, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) };
  const pages = ['/dashboard', '/dashboard/heatmap', '/dashboard/reporting', '/dashboard/commendations', `/dashboard/units/${unitPageId}`, '/'];
  await pause(0, 3000);
  while (performance.now() < context.until) {
    await page(context, session, pick(pages));
    await pause(2000, 6000);
  }
  session.agent.destroy();
}

/** The server's latest `[memory]` line (instrumentation.ts): its heap after a full collection, in MB. */
class HeapWatch {
  heapMB = NaN;
  private rest = '';

  read = (text: string) => {
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) {
      const heap = /\[memory\] gc=yes .*heapUsed=([\d.]+)/.exec(line);
      if (heap) this.heapMB = Number(heap[1]);
    }
  };
}

/** The processes of a process group (the server's: with-database, npx, next start) with their resident set in MB. */
function groupMemory(groupId: number): Array<{ pid: number; name: string; rssMB: number }> {
  const found = [];
  for (const { pid } of listProcesses().filter((p) => p.group === groupId)) {
    try {
      const rssKb = Number(/VmRSS:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      const name = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ');
      found.push({ pid, name, rssMB: rssKb / 1024 });
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

/** The web server itself: the process Next names next-server, else the group's largest. */
function serverMemoryMB(groupId: number): number {
  const processes = groupMemory(groupId);
  const server = processes.find((p) => p.name.startsWith('next-server')) ?? processes.sort((a, b) => b.rssMB - a.rssMB)[0];
  return server?.rssMB ?? NaN;
}

const mb = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} MB`);
const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);

async function main() {
  const argv = process.argv.slice(2);
  const minutes = Number(flag(argv, 'minutes') ?? 10);
  const users = Number(flag(argv, 'users') ?? 50);
  if (!(minutes > 0) || !Number.isInteger(users) || users < 6 || users > 50) throw new Error('--minutes must be positive and --users between 6 and 50');
  benchLock('bench:soak');
  const reviewers = Math.max(1, Math.round(users / 12));
  const leaders = Math.max(1, Math.round(users / 6));
  const heads = users - reviewers - leaders;
  ensureBuild({ reuse: argv.includes('--reuse-build'), log });

  const database = await benchDatabase('province', { fresh: false, log });
  try {
    const fixtures = await withClient(database.url, async (client) => {
      if (!(await isGenerated(client))) throw new Error('The province database is empty: run `npm run bench:generate -- --size province` first.');
      return benchFixtures(client, heads);
    });
    await backToDrafts(database.url, fixtures.heads);
    const heap = new HeapWatch();
    const server = await startServer(database.url, '.data/bench-server-soak.log', log, {
      env: { NODE_OPTIONS: '--expose-gc', MEMORY_REPORT_SECONDS: '5' },
      onOutput: heap.read,
    });
    try {
      const editors: Editor[] = [];
      for (const [i, head] of fixtures.heads.entries()) editors.push({ ...head, cookie: (await signIn(server.base, benchHead(i + 1), BENCH_PASSWORD)).header() });
      const cookies = async (username: string, n: number) => Promise.all(Array.from({ length: n }, async () => (await signIn(server.base, username, BENCH_PASSWORD)).header()));
      const leaderCookies = await cookies(BENCH_LEADER, leaders);
      const reviewerCookies = await cookies(BENCH_REVIEWER, reviewers);
      const actions = {
        save: actionId(BENCH_DIST_DIR, 'saveDraftAction', 'lib/reporting/actions.ts'),
        submit: actionId(BENCH_DIST_DIR, 'submitReportAction', 'lib/reporting/actions.ts'),
        return: actionId(BENCH_DIST_DIR, 'returnReportAction', 'lib/review/actions.ts'),
      };
      // One save each (the report's id and version), then the memory at the start.
      await warmUp(server.base, actions.save, editors);
      const durationMs = minutes * 60_000;
      const started = performance.now();
      const context: Context = { base: server.base, until: started + durationMs, tally: new Tally(), actions, queue: [], waiting: new Set() };
      const samples: Sample[] = [];
      const sample = () => {
        const at = { atS: Math.round((performance.now() - started) / 1000), rssMB: serverMemoryMB(server.pid), heapMB: heap.heapMB, requests: context.tally.requests, errors: context.tally.errorCount };
        samples.push(at);
        if (at.atS % 60 < 5) log(`${Math.floor(at.atS / 60)}:${String(at.atS % 60).padStart(2, '0')}  ${at.requests} requests, ${at.errors} errors, server ${mb(at.rssMB)} resident, heap ${mb(at.heapMB)} after GC`);
      };
      log(`${users} users for ${minutes} min: ${heads} unit heads, ${reviewers} reviewers, ${leaders} leaders on ${server.base}`);
      sample();
      const timer = setInterval(sample, 5_000);
      const versionOf = (editor: Editor) =>
        withClient(database.url, async (client) => (await client.query<{ version: number }>(`SELECT version FROM "Report" WHERE id = $1`, [editor.reportId])).rows[0].version);
      await Promise.all([
        ...editors.map((e) => unitHead(context, e, versionOf)),
        ...reviewerCookies.map((c) => reviewer(context, c)),
        ...leaderCookies.map((c) => leader(context, c, fixtures.unitPageId)),
      ]);
      clearInterval(timer);
      sample();
      report({ minutes, users, heads, reviewers, leaders, durationS: (performance.now() - started) / 1000, tally: context.tally, samples });
    } finally {
      await server.stop();
      await backToDrafts(database.url, fixtures.heads);
    }
  } finally {
    await database.stop();
  }
}

type Sample = { atS: number; rssMB: number; heapMB: number; requests: number; errors: number };

function report(run: { minutes: number; users: number; heads: number; reviewers: number; leaders: number; durationS: number; tally: Tally; samples: Sample[] }) {
  const { tally, samples } = run;
  const durationS = samples.at(-1)!.atS;
  // The heap after a full collection, lowest of a window (the fewest requests in flight): the first
  // two minutes after the warm-up minute against the last two. Resident memory is printed too, but a
  // collector that has room grows it lazily, so it is not what "flat" is judged on.
  const lowest = (from: number, to: number) => Math.min(...samples.filter((s) => s.atS >= from && s.atS <= to && !Number.isNaN(s.heapMB)).map((s) => s.heapMB));
  const early = lowest(60, 180);
  const late = lowest(durationS - 120, durationS);
  const growth = (late - early) / early;
  const flat = growth < 0.1;
  // the server's first report comes a few seconds in
  const first = samples.find((s) => !Number.isNaN(s.heapMB)) ?? samples[0];
  const lines = [
    '',
    `Soak: ${run.users} users (unit heads ${run.heads}, reviewers ${run.reviewers}, leaders ${run.leaders}) for ${(run.durationS / 60).toFixed(1)} min against the production build`,
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `Requests: ${tally.requests} (${(tally.requests / run.durationS).toFixed(1)}/s), errors ${tally.errorCount} — target 0: ${tally.errorCount === 0 ? 'PASS' : 'FAIL'}${retried ? ` (${retried} GETs sent again after the server closed an idle connection, as a browser does)` : ''}`,
  ];
  for (const kind of ['page', 'save', 'submit', 'return'] as const) {
    const l = tally.latencies[kind];
    lines.push(`  ${kind.padEnd(7)} ${String(l.length).padStart(6)} requests, ${tally.errors[kind]} errors, p50 ${ms(percentile(l, 50))}, p95 ${ms(percentile(l, 95))}, p99 ${ms(percentile(l, 99))}`);
  }
  const minutes = samples.filter((s, i) => i === 0 || i === samples.length - 1 || s.atS % 60 < 5);
  lines.push(
    `Server memory (next start): at the start ${mb(first.heapMB)} heap after GC, ${mb(first.rssMB)} resident (${first.atS} s in); at the end ${mb(samples.at(-1)!.heapMB)} heap, ${mb(samples.at(-1)!.rssMB)} resident`,
    `  heap after GC, lowest of minutes 1-3 ${mb(early)}, of the last two minutes ${mb(late)}: growth ${(growth * 100).toFixed(1)}% — flat (under 10%): ${flat ? 'PASS' : 'FAIL'}`,
    `  each minute, heap after GC: ${minutes.map((s) => mb(s.heapMB)).join(', ')}`,
    `  each minute, resident:      ${minutes.map((s) => mb(s.rssMB)).join(', ')}`,
  );
  for (const failure of tally.failures) lines.push(`  failure: ${failure}`);
  console.log(lines.join('\n'));
  mkdirSync('.data', { recursive: true });
  const file = `.data/soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ ...run, tally: { errors: tally.errors, requests: tally.requests, failures: tally.failures } }, null, 2));
  console.log(`\n(figures also in ${file})`);
  if (tally.errorCount > 0 || !flat) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
