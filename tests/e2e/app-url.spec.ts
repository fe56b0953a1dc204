import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SIGN_IN_LIMIT } from '@/lib/auth/auth';
import { withSql } from './db-rows';
import { postJson, rawRequest } from './http';
import { startServer } from './servers';
import { fakeClientIp, untrustedLocalAddress } from './support';

/**
 * A deployment as the README describes it: APP_URL names the public URL and
 * TRUSTED_PROXIES is unset. The suite's own server runs without APP_URL and
 * with the tests as its trusted proxy, so this one is started here, on the
 * same build and database.
 */
const PUBLIC_HOST = 'underwrite.test';
let server: Awaited<ReturnType<typeof startServer>>;
let baseURL: string;
let appUrl: string;

// One server for both tests: in parallel, each worker would start its own.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startServer((port) => ({ APP_URL: `http://${PUBLIC_HOST}:${port}`, TRUSTED_PROXIES: undefined }));
  baseURL = server.baseURL;
  appUrl = `http://${PUBLIC_HOST}:${new URL(baseURL).port}`;
});

test.afterAll(async () => {
  await server?.stop();
});

test('with APP_URL set, its origin alone may sign in, on the public Host', async () => {
  // Each call from an address of its own: this server believes no forwarding header.
  const post = (path: string, data: unknown, origin: string) =>
    postJson(baseURL, path, data, { localAddress: untrustedLocalAddress(), headers: { host: `${PUBLIC_HOST}:${new URL(baseURL).port}`, origin } });
  const user = { name: 'Deployed founder', email: `founder-${randomUUID()}@example.com`, password: `pw-${randomUUID()}` };
  expect((await post('/api/auth/sign-up/email', user, appUrl)).status).toBe(200);

  // The loopback origin the request reached, another local port, another site: none is APP_URL.
  for (const origin of [baseURL, 'http://localhost:3999', `https://${PUBLIC_HOST}`, 'https://evil.example']) {
    const response = await post('/api/auth/sign-in/email', { email: user.email, password: user.password }, origin);
    expect(response.status, origin).toBe(403);
    expect(response.headers['set-cookie'], origin).toBeUndefined();
  }
  const signedIn = await post('/api/auth/sign-in/email', { email: user.email, password: user.password }, appUrl);
  expect(signedIn.status).toBe(200);
  expect(String(signedIn.headers['set-cookie'])).toContain('underwrite.session_token=');

  // The public name is answered (without APP_URL it would get 421), and the
  // sign-in page never shows a demo password outside the embedded mode.
  const page = await rawRequest(baseURL, '/sign-in', { headers: { host: `${PUBLIC_HOST}:${new URL(baseURL).port}` } });
  expect(page.status).toBe(200);
  expect(page.body).not.toContain('data-testid="demo-account"');
});

test('with TRUSTED_PROXIES unset, X-Forwarded-For is ignored: a client is counted by its connection', async () => {
  const localAddress = untrustedLocalAddress();
  const statuses: number[] = [];
  for (let i = 0; i <= SIGN_IN_LIMIT.max; i++) {
    const response = await postJson(baseURL, '/api/auth/sign-in/email', { email: `nobody-${randomUUID()}@example.com`, password: 'wrong-password' }, {
      localAddress,
      headers: { origin: appUrl, 'x-forwarded-for': fakeClientIp() },
    });
    statuses.push(response.status);
  }
  expect(statuses).toEqual([...Array<number>(SIGN_IN_LIMIT.max).fill(401), 429]);
  const { rows } = await withSql((sql) => sql.query<{ count: number }>('SELECT count FROM rate_limits WHERE key = $1', [`${localAddress}|/sign-in/email`]));
  expect(rows[0]?.count).toBe(SIGN_IN_LIMIT.max);
});
