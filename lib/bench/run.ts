/**
 * `npm run bench -- [--size province|nation|both] [--reuse-build] [--requests 60] [--duration 20]`
 *
 * For each size (generated first with `npm run bench:generate`): the production build on the size's
 * database, the leader's page times (sequential GETs after a warm-up: time to the first byte of the
 * HTML and to its last byte; a Server-Timing header when the pages send one), then the report
 * submission (the report form's draft save) under 50 concurrent unit heads with autocannon.
 * Prints the commit, the machine, the row counts and the figures against the targets. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import type { RunningDatabase } from '@/lib/db/embedded';
import { BENCH_LEADER, BENCH_PASSWORD, BENCH_REVIEWER, BENCH_TODAY, benchHead, rowCounts, type RowCounts, type Size } from './generate';
import { benchDatabase, flag } from './database';
import { percentile, signIn, timedGet } from './http';
import { BENCH_DIST_DIR, ensureBuild, startServer } from './server';
import { actionId, submissionLoad, warmUp, type LoadResult } from './submission';
import { benchFixtures } from './fixtures';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The pages measured: the dashboards once they exist, else pages that do (so the harness is proven). */
export function benchRoutes(unitId: number): Array<{ name: string; path: string; page: string }> {
  const dashboards = [
    { name: 'overview', path: '/dashboard', page: 'app/(portal)/dashboard/page.tsx' },
    { name: 'heat map', path: '/dashboard/heatmap', page: 'app/(portal)/dashboard/heatmap/page.tsx' },
    { name: 'unit page', path: `/dashboard/units/${unitId}`, page: 'app/(portal)/dashboard/units/[id]/page.tsx' },
  ];
  if (existsSync(dashboards[0].page)) return dashboards.filter((d) => existsSync(d.page));
  return [
    { name: 'home (no dashboard yet)', path: '/', page: 'app/(portal)/page.tsx' },
    { name: 'review queue (no dashboard yet)', path: '/review', page: 'app/(portal)/review/page.tsx' },
  ];
}

/** The dashboards are the leader's; until they exist, the review queue needs the reviewer. */
function benchUser(routes: ReturnType<typeof benchRoutes>): string {
  return routes.some((r) => r.path === '/review') ? BENCH_REVIEWER : BENCH_LEADER;
}

const TARGETS: Record<Size, { overviewP95: number }> = { province: { overviewP95: 50 }, nation: { overviewP95: 300 } };
const SUBMISSION_P95 = 150;

type PageResult = { name: string; path: string; samples: number; ttfbP50: number; ttfbP95: number; docP50: number; docP95: number; serverTimingP95: number | null; kB: number };
type SizeResult = { size: Size; counts: RowCounts; pages: PageResult[]; submission: LoadResult };

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
  };
}

async function measurePages(base: string, cookie: string, routes: ReturnType<typeof benchRoutes>, requests: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const route of routes) {
    const url = `${base}${route.path}`;
    for (let i = 0; i < 5; i++) {
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

async function benchSize(size: Size, options: { requests: number; durationS: number; connections: number }): Promise<SizeResult & { postgres: string }> {
  let database: RunningDatabase | null = null;
  database = await benchDatabase(size, { fresh: false, log });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    let counts: RowCounts;
    let postgres: string;
    let fixtures: Awaited<ReturnType<typeof benchFixtures>>;
    try {
      const hasReports = await client.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Report'`).then((r) => (r.rowCount ? client.query(`SELECT 1 FROM "Report" LIMIT 1`) : r));
      if (!hasReports.rowCount) throw new Error(`The ${size} database is empty: run \`npm run bench:generate -- --size ${size}\` first.`);
      counts = await rowCounts(client);
      postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
      fixtures = await benchFixtures(client, options.connections);
    } finally {
      await client.end();
    }
    log(`${size}: ${counts.Report} reports, ${counts.ReportValue} values; starting the production server ...`);
    const server = await startServer(database.url, `.data/bench-server-${size}.log`, log);
    try {
      const routes = benchRoutes(fixtures.unitPageId);
      const reader = await signIn(server.base, benchUser(routes), BENCH_PASSWORD);
      const pages = await measurePages(server.base, reader.header(), routes, options.requests);
      const editors = [];
      for (const [i, head] of fixtures.heads.entries()) {
        const jar = await signIn(server.base, benchHead(i + 1), BENCH_PASSWORD);
        editors.push({ ...head, cookie: jar.header() });
      }
      const action = actionId(BENCH_DIST_DIR, 'saveDraftAction', 'lib/reporting/actions.ts');
      await warmUp(server.base, action, editors);
      log(`submission: ${editors.length} unit heads, ${options.connections} connections, ${options.durationS} s ...`);
      const submission = await submissionLoad(server.base, action, editors, { connections: options.connections, durationS: options.durationS });
      return { size, counts, pages, submission, postgres };
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function report(info: ReturnType<typeof machine>, postgres: string, results: SizeResult[]) {
  const lines = [
    '',
    `Benchmark of ${info.commit}, ${info.date}`,
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.ramGiB} GiB RAM; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `Node ${info.node}, PostgreSQL ${postgres}; server clock ${BENCH_TODAY} (2030 Q3 open)`,
    `Page time: sequential GETs (the leader; the reviewer for /review) after 5 warm-up requests; "first byte" = response headers, "document" = last byte of the HTML, measured by a local client${results.some((r) => r.pages.some((p) => p.serverTimingP95 !== null)) ? '; Server-Timing as the pages report it' : ' (the pages send no Server-Timing)'}.`,
  ];
  for (const r of results) {
    lines.push('', `== ${r.size}: ${Object.entries(r.counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    for (const p of r.pages) {
      lines.push(
        `  ${p.name.padEnd(32)} ${p.path.padEnd(22)} n=${p.samples}  first byte p50 ${ms(p.ttfbP50)} p95 ${ms(p.ttfbP95)}  document p50 ${ms(p.docP50)} p95 ${ms(p.docP95)}${p.serverTimingP95 !== null ? `  Server-Timing p95 ${ms(p.serverTimingP95)}` : ''}  (${p.kB} kB)`,
      );
    }
    const overview = r.pages.find((p) => p.path === '/dashboard');
    const target = TARGETS[r.size].overviewP95;
    lines.push(overview ? `  overview p95 (document) ${ms(overview.docP95)} — target < ${target} ms: ${verdict(overview.docP95 < target)}` : `  overview: no /dashboard page yet (target < ${target} ms not measured)`);
    const s = r.submission;
    const errors = s.errors + s.non2xx + s.refused;
    lines.push(
      `  submission (draft save, ${s.requests} requests in ${s.durationS} s, ${s.rps.toFixed(0)} req/s): p50 ${ms(s.p50)} p95 ${ms(s.p95)} p99 ${ms(s.p99)}, errors ${errors} (network ${s.errors}, non-2xx ${s.non2xx}, refused ${s.refused}) — target p95 < ${SUBMISSION_P95} ms and 0 errors: ${verdict(s.p95 < SUBMISSION_P95 && errors === 0)}`,
    );
  }
  for (const r of results) if (r.submission.firstFailure) lines.push(`  (${r.size}: the first refused save: ${r.submission.firstFailure})`);
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
  const options = { requests: Number(flag(argv, 'requests') ?? 60), durationS: Number(flag(argv, 'duration') ?? 20), connections: 50 };
  if (options.requests < 50) throw new Error('--requests must be at least 50');
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
