import { CONFLICT_MESSAGE } from '@/lib/actions/result';
import { SIGN_IN_LIMIT } from '@/lib/auth/auth';
import { toFormValues } from '@/lib/results/form-values';
import { callFormAction, type Caller } from './actions';
import { TEST_PROXY } from './env';
import { startServer } from './servers';
import { expect, fakeClientIp, readIdea, seedIdea, signUp, test } from './support';

/**
 * Several `next start` instances behind a load balancer, on one
 * PostgreSQL: the suite's own server (A) and a second one started here (B)
 * on another port with the same DATABASE_URL and BETTER_AUTH_SECRET. What
 * one instance does, the other sees: sessions, the sign-in throttle and the
 * worksheet's version guard all live in the database.
 */
test.describe.configure({ mode: 'serial' });

let second: Awaited<ReturnType<typeof startServer>>;
let originB: string;

test.beforeAll(async () => {
  // The same environment the suite's server got from the runner: database,
  // secret, and the tests as the trusted proxy (playwright.config.ts).
  second = await startServer({ TRUSTED_PROXIES: TEST_PROXY });
  originB = second.baseURL;
});

test.afterAll(async () => {
  await second?.stop();
});

test('a session made on one instance is valid on the other', async ({ page, baseURL }) => {
  const user = await signUp(page.request, baseURL!);
  const idea = await seedIdea(user.id, { name: 'Seen from both instances' });
  await page.goto(`${originB}/`);
  await expect(page.getByRole('heading', { name: 'Your ideas' })).toBeVisible();
  await page.goto(`${originB}/ideas/${idea.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Seen from both instances' })).toBeVisible();
});

test('the sign-in throttle counts attempts made on both instances', async ({ page, baseURL }) => {
  const user = await signUp(page.request, baseURL!);
  const ip = fakeClientIp();
  const attempt = (origin: string, password: string) =>
    page.request.post(`${origin}/api/auth/sign-in/email`, { data: { email: user.email, password }, headers: { origin, 'x-forwarded-for': ip } });
  // Wrong passwords alternate between the instances: each alone is under the limit.
  for (let i = 0; i < SIGN_IN_LIMIT.max; i++) {
    expect((await attempt(i % 2 === 0 ? baseURL! : originB, 'wrong-password')).status(), `attempt ${i + 1}`).toBe(401);
  }
  expect((await attempt(originB, user.password)).status()).toBe(429);
  expect((await attempt(baseURL!, user.password)).status()).toBe(429);
});

test('a stale save made through the second instance is refused', async ({ page, baseURL }) => {
  const user = await signUp(page.request, baseURL!);
  const idea = await seedIdea(user.id);
  const { cookies } = await page.context().storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const values = toFormValues(idea);
  const save = (caller: Caller, version: number, price: string) =>
    callFormAction(caller, `/ideas/${idea.id}/edit`, 'updateIdeaAction', { ...values, id: idea.id, version: String(version), price });

  // Both opened the form at version 1; A saves first.
  // The redirect to the idea page says the save went through (";push" is how Next.js marks the navigation).
  expect((await save({ origin: baseURL!, cookie }, 1, '41')).redirect?.split(';')[0]).toBe(`/ideas/${idea.id}`);
  const stale = await save({ origin: originB, cookie }, 1, '45');
  expect(stale.result?.message).toBe(CONFLICT_MESSAGE);
  const stored = await readIdea(user.id, idea.id);
  expect([stored?.price, stored?.version]).toEqual([41, 2]);
});
