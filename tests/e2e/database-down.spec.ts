import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort } from '@/lib/db/embedded';
import { childEnv } from '@/lib/env';

/**
 * A second production server whose database is unreachable (a closed port):
 * pages must say so clearly, the log must say why, and a save must fail
 * without losing what was typed.
 */
let server: ChildProcess;
let baseURL: string;
let log = '';

test.beforeAll(async () => {
  const [appPort, deadPort] = [await freePort(), await freePort()];
  baseURL = `http://127.0.0.1:${appPort}`;
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(appPort)], {
    env: childEnv({ DATABASE_URL: `postgresql://postgres:x@127.0.0.1:${deadPort}/underwrite`, NODE_OPTIONS: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops the next-server that npx starts.
    detached: true,
  });
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  await expect.poll(() => log, { timeout: 30_000 }).toContain('Ready');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('pages show a clear error and the server log says why', async ({ page }) => {
  // The list streams behind its skeleton, so its status is already 200 when the query fails.
  await page.goto(`${baseURL}/`);
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await expect(page.getByText('could not reach its database')).toBeVisible();

  // An idea page does not stream: the failure is a real 500.
  const response = await page.goto(`${baseURL}/ideas/00000000-0000-4000-8000-000000000000`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await expect.poll(() => log).toMatch(/Can't reach database server|ECONNREFUSED/);
});

test('a save while the database is down keeps the entries and says what happened', async ({ page }) => {
  await page.goto(`${baseURL}/ideas/new`);
  await page.getByLabel('Name', { exact: true }).fill('Saved during an outage');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'database did not answer' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Saved during an outage');
  await expect.poll(() => log).toContain('[createIdeaAction] failed');
});
