import { randomInt, randomUUID } from 'node:crypto';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { createIdea, getIdea, listIdeas } from '@/lib/ideas/data';
import { keyNumbers } from '@/lib/results/key-numbers';
import type { underwrite } from '@/lib/underwrite';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import type { Idea, IdeaInput } from '@/lib/ideas/schema';

/** A name no other test uses. */
export const uniqueName = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

/**
 * A client address of its own for each caller: the auth limits count per
 * address, so tests running side by side do not share a bucket. The tests
 * are the server's trusted proxy (playwright.config.ts), so it believes the
 * address they forward in x-forwarded-for.
 */
export const fakeClientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * A loopback address other than 127.0.0.1 to connect from (see rawRequest):
 * a client on this machine that is not the trusted proxy, whose own
 * x-forwarded-for the server must ignore.
 */
export const untrustedLocalAddress = () => `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;

export type TestUser = { id: string; email: string; password: string; name: string };

/**
 * Creates an account through the app's own HTTP endpoint; the session cookie
 * lands in `request`'s cookie jar (for page.request, the page's browser context).
 */
export async function signUp(request: APIRequestContext, baseURL: string): Promise<TestUser> {
  const user = { name: 'Test founder', email: `founder-${randomUUID()}@example.com`, password: `pw-${randomUUID()}` };
  const response = await request.post(`${baseURL}/api/auth/sign-up/email`, {
    data: user,
    headers: { origin: baseURL, 'x-forwarded-for': fakeClientIp() },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { user: { id: string } };
  return { ...user, id: body.user.id };
}

/** Playwright's test with a signed-in founder: ask for `user` and the page is signed in as them. */
export const test = base.extend<{ user: TestUser }>({
  user: async ({ page, baseURL }, use) => {
    await use(await signUp(page.request, baseURL!));
  },
});
export { expect };

/**
 * Seeds a demo idea with `overrides` through the data layer, as the app itself would store it. A demo
 * range around a value the overrides change is left off, unless they give ranges.
 */
export async function seedIdea(ownerId: string, overrides: Partial<IdeaInput> = {}, from = 0): Promise<Idea> {
  const demo = DEMO_IDEAS[from]!.input;
  const ranges = overrides.ranges ?? Object.fromEntries(Object.entries(demo.ranges).filter(([field]) => !(field in overrides)));
  return createIdea(ownerId, { ...demo, name: uniqueName('Seeded'), ...overrides, ranges });
}

export const ideasNamed = async (ownerId: string, name: string) => (await listIdeas(ownerId)).filter((i) => i.name === name);
export const readIdea = (ownerId: string, id: string) => getIdea(ownerId, id);

/** The idea page shows every key number of `result`, base and stress, exactly as the view model words it. */
export async function expectNumbers(page: Page, result: ReturnType<typeof underwrite>) {
  const rows = keyNumbers(result);
  await expect(page.locator('[data-key]')).toHaveCount(rows.length);
  for (const row of rows) {
    const item = page.locator(`[data-key="${row.key}"]`);
    for (const scenario of ['base', 'stress'] as const) {
      const side = item.locator(`[data-scenario="${scenario}"]`);
      await expect(side.locator('[data-value]'), `${row.key} ${scenario}`).toHaveText(row[scenario].text);
      if (row[scenario].sub) await expect(side, `${row.key} ${scenario} second line`).toContainText(row[scenario].sub!);
    }
  }
}
