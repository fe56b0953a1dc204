import { expect, test } from '@playwright/test';
import { accountKey } from '@/lib/auth/account-throttle';
import { SIGN_IN_LIMIT } from '@/lib/auth/auth';
import { ACCOUNT_THROTTLE, ACCOUNT_THROTTLED } from '@/lib/auth/backoff';
import { AUTH_BODY_MAX } from '@/lib/auth/http';
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password';
import { withSql } from './db-rows';
import { postJson, rawRequest } from './http';
import { fakeClientIp, signUp, uniqueName, untrustedLocalAddress } from './support';

const email = () => `${uniqueName('founder').replace(' ', '-')}@example.com`;
/** Requests counted so far in one of better-auth's rate-limit buckets (`address|path`). */
const rateLimitCount = async (key: string) =>
  (await withSql((sql) => sql.query<{ count: number }>('SELECT count FROM rate_limits WHERE key = $1', [key]))).rows[0]?.count;

test('a visitor sees the landing page and is sent to sign in for anything private', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Underwrite a digital product idea/ })).toBeVisible();
  await page.goto('/ideas/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fideas%2Fnew$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=\/account$/);
  // Outside the embedded demo mode, no demo credentials are shown.
  await expect(page.getByTestId('demo-account')).toHaveCount(0);
});

test('sign up, sign out, sign in, change password: the whole account lifecycle in the browser', async ({ page }) => {
  const address = email();
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Ada Founder');
  await page.getByLabel('Email').fill(address);
  // The common-password rule is checked before anything is sent.
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#password-error')).toHaveText('This password is among the most common ones: choose another.');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#password-error')).toHaveText('Use at least 8 characters.');

  await page.getByLabel('Password').fill('first-long-secret');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your ideas' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ada Founder' })).toBeVisible();

  await page.getByRole('link', { name: 'Ada Founder' }).click();
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
  await page.getByLabel('Current password').fill('first-long-secret');
  await page.getByLabel('New password', { exact: true }).fill('second-long-secret');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Underwrite a digital product idea/ })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(address);
  await page.getByLabel('Password').fill('first-long-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role=alert]')).toHaveText('That email and password do not match an account.');
  await page.getByLabel('Password').fill('second-long-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your ideas' })).toBeVisible();
});

test('the auth endpoints themselves refuse a common or short password', async ({ request, baseURL }) => {
  for (const [password, pattern] of [
    ['qwerty123', /most common/],
    ['1234567', /Use at least 8 characters/],
  ] as const) {
    const response = await request.post('/api/auth/sign-up/email', {
      data: { name: 'X', email: email(), password },
      headers: { origin: baseURL!, 'x-forwarded-for': fakeClientIp() },
    });
    expect(response.status(), password).toBe(400);
    expect(await response.text()).toMatch(pattern);
  }
});

test(`the sign-in after ${SIGN_IN_LIMIT.max} wrong passwords in a minute is refused, with a clear message`, async ({ page, baseURL }) => {
  const user = await signUp(page.request, baseURL!);
  const ip = fakeClientIp();
  const attempt = (password: string) =>
    page.request.post('/api/auth/sign-in/email', {
      data: { email: user.email, password },
      headers: { origin: baseURL!, 'x-forwarded-for': ip },
    });
  for (let i = 0; i < SIGN_IN_LIMIT.max; i++) expect((await attempt('wrong-password')).status(), `attempt ${i + 1}`).toBe(401);
  // Even the right password is refused now: the throttle counts attempts, not failures.
  expect((await attempt(user.password)).status()).toBe(429);
  // The count lives in PostgreSQL, so every app instance sees the same one.
  expect(await rateLimitCount(`${ip}|/sign-in/email`)).toBeGreaterThanOrEqual(SIGN_IN_LIMIT.max);

  // The same address in the browser gets the sentence, not a status code.
  await page.context().clearCookies();
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role=alert]')).toHaveText('Too many attempts: wait a minute, then try again.');
});

test('the session cookie is HttpOnly, SameSite=Lax, Secure and __Secure- prefixed', async ({ request, baseURL }) => {
  const response = await request.post('/api/auth/sign-up/email', {
    data: { name: 'Cookie', email: email(), password: 'a-long-cookie-secret' },
    headers: { origin: baseURL!, 'x-forwarded-for': fakeClientIp() },
  });
  expect(response.status()).toBe(200);
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  const session = cookies.find((c) => c.startsWith('__Secure-underwrite.session_token='));
  expect(session, cookies.join('\n')).toBeTruthy();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*Path=\//i);
});

test('a request from another site cannot sign in (CSRF origin check)', async ({ request }) => {
  const response = await request.post('/api/auth/sign-in/email', {
    data: { email: email(), password: 'whatever-long' },
    headers: { origin: 'https://evil.example', 'x-forwarded-for': fakeClientIp() },
  });
  expect(response.status()).toBe(403);
});

test('after a real sign-in, a hostile ?next= stays on this site (open redirect)', async ({ page, request, baseURL }) => {
  const user = await signUp(request, baseURL!);
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeClientIp() });
  const signInWith = async (next: string) => {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  // Each of these reached evil.example once: the browser reads `\`, a tab or a newline after the first `/` as `//`.
  for (const next of ['/%5Cevil.example', '/%09/evil.example', '/%0a/evil.example']) {
    await signInWith(next);
    await expect(page.getByRole('heading', { name: 'Your ideas' }), next).toBeVisible();
    expect(page.url(), next).toBe(`${baseURL}/`);
  }
  // A page of this app is still where the founder lands.
  await signInWith('/account');
  await expect(page).toHaveURL(`${baseURL}/account`);
});

test('only the origin a page was served from may sign in: another port on this machine is refused (login CSRF)', async ({ request, baseURL }) => {
  const user = await signUp(request, baseURL!);
  const own = new URL(baseURL!);
  const signIn = (origin: string) =>
    postJson(baseURL!, '/api/auth/sign-in/email', { email: user.email, password: user.password }, {
      headers: { origin, 'x-forwarded-for': fakeClientIp() },
    });
  // A form on another local port (another dev server, a tool's web UI), or
  // the same server under another loopback name, is another origin.
  for (const origin of [`http://${own.hostname}:3999`, `http://localhost:${own.port}`, `https://${own.host}`]) {
    const response = await signIn(origin);
    expect(response.status, origin).toBe(403);
    expect(response.headers['set-cookie'], origin).toBeUndefined();
  }
  expect((await signIn(own.origin)).status).toBe(200);
});

test('without APP_URL the auth endpoints answer a loopback Host only (DNS rebinding)', async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  for (const host of [`evil.example:${port}`, `192.168.1.20:${port}`, `127.0.0.1.evil.example:${port}`]) {
    const response = await postJson(baseURL!, '/api/auth/sign-in/email', { email: 'a@example.com', password: 'whatever-long' }, {
      headers: { host, origin: `http://${host}`, 'x-forwarded-for': fakeClientIp() },
    });
    expect(response.status, host).toBe(421);
    expect(JSON.parse(response.body).message).toMatch(/set APP_URL/);
  }
  const own = await rawRequest(baseURL!, '/api/auth/get-session', { headers: { host: `localhost:${port}` } });
  expect(own.status).toBe(200);
});

test('a client cannot escape the per-address limits by making up X-Forwarded-For', async ({ request, baseURL }) => {
  // Room for 40 password checks when the limit does not hold (it then fails on the statuses).
  test.setTimeout(90_000);
  // A client on this machine that is not the trusted proxy: its forwarding
  // header is ignored, whatever it says, and it is counted by its own address.
  const localAddress = untrustedLocalAddress();
  const post = (path: string, data: unknown, headers: Record<string, string> = {}) =>
    postJson(baseURL!, path, data, { localAddress, headers: { 'x-forwarded-for': fakeClientIp(), ...headers } });

  // Wrong passwords for 40 different accounts, each "from" a new address: the probe met no 429.
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) statuses.push((await post('/api/auth/sign-in/email', { email: email(), password: 'wrong-password' })).status);
  expect(statuses.slice(0, SIGN_IN_LIMIT.max)).toEqual(Array(SIGN_IN_LIMIT.max).fill(401));
  expect(new Set(statuses.slice(SIGN_IN_LIMIT.max))).toEqual(new Set([429]));
  expect(await rateLimitCount(`${localAddress}|/sign-in/email`)).toBe(SIGN_IN_LIMIT.max);

  // Sign-up and change-password (better-auth's 3 in 10 s) the same way.
  const signUps = [];
  for (let i = 0; i < 4; i++) signUps.push((await post('/api/auth/sign-up/email', { name: 'X', email: email(), password: 'a-long-sign-up-secret' })).status);
  expect(signUps).toEqual([200, 200, 200, 429]);
  const user = await signUp(request, baseURL!);
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const changes = [];
  for (let i = 0; i < 4; i++) {
    const response = await post('/api/auth/change-password', { currentPassword: 'not-the-password', newPassword: `new-long-secret-${i}` }, { cookie });
    changes.push(response.status);
  }
  expect(changes).toEqual([400, 400, 400, 429]);
  expect(user.email).toBeTruthy();
});

test('behind a proxy that appends, each client has its own bucket, and what it wrote itself is ignored', async ({ baseURL }) => {
  // As a proxy in front of the app sends it: whatever the client claimed, the
  // address the proxy saw, then an inner proxy (127.0.0.1, trusted).
  const viaProxy = (claimed: string, real: string) => ({ 'x-forwarded-for': `${claimed}, ${real}, 127.0.0.1` });
  const [alice, bob] = [fakeClientIp(), fakeClientIp()];
  const attempt = (headers: Record<string, string>) =>
    postJson(baseURL!, '/api/auth/sign-in/email', { email: email(), password: 'wrong-password' }, { headers });
  for (let i = 0; i < SIGN_IN_LIMIT.max; i++) expect((await attempt(viaProxy(fakeClientIp(), alice))).status).toBe(401);
  expect((await attempt(viaProxy(fakeClientIp(), alice))).status).toBe(429);
  // Bob, behind the same proxies, is not locked out by Alice.
  expect((await attempt(viaProxy(alice, bob))).status).toBe(401);
});

test('failed sign-ins for one account throttle it from any address, with a clear wait, and the right password ends it', async ({ page, request, baseURL }) => {
  const user = await signUp(request, baseURL!);
  const signIn = (password: string) =>
    postJson(baseURL!, '/api/auth/sign-in/email', { email: user.email.toUpperCase(), password }, { headers: { 'x-forwarded-for': fakeClientIp() } });
  for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures + 1; i++) expect((await signIn('wrong-password')).status, `attempt ${i + 1}`).toBe(401);
  // Locked now, whatever the address, even with the right password.
  const refused = await signIn(user.password);
  expect(refused.status).toBe(429);
  expect(JSON.parse(refused.body)).toMatchObject({ code: ACCOUNT_THROTTLED });
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(ACCOUNT_THROTTLE.firstWaitSeconds);

  // The browser, from yet another address, says how long to wait.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': fakeClientIp() });
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role=alert]')).toHaveText(/^Too many failed sign-ins for this account: try again in \d+ seconds\.$/);

  // Never for good: once the wait is over (moved into the past here), the
  // right password signs in and the failures are forgotten.
  const key = accountKey(user.email);
  await withSql((sql) => sql.query(`UPDATE sign_in_throttles SET locked_until = now() - interval '1 second' WHERE key = $1`, [key]));
  expect((await signIn(user.password)).status).toBe(200);
  expect((await withSql((sql) => sql.query('SELECT 1 FROM sign_in_throttles WHERE key = $1', [key]))).rowCount).toBe(0);
});

test('the auth endpoints refuse long names and large bodies, and count passwords in characters as the forms do', async ({ request, baseURL }) => {
  const signUpWith = (data: { name: string; password: string }, options: { chunked?: boolean } = {}) => {
    const body = JSON.stringify({ ...data, email: email() });
    return rawRequest(baseURL!, '/api/auth/sign-up/email', {
      method: 'POST',
      body,
      chunked: options.chunked,
      headers: { 'content-type': 'application/json', origin: baseURL!, 'x-forwarded-for': fakeClientIp() },
    });
  };
  const password = 'a-long-enough-secret';
  // The form's 80-character rule, on the server too; an emoji is one character.
  const tooLong = await signUpWith({ name: 'x'.repeat(NAME_MAX + 1), password });
  expect(tooLong.status).toBe(400);
  expect(JSON.parse(tooLong.body).message).toBe('Keep the name under 80 characters.');
  expect((await signUpWith({ name: '🙂'.repeat(NAME_MAX), password })).status).toBe(200);
  // A sign-up of 10 MB was stored once; past 16 kB nothing is read, chunked or not.
  for (const chunked of [false, true]) {
    const huge = await signUpWith({ name: 'x'.repeat(AUTH_BODY_MAX), password }, { chunked });
    expect(huge.status, `chunked: ${chunked}`).toBe(413);
  }
  // Passwords: 8 to 128 characters, not UTF-16 units.
  expect((await signUpWith({ name: 'Emoji', password: '🔑'.repeat(PASSWORD_MAX) })).status).toBe(200);
  for (const tooMany of ['🔑'.repeat(PASSWORD_MAX + 1), '🔑'.repeat(PASSWORD_MIN - 1)]) {
    expect((await signUpWith({ name: 'Emoji', password: tooMany })).status).toBe(400);
  }

  // Renaming an account follows the same rule.
  const user = await signUp(request, baseURL!);
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const rename = (name: string) => postJson(baseURL!, '/api/auth/update-user', { name }, { headers: { cookie, 'x-forwarded-for': fakeClientIp() } });
  expect((await rename('y'.repeat(NAME_MAX + 1))).status).toBe(400);
  expect((await rename('Ada Renamed')).status).toBe(200);
  const { rows } = await withSql((sql) => sql.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [user.id]));
  expect(rows[0]?.name).toBe('Ada Renamed');
});
