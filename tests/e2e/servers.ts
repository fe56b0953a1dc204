import { spawn } from 'node:child_process';
import { expect } from '@playwright/test';
import { freePort } from '@/scripts/db/embedded';
import { childEnv } from '@/scripts/env';
import { rawRequest } from './http';

/**
 * Another `next start` of the same build on a free port, with this
 * process's environment (the runner's database and secret) and `env` on
 * top (a function of the port, for settings that name it). Resolves once it answers auth requests: Next.js logs Ready before it
 * has loaded the app, and an auth request in that moment gets 503
 * (lib/auth/http.ts).
 */
export async function startServer(
  env: Record<string, string | undefined> | ((port: number) => Record<string, string | undefined>),
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: childEnv({ NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1', ...(typeof env === 'function' ? env(port) : env) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  await expect.poll(() => log, { timeout: 60_000 }).toContain('Ready');
  await expect.poll(async () => (await rawRequest(baseURL, '/api/auth/get-session')).status, { timeout: 30_000 }).toBe(200);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    baseURL,
    stop: async () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
      await exited;
    },
  };
}
