import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@/scripts/db/embedded';
import { applyMigrations } from '@/scripts/db/migrations';
import { createDatabase, withDatabase } from '@/scripts/db/server';
import { childEnv } from '@/scripts/env';
import { UNEXPECTED_MESSAGE } from '@/lib/actions/result';
import { createIdeasOver, loadTicks, signUpOver, tickedInDatabase, ticksOf, type TickProgress } from '../support/load';
import { rawRequest } from './http';
import { signUp } from './support';

/**
 * A production server on a PostgreSQL of its own, which the test stops and
 * starts again under it: requests during the outage get a clear error page
 * or message, the server log says why, nothing is half-written, and the app
 * serves again once the database is back, without a restart.
 */
test.describe.configure({ mode: 'serial' });

let dataDir: string;
let database: EmbeddedDatabase;
let databaseUrl: string;
let server: ChildProcess;
let baseURL: string;
let log = '';

async function countIdeas(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM ideas')).rows[0].n);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  log = '';
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'uw-outage-'));
  // As root, PostgreSQL runs as the postgres user, which must be able to enter it.
  await chmod(dataDir, 0o755);
  database = await startEmbeddedPostgres(path.join(dataDir, 'pg'));
  await createDatabase(database.serverUrl, 'underwrite');
  databaseUrl = withDatabase(database.serverUrl, 'underwrite');
  await applyMigrations(databaseUrl);

  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: childEnv({ DATABASE_URL: databaseUrl, NODE_OPTIONS: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops the next-server that npx starts.
    detached: true,
  });
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  await expect.poll(() => log, { timeout: 30_000 }).toContain('Ready');
  // Ready comes before the app has loaded; an auth request in that moment gets 503 (lib/auth/http.ts).
  await expect.poll(async () => (await rawRequest(baseURL, '/api/auth/get-session')).status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('an outage is explained, loses nothing typed, writes nothing half, and the app recovers by itself', async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page.request, baseURL);
  await page.goto(`${baseURL}/ideas/new`);
  await page.getByLabel('Name', { exact: true }).fill('Saved during an outage');
  const before = await countIdeas();

  await database.stop();

  // A save: a clear message, the entries stay, and the cause is in the log.
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'database did not answer' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Saved during an outage');
  await expect.poll(() => log).toMatch(/Can't reach database server|ECONNREFUSED/);

  // A page: the error page, not a blank screen, with a real 500 where the page does not stream.
  const response = await page.goto(`${baseURL}/ideas/00000000-0000-4000-8000-000000000000`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await page.goto(`${baseURL}/`);
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  // A shared link: its lookup limit counts in PostgreSQL, so a plain 503 with the share headers, not a bare 500.
  const shared = await rawRequest(baseURL, `/share/${'A'.repeat(43)}`);
  expect(shared.status).toBe(503);
  expect(shared.body).toContain('the database did not answer');
  expect(shared.headers['retry-after']).toBe('5');
  expect(shared.headers['x-robots-tag']).toContain('noindex');
  expect(shared.headers['content-security-policy']).toContain("default-src 'self'");

  // PostgreSQL comes back where it was; the app reconnects without a restart.
  database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), () => {}, database.port);
  expect(await countIdeas(), 'nothing was half-written during the outage').toBe(before);
  await expect(async () => {
    await page.goto(`${baseURL}/`);
    await expect(page.getByRole('heading', { name: 'Your ideas' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  await page.goto(`${baseURL}/ideas/new`);
  await page.getByLabel('Name', { exact: true }).fill('Saved after the outage');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved after the outage' })).toBeVisible();
  expect(await countIdeas()).toBe(before + 1);
});

test('under load, a restart of the database loses no acknowledged write, refuses the rest clearly, and service resumes', async () => {
  test.setTimeout(120_000);
  const founder = await signUpOver(baseURL);
  const ideas = await createIdeasOver(founder, 60);
  const ticks = ticksOf(ideas);
  const progress: TickProgress = { acknowledged: [], refused: [] };
  const run = loadTicks(founder, ticks.slice(0, 250), 8, progress);

  // Once writes are flowing, PostgreSQL goes away and comes back where it was.
  await expect.poll(() => progress.acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(20);
  await database.stop();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), () => {}, database.port);
  const result = await run;

  expect(result.refused.length, 'the outage really met some writes').toBeGreaterThan(0);
  for (const { status, body } of result.refused) {
    // Each refused write said why: the action's own answer in words, or the server's error response, never a dropped connection.
    if (status === 200) expect(body).toContain(UNEXPECTED_MESSAGE);
    else expect(status).toBe(500);
  }
  expect(result.total, 'every write got an answer').toBe(result.acknowledged.length + result.refused.length);
  const stored = await tickedInDatabase(databaseUrl, ideas);
  const lost = result.acknowledged.filter((t) => !stored.has(`${t.ideaId}/${t.item}`));
  expect(lost, 'acknowledged ticks missing from the database').toEqual([]);

  // Service resumes without a restart: the rest of the ticks go through.
  await expect(async () => {
    const after = await loadTicks(founder, ticks.slice(250, 260), 1);
    expect(after.acknowledged).toHaveLength(10);
  }).toPass({ timeout: 30_000 });
});
