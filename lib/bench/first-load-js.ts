/**
 * `npm run bench:js [-- --build]`: the JavaScript a first visit downloads, gzipped.
 *
 * Serves the benchmark build (.next-bench; built when missing or with --build) on the province
 * benchmark database, signs in, opens each page in Debian's Chromium with an empty cache, records
 * every response of type script, and sums the size of each body gzipped by zlib at level 9 (the
 * bodies as the browser decoded them, so the figure does not depend on what the server compressed).
 * Every script of the first visit counts, also those fetched after the load event (code split off
 * and loaded later is still downloaded by the visit): the total to network idle is judged against
 * 200 kB; the part requested before the load event is shown beside it.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';
import { BENCH_LEADER, BENCH_PASSWORD, benchHead, generate, SIZES } from './generate';
import { benchDatabase, benchLock } from './database';
import { signIn } from './http';
import { BENCH_DIST_DIR, ensureBuild, startServer } from './server';
import { benchFixtures, isGenerated } from './fixtures';

const LIMIT_KB = 200;
const log = (line: string) => console.log(`[bench:js] ${line}`);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

type Measured = { name: string; path: string; largest: string[]; scripts: number; loadKb: number; idleKb: number; rawLoadKb: number; idle: boolean };

async function measure(browser: Browser, base: string, cookie: string, route: { name: string; path: string }): Promise<Measured> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const host = new URL(base).hostname;
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const eq = pair.indexOf('=');
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: host, path: '/' };
    }),
  );
  const page = await context.newPage();
  let loaded = false;
  page.on('load', () => (loaded = true));
  const scripts: Array<Promise<{ url: string; gz: number; raw: number; atLoad: boolean }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const atLoad = !loaded;
    scripts.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gz: gzipSync(body, { level: 9 }).length, raw: body.length, atLoad }))
        .catch(() => ({ url: response.url(), gz: 0, raw: 0, atLoad })),
    );
  });
  const response = await page.goto(`${base}${route.path}`, { waitUntil: 'load' });
  if (!response || response.status() !== 200 || new URL(page.url()).pathname !== route.path) {
    throw new Error(`${route.path} answered ${response?.status()} at ${page.url()}`);
  }
  // A page that keeps the network busy (polling) is counted up to 10 s after its load.
  const idle = await page.waitForLoadState('networkidle', { timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  const sizes = await Promise.all(scripts);
  await context.close();
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const sum = (list: typeof sizes, key: 'gz' | 'raw') => list.reduce((s, x) => s + x[key], 0);
  const atLoad = sizes.filter((s) => s.atLoad);
  const largest = [...sizes].sort((a, b) => b.gz - a.gz).slice(0, 3).map((s) => `${new URL(s.url).pathname.split('/').pop()} ${kb(s.gz)} kB`);
  return { name: route.name, path: route.path, idle, largest, scripts: sizes.length, loadKb: kb(sum(atLoad, 'gz')), idleKb: kb(sum(sizes, 'gz')), rawLoadKb: kb(sum(atLoad, 'raw')) };
}

async function main() {
  benchLock('bench:js');
  ensureBuild({ reuse: !process.argv.includes('--build'), log });
  const database = await benchDatabase('province', { fresh: false, log });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    let fixtures;
    try {
      if (!(await isGenerated(client))) {
        log('the province benchmark database is empty: generating it ...');
        await migrate(database.url, { log });
        await seed(database.url, { demo: false, log });
        await generate({ databaseUrl: database.url, ...SIZES.province, log });
      }
      fixtures = await benchFixtures(client, 1);
    } finally {
      await client.end();
    }
    const server = await startServer(database.url, '.data/bench-server-js.log', log);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const leader = (await signIn(server.base, BENCH_LEADER, BENCH_PASSWORD)).header();
      const head = (await signIn(server.base, benchHead(1), BENCH_PASSWORD)).header();
      // The budget (issue 5.10) is the dashboard's and the report form's; the two statistics pages,
      // which draw with recharts (docs/decisions/010-live-dashboards.md), are printed for the record.
      const routes = [
        { name: 'home (baseline)', path: '/', cookie: leader, budget: true },
        { name: 'dashboard', path: '/dashboard', cookie: leader, budget: true },
        { name: 'heat map', path: '/dashboard/heatmap', cookie: leader, budget: true },
        { name: 'unit page', path: `/dashboard/units/${fixtures.unitPageId}`, cookie: leader, budget: true },
        { name: 'report form', path: `/reports/${fixtures.heads[0].periodId}`, cookie: head, budget: true },
        { name: 'reporting health', path: '/dashboard/reporting', cookie: leader, budget: false },
        { name: 'commendations', path: '/dashboard/commendations', cookie: leader, budget: false },
      ];
      const results: Measured[] = [];
      for (const route of routes) results.push(await measure(browser, server.base, route.cookie, route));
      console.log(`\nFirst-load JavaScript (${BENCH_DIST_DIR}), gzip -9 of each script body, summed:`);
      const over = (r: Measured, i: number) => routes[i].budget && r.idleKb > LIMIT_KB;
      for (const [i, r] of results.entries()) {
        const flag = over(r, i) ? `  OVER ${LIMIT_KB} kB` : routes[i].budget ? '' : '  (recharts; outside the budget)';
        const until = r.idle ? 'to network idle' : 'within 10 s, the network never idle';
        console.log(`  ${r.name.padEnd(18)} ${r.path.padEnd(24)} ${String(r.scripts).padStart(3)} scripts, ${r.idleKb} kB gz ${until}${flag}  (before the load event: ${r.loadKb} kB gz, ${r.rawLoadKb} kB raw)`);
        if (over(r, i)) console.log(`      largest: ${r.largest.join(', ')}`);
      }
      if (results.some(over)) process.exitCode = 1;
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
