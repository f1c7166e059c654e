/**
 * `npm run bench -- [--size province|nation|both] [--reuse-build] [--requests 60] [--warmup 20] [--duration 20]`
 *
 * For each size (generated first with `npm run bench:generate`): the production build on the size's
 * database, the leader's page times (sequential GETs after a warm-up: time to the first byte of the
 * HTML and to its last byte; a Server-Timing header when the pages send one), then the report
 * submission (the report form's draft save) by 50 unit heads on 50 connections saving back to back
 * with autocannon, by 50 users saving at a typing pace (0.5-1.5 s between saves), and the 50 pressing
 * Submit at once (their reports are set back to drafts afterwards, in the benchmark's own database).
 * Prints the commit, the machine, the row counts and the figures against the targets. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { BENCH_LEADER, BENCH_PASSWORD, BENCH_TODAY, benchHead, rowCounts, type RowCounts, type Size } from './generate';
import { benchDatabase, benchLock, flag, withClient } from './database';
import { percentile, signIn, timedGet } from './http';
import { BENCH_DIST_DIR, ensureBuild, startServer } from './server';
import { pacedUsers, submissionLoad, submitBurst, warmUp, type LoadResult } from './submission';
import { backToDrafts, benchFixtures, isGenerated } from './fixtures';
import { actionId } from './server-actions';
import { cpuSnapshot, cpuUse, type CpuUse } from './cpu';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The leader's pages measured: the overview, the heat map and a unit page. */
function benchRoutes(unitId: number): Array<{ name: string; path: string }> {
  return [
    { name: 'overview', path: '/dashboard' },
    { name: 'heat map', path: '/dashboard/heatmap' },
    { name: 'unit page', path: `/dashboard/units/${unitId}` },
  ];
}

const TARGETS: Record<Size, { overviewP95: number }> = { province: { overviewP95: 50 }, nation: { overviewP95: 300 } };
const SUBMISSION_P95 = 150;

type PageResult = { name: string; path: string; samples: number; ttfbP50: number; ttfbP95: number; docP50: number; docP95: number; serverTimingP95: number | null; kB: number };
type SizeResult = { warmup: number; size: Size; counts: RowCounts; pages: PageResult[]; single: { p50: number; p95: number }; submission: LoadResult; submissionCpu: CpuUse; paced: LoadResult; submit: LoadResult };

function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const memKb = Number(/MemTotal:\s*(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const git = (cmd: string) => {
    try {
      return execSync(`git ${cmd}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status --porcelain --untracked-files=no') !== '';
  return {
    commit: `${git('rev-parse --short HEAD') || 'unknown'}${dirty ? ' (with uncommitted changes in the tree)' : ''}`,
    date: new Date().toISOString(),
    cpu,
    cores: os.cpus().length,
    ramGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    node: process.version,
    loadAtStart: os.loadavg(),
  };
}

async function measurePages(base: string, cookie: string, routes: ReturnType<typeof benchRoutes>, requests: number, warmup: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const route of routes) {
    const url = `${base}${route.path}`;
    for (let i = 0; i < warmup; i++) {
      const warm = await timedGet(url, cookie);
      if (warm.status !== 200) throw new Error(`GET ${route.path} answered ${warm.status}`);
    }
    const samples = [];
    for (let i = 0; i < requests; i++) {
      const s = await timedGet(url, cookie);
      if (s.status !== 200) throw new Error(`GET ${route.path} answered ${s.status}`);
      samples.push(s);
    }
    const timings = samples.map((s) => s.serverTimingMs).filter((v): v is number => v !== null);
    results.push({
      name: route.name,
      path: route.path,
      samples: samples.length,
      ttfbP50: percentile(samples.map((s) => s.ttfbMs), 50),
      ttfbP95: percentile(samples.map((s) => s.ttfbMs), 95),
      docP50: percentile(samples.map((s) => s.totalMs), 50),
      docP95: percentile(samples.map((s) => s.totalMs), 95),
      serverTimingP95: timings.length === samples.length ? percentile(timings, 95) : null,
      kB: Math.round(samples[0].bytes / 102.4) / 10,
    });
    log(`${route.path}: document p50 ${results.at(-1)!.docP50.toFixed(1)} ms, p95 ${results.at(-1)!.docP95.toFixed(1)} ms`);
  }
  return results;
}

/** Waits for the saves still in the server, then reads each editor's report version from the database. */
async function syncVersions(url: string, editors: Array<{ unitId: number; periodId: number; version: number }>) {
  await new Promise((r) => setTimeout(r, 5_000));
  const { rows } = await withClient(url, (client) =>
    client.query<{ unitId: number; version: number }>(`SELECT "unitId", version FROM "Report" WHERE "periodId" = $1 AND "unitId" = ANY($2::int[])`, [editors[0].periodId, editors.map((e) => e.unitId)]),
  );
  const versionOf = new Map(rows.map((r) => [r.unitId, r.version]));
  for (const editor of editors) editor.version = versionOf.get(editor.unitId) ?? editor.version;
}

async function benchSize(size: Size, options: { requests: number; warmup: number; durationS: number; connections: number }): Promise<SizeResult & { postgres: string }> {
  const database = await benchDatabase(size, { fresh: false, log });
  try {
    const { counts, postgres, fixtures } = await withClient(database.url, async (client) => {
      if (!(await isGenerated(client))) throw new Error(`The ${size} database is empty: run \`npm run bench:generate -- --size ${size}\` first.`);
      return {
        counts: await rowCounts(client),
        postgres: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
        fixtures: await benchFixtures(client, options.connections),
      };
    });
    log(`${size}: ${counts.Report} reports, ${counts.ReportValue} values; starting the production server ...`);
    const server = await startServer(database.url, `.data/bench-server-${size}.log`, log);
    try {
      const routes = benchRoutes(fixtures.unitPageId);
      const reader = await signIn(server.base, BENCH_LEADER, BENCH_PASSWORD);
      const pages = await measurePages(server.base, reader.header(), routes, options.requests, options.warmup);
      const editors = [];
      for (const [i, head] of fixtures.heads.entries()) {
        const jar = await signIn(server.base, benchHead(i + 1), BENCH_PASSWORD);
        editors.push({ ...head, cookie: jar.header() });
      }
      const action = actionId(BENCH_DIST_DIR, 'saveDraftAction', 'lib/reporting/actions.ts');
      const single = await warmUp(server.base, action, editors);
      log(`draft save one at a time (warm-up, ${single.length} saves): p50 ${percentile(single, 50).toFixed(1)} ms, p95 ${percentile(single, 95).toFixed(1)} ms`);
      // The target: 50 unit heads saving back to back on 50 connections (autocannon) ...
      log(`submission: ${editors.length} unit heads on ${options.connections} connections back to back, ${options.durationS} s ...`);
      const cpuBefore = cpuSnapshot(server.pid);
      const submission = await submissionLoad(server.base, action, editors, { connections: options.connections, durationS: options.durationS });
      const submissionCpu = cpuUse(cpuBefore, cpuSnapshot(server.pid), submission.requests, submission.durationS);
      // autocannon stops with saves in flight, which the server still finishes: their versions are read back.
      await syncVersions(database.url, editors);
      // ... and, for the record, 50 users at the form's pace (a think time of 0.5-1.5 s between saves).
      log(`paced: ${editors.length} unit heads saving every 0.5-1.5 s, ${options.durationS} s ...`);
      const paced = await pacedUsers(server.base, action, editors, { durationS: options.durationS, thinkMs: [500, 1500] });
      // ... and the 50 heads pressing Submit at the same moment; their reports go back to drafts for the next run.
      log(`submit: ${editors.length} unit heads press Submit at once ...`);
      const submit = await submitBurst(server.base, actionId(BENCH_DIST_DIR, 'submitReportAction', 'lib/reporting/actions.ts'), editors);
      await backToDrafts(database.url, editors);
      return { warmup: options.warmup, size, counts, pages, single: { p50: percentile(single, 50), p95: percentile(single, 95) }, submission, submissionCpu, paced, submit, postgres };
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

/** "server 7.5 ms a save (115 % of a core; its JavaScript thread ...), ..." and what limits the saves a second at that cost. */
function cpuText(use: CpuUse): string {
  const sides = use.shares
    .map((s) => {
      const thread = s.side === 'server' ? `; its JavaScript thread ${use.serverThread.msPerRequest.toFixed(2)} ms, ${Math.round(100 * use.serverThread.coreShare)} %` : '';
      return `${s.side} ${s.msPerRequest.toFixed(2)} ms a save (${Math.round(100 * s.coreShare)} % of a core${thread})`;
    })
    .join(', ');
  const limit = use.limit === 'server thread' ? "the server's one JavaScript thread allows" : `the ${use.cores} cores shared by the server and PostgreSQL allow`;
  const ceiling = use.ceilingPerSecond === null ? '' : `; at these costs ${limit} at most ${Math.round(use.ceilingPerSecond)} saves/s`;
  return `${sides}${ceiling}`;
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function report(info: ReturnType<typeof machine>, postgres: string, results: SizeResult[]) {
  const lines = [
    '',
    `Benchmark of ${info.commit}, ${info.date}`,
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.ramGiB} GiB RAM; load average (1/5/15 min) ${info.loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end (other work on the machine skews the figures)`,
    `Node ${info.node}, PostgreSQL ${postgres}; server clock ${BENCH_TODAY} (2030 Q3 open)`,
    `Page time: sequential GETs by the leader after ${results[0]?.warmup ?? 0} warm-up requests each; "first byte" = response headers, "document" = last byte of the HTML, measured by a local client${results.some((r) => r.pages.some((p) => p.serverTimingP95 !== null)) ? '; Server-Timing as the pages report it' : ' (the pages send no Server-Timing)'}.`,
  ];
  for (const r of results) {
    lines.push('', `== ${r.size}: ${Object.entries(r.counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    for (const p of r.pages) {
      lines.push(
        `  ${p.name.padEnd(32)} ${p.path.padEnd(22)} n=${p.samples}  first byte p50 ${ms(p.ttfbP50)} p95 ${ms(p.ttfbP95)}  document p50 ${ms(p.docP50)} p95 ${ms(p.docP95)}${p.serverTimingP95 !== null ? `  Server-Timing p95 ${ms(p.serverTimingP95)}` : ''}  (${p.kB} kB)`,
      );
    }
    const overview = r.pages.find((p) => p.path === '/dashboard')!;
    const target = TARGETS[r.size].overviewP95;
    lines.push(`  overview p95 (document) ${ms(overview.docP95)} — target < ${target} ms: ${verdict(overview.docP95 < target)}`);
    const load = (s: LoadResult) => {
      const errors = s.errors + s.non2xx + s.refused;
      return { errors, text: `${s.requests} requests in ${s.durationS} s (${s.rps.toFixed(0)}/s): p50 ${ms(s.p50)} p95 ${ms(s.p95)} p99 ${ms(s.p99)}, errors ${errors} (network ${s.errors}, non-2xx ${s.non2xx}, refused ${s.refused})` };
    };
    const closed = load(r.submission);
    const paced = load(r.paced);
    const meets = (s: LoadResult, errors: number) => verdict(s.p95 < SUBMISSION_P95 && errors === 0);
    lines.push(`  draft save alone (one at a time): p50 ${ms(r.single.p50)} p95 ${ms(r.single.p95)}`);
    lines.push(`  submission, 50 connections back to back (autocannon): ${closed.text} — target p95 < ${SUBMISSION_P95} ms, 0 errors: ${meets(r.submission, closed.errors)}`);
    lines.push(`    CPU during it: ${cpuText(r.submissionCpu)}`);
    lines.push(`  submission, 50 users saving every 0.5-1.5 s:          ${paced.text} — same target: ${meets(r.paced, paced.errors)}`);
    const submit = load(r.submit);
    lines.push(`  submit, 50 unit heads pressing Submit at once:        ${submit.text} — same target: ${meets(r.submit, submit.errors)}`);
  }
  for (const r of results) {
    for (const s of [r.submission, r.paced, r.submit]) if (s.firstFailure) lines.push(`  (${r.size}: the first refused save: ${s.firstFailure})`);
  }
  console.log(lines.join('\n'));
  mkdirSync('.data', { recursive: true });
  const file = `.data/bench-${info.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ ...info, postgres, loadavg: os.loadavg(), results }, null, 2));
  console.log(`\n(figures also in ${file})`);
}

async function main() {
  const argv = process.argv.slice(2);
  const which = flag(argv, 'size') ?? 'both';
  if (!['province', 'nation', 'both'].includes(which)) throw new Error(`--size must be province, nation or both, not ${which}`);
  const sizes: Size[] = which === 'both' ? ['province', 'nation'] : [which as Size];
  const options = { requests: Number(flag(argv, 'requests') ?? 60), warmup: Number(flag(argv, 'warmup') ?? 20), durationS: Number(flag(argv, 'duration') ?? 20), connections: 50 };
  if (options.requests < 50) throw new Error('--requests must be at least 50');
  benchLock('bench');
  const info = machine();
  ensureBuild({ reuse: argv.includes('--reuse-build'), log });
  const results: SizeResult[] = [];
  let postgres = '';
  for (const size of sizes) {
    const result = await benchSize(size, options);
    postgres = result.postgres;
    results.push(result);
  }
  report(info, postgres, results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
