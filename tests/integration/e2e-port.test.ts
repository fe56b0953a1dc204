import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '@/scripts/env';
import { e2ePort } from '@/tests/e2e/port';

const listen = (port: number) =>
  new Promise<net.Server | null>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

/** What playwright.config.ts makes of the environment: its base URL and server command, or its error. */
function playwrightConfig(e2ePortValue: string | undefined) {
  return spawnSync(
    'npx',
    ['tsx', '-e', "import('./playwright.config.ts').then((m) => { const c = m.default; console.log(JSON.stringify([c.use.baseURL, c.webServer.command])); })"],
    { encoding: 'utf8', env: childEnv({ E2E_PORT: e2ePortValue }) },
  );
}

describe('the end-to-end suite’s port', () => {
  // The old fixed default: an app (or another suite) listening there must not matter.
  let busy: net.Server | null = null;
  beforeAll(async () => {
    busy = await listen(3100);
  });
  afterAll(() => new Promise<void>((resolve) => (busy ? busy.close(() => resolve()) : resolve())));

  it('is a free one, not 3100, when E2E_PORT is unset', async () => {
    const picked = await e2ePort(undefined);
    expect(picked).not.toBe(3100);
    const server = await listen(picked);
    expect(server, `port ${picked} should be free`).not.toBeNull();
    await new Promise((resolve) => server!.close(resolve));
  });

  it('is E2E_PORT when set', async () => {
    expect(await e2ePort(4321)).toBe(4321);
  });

  it('reaches Playwright and its web server through E2E_PORT, and Playwright refuses to guess without it', () => {
    const configured = playwrightConfig('45678');
    expect(configured.status, configured.stderr).toBe(0);
    expect(JSON.parse(configured.stdout.trim().split('\n').pop()!)).toEqual(['http://127.0.0.1:45678', 'npx next start -H 127.0.0.1 -p 45678']);
    const unset = playwrightConfig(undefined);
    expect(unset.status).not.toBe(0);
    expect(unset.stderr).toContain('E2E_PORT is not set');
  }, 60_000);
});
