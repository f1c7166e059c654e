import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the production build (NEXT_DIST_DIR=.next-e2e-<port>),
 * served on its own embedded database, recreated with demo data for every run. The clock starts at
 * a fixed instant so that periods, deadlines and lateness read the same on any day.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Everything a run owns is keyed by its port, so two runs (E2E_PORT=3101 ...) never collide.
export const E2E_DIST_DIR = `.next-e2e-${E2E_PORT}`;
export const E2E_CLOCK = '2026-11-26T09:00:00+07:00';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `.data/pw-results-${E2E_PORT}`,
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: {
    command: `npx tsx --conditions=react-server lib/cli/with-database.ts --fresh -- npx next start -p ${E2E_PORT}`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NEXT_DIST_DIR: E2E_DIST_DIR,
      EMBEDDED_PG_DIR: `.data/e2e-pg-${E2E_PORT}`,
      EMBEDDED_PG_PORT: String(54331 + E2E_PORT - 3100),
      EMBEDDED_PG_DATABASE: 'thidua_e2e',
      SEED_DEMO: '1',
      APP_CLOCK: E2E_CLOCK,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
