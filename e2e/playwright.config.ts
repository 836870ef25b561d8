import { createRequire } from 'node:module';
import { defineConfig } from '@playwright/test';

// The same browser lookup as the web unit tests: CHROME_BIN, then /usr/bin/chromium and friends.
// Playwright's own browser download is not used (closed networks, distro Chromium).
const { chromePath } = createRequire(import.meta.url)('../web/scripts/chrome-path.cjs');

const PORT = Number(process.env.E2E_PORT ?? 3199);

export default defineConfig({
  testDir: './specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromePath() ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The built SPA and the API on a brand-new embedded database, as a first-time user gets them.
    command: 'node e2e/start-server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // A quote deadline may be 5 s away (10 minutes in production), so the sourcing chain's passes
    // inside one test by the database's own clock (sourcing.spec.ts).
    env: { PORT: String(PORT), LOG_LEVEL: 'warn', MIN_QUOTE_WINDOW_SECONDS: '5' },
  },
});
