import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '@/scripts/db/embedded';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { childEnv } from '@/scripts/env';
import { rawRequest } from './http';

/**
 * The README's promise, in production mode: with no DATABASE_URL, `npm start`
 * (the launcher) starts an embedded PostgreSQL in a fresh data directory,
 * creates the demo account, and the newcomer finds the three demo ideas.
 */
// One server for both tests. In parallel mode a worker could run them apart,
// with the hooks run again in between, and a second beforeAll found the first
// server's "Ready" still in the log: the test then ran before its server listened.
test.describe.configure({ mode: 'serial' });

let dataDir: string;
let server: ChildProcess;
let baseURL: string;
let log = '';

test.beforeAll(async () => {
  log = '';
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'uw-demo-'));
  // As root, PostgreSQL runs as the postgres user, which must be able to enter it.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(
    'node',
    // `next` itself, as `npm start` runs it, so the launcher's TERM reaches Next.js (npx would not pass it on).
    ['--conditions=react-server', '--import', 'tsx', 'scripts/with-db.ts', '--demo', '--', 'node_modules/.bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: childEnv({ DATABASE_URL: undefined, BETTER_AUTH_SECRET: undefined, UNDERWRITE_DATA_DIR: dataDir, NODE_OPTIONS: '' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  await expect.poll(() => log, { timeout: 60_000 }).toContain('Ready');
});

test.afterAll(async () => {
  // The launcher passes TERM to Next.js and stops its PostgreSQL once Next.js has exited.
  const exited = new Promise((resolve) => server.once('exit', resolve));
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
  await exited;
  await rm(dataDir, { recursive: true, force: true });
});

test('a newcomer signs in with the demo account and finds a robust, a fragile and a failing idea', async ({ page }) => {
  expect(log).toContain('Demo account: demo@underwrite.local / demo-founder-2026');
  await page.goto(`${baseURL}/sign-in`);
  await expect(page.getByTestId('demo-account')).toContainText('demo@underwrite.local');
  // What a user of the running app reads: nothing about how a developer starts it.
  await expect(page.getByTestId('demo-account')).not.toContainText('npm');
  await page.getByRole('button', { name: 'Fill in the demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your ideas' })).toBeVisible();

  for (const demo of DEMO_IDEAS) {
    const card = page.locator('[data-idea]').filter({ hasText: demo.input.name });
    await expect(card.locator('[data-verdict]')).toHaveAttribute('data-verdict', demo.verdict);
  }
  for (const demo of DEMO_IDEAS) {
    await page.goto(`${baseURL}/`);
    await page.getByRole('link', { name: new RegExp(demo.input.name) }).click();
    await expect(page.getByRole('heading', { level: 1, name: demo.input.name })).toBeVisible();
    await expect(page.locator('section[data-verdict]')).toHaveAttribute('data-verdict', demo.verdict);
  }
});

test('the demo password is shown only to a browser on this machine', async () => {
  const port = new URL(baseURL).port;
  const signInPage = async (host: string) => (await rawRequest(baseURL, '/sign-in', { headers: { host } })).body;
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) expect((await signInPage(host)).includes('demo-founder-2026'), host).toBe(true);
  // A DNS name rebound to 127.0.0.1, or the machine's address on a network.
  for (const host of [`evil.example:${port}`, `192.168.1.20:${port}`]) {
    const html = await signInPage(host);
    expect(html.includes('<h1 class="text-2xl font-semibold tracking-tight">Sign in</h1>'), host).toBe(true);
    expect(html.includes('demo-founder-2026'), host).toBe(false);
  }
});
