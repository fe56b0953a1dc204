import { defineConfig, devices } from '@playwright/test';
import { env, TEST_PROXY } from './tests/e2e/env';

// Run through `npm run test:e2e`, which builds the app, finds the browser,
// provides a fresh database in DATABASE_URL and a free port in E2E_PORT.
if (env.E2E_PORT === undefined) throw new Error('E2E_PORT is not set: run the suite with `npm run test:e2e`, which picks a free port.');
const port = env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: env.CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@quiet/ },
    // Tests that judge the page's main thread by the clock (a 50 ms long
    // task) run alone, after the rest (tests/e2e/run.ts runs this project
    // second): on 2 cores shared with another worker and the server, a 5 ms
    // task can wait 50 ms for a core. Playwright's trace is off for them, as
    // its DOM snapshots run on that main thread too.
    { name: 'quiet', use: { ...devices['Desktop Chrome'], channel: undefined, trace: 'off' }, grep: /@quiet/ },
  ],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // The server must not inherit the react-server condition the test runner uses.
    // The tests play the reverse proxy in front of it (127.0.0.1), so each can
    // name a client address of its own in X-Forwarded-For; a test that needs
    // an untrusted client connects from another loopback address.
    env: { NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1', TRUSTED_PROXIES: TEST_PROXY },
  },
});
