/**
 * `npm run test:e2e`: makes sure Debian's Chromium is there (installs it with apt as root when it is
 * not), builds the app into .next-e2e-<port> (E2E_PORT, default 3100), and runs Playwright, which starts the server on a fresh
 * embedded database (playwright.config.ts).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(chromium)) {
  if (userInfo().uid !== 0) {
    console.error(`Chromium is not at ${chromium}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('[e2e] installing Debian\'s Chromium ...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}

const port = Number(process.env.E2E_PORT ?? 3100);
const env = { NEXT_DIST_DIR: `.next-e2e-${port}`, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' };
// An external DATABASE_URL is for the app, not for the disposable end-to-end database.
delete process.env.DATABASE_URL;
run('npx', ['next', 'build'], env);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], env);
