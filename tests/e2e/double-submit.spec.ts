/**
 * A create clicked twice, or retried, makes one idea. The form ignores a
 * second submit while the first is pending, but clicks can come before the
 * page is hydrated (or with no JavaScript at all), and a retry can come from
 * anywhere; so the server has the last word: each opened form carries a
 * createKey, and the unique index (owner_id, create_key) lets one row exist
 * per key, even for two requests racing each other.
 */
import { randomUUID } from 'node:crypto';
import type { Page, Request } from '@playwright/test';
import { callerOf, callFormAction } from './actions';
import { ideaRowsNamed } from './db-rows';
import { expect, readIdea, test, uniqueName } from './support';
import { defaultFormValues } from '@/lib/results/form-values';

/**
 * Counts the create form's POSTs (a server-action call with JavaScript, a
 * form post without), and waits until each has answered or been dropped.
 */
function watchPosts(page: Page) {
  let sent = 0;
  let ended = 0;
  const isCreate = (r: Request) => r.method() === 'POST' && new URL(r.url()).pathname === '/ideas/new';
  page.on('request', (r) => void (isCreate(r) && sent++));
  page.on('requestfinished', (r) => void (isCreate(r) && ended++));
  page.on('requestfailed', (r) => void (isCreate(r) && ended++));
  return {
    sent: () => sent,
    settled: async () => {
      await expect.poll(() => sent > 0 && ended === sent).toBe(true);
      // A request the browser dropped (a second submit cancels the first
      // navigation) still runs on the server: give it time to write a row, if it would.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    },
  };
}

/**
 * A slow network: each create reaches the server at once (the row is
 * written) but its answer is held back for a while, as on a bad
 * connection, which is when founders click again.
 */
async function slowAnswers(page: Page) {
  await page.route('**/ideas/new', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    // The server's own answer, redirects included (the browser follows them).
    const response = await route.fetch({ maxRedirects: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fulfill({ response }).catch(() => {}); // the browser may have given up on it
  });
}

const button = (page: Page) => page.getByRole('button', { name: 'Create idea' });
const clickings: { how: string; javaScript: boolean; click: (page: Page) => Promise<void> }[] = [
  { how: 'a double click', javaScript: true, click: (page) => button(page).dblclick() },
  {
    // Both in the same task: React cannot re-render and mark the form pending between them.
    how: 'two clicks fired at once',
    javaScript: true,
    click: (page) => button(page).evaluate((b: HTMLElement) => (b.click(), b.click())),
  },
  {
    // Without JavaScript (or before it loads) nothing in the page stops a
    // second post while the first is on its way: the browser sends both, with
    // the same key the server put in the form. Only the server can tell.
    how: 'a second click while the first post is on its way, without JavaScript',
    javaScript: false,
    click: async (page) => {
      // Raw mouse clicks: Playwright's click would wait for the first navigation.
      await button(page).scrollIntoViewIfNeeded();
      const box = (await button(page).boundingBox())!;
      const first = page.waitForRequest((r) => r.method() === 'POST');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await first;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
  },
];

for (const { how, javaScript, click } of clickings) {
  test.describe(how, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`${how} on "Create idea" makes exactly one idea`, async ({ page, user }) => {
      const posts = watchPosts(page);
      await slowAnswers(page);
      const name = uniqueName('Clicked twice');
      await page.goto('/ideas/new');
      await page.getByLabel('Name', { exact: true }).fill(name);
      await click(page);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
      await posts.settled();
      expect(await ideaRowsNamed(name)).toEqual([{ id: page.url().split('/').pop(), owner_id: user.id }]);
      test.info().annotations.push({ type: 'create posts sent', description: String(posts.sent()) });
    });
  });
}

const HYBRID = { servicePackageRate: 0.1, servicePackagePrice: 200, servicePackageHours: 1.5, availableHoursPerMonth: 30 };
const HYBRID_FIELDS = { servicePackageRate: '10', servicePackagePrice: '200', servicePackageHours: '1.5', availableHoursPerMonth: '30' };

test('over HTTP, concurrent creates with one createKey make one idea; another key makes another', async ({ page, user, baseURL }) => {
  const caller = await callerOf(baseURL!, page.context());
  // Several rounds: each is a fresh race between two inserts of the same key.
  for (let round = 0; round < 5; round++) {
    const name = uniqueName('Retried create');
    // A hybrid worksheet: the retried create carries the service package and hours too.
    const fields = { ...defaultFormValues('course'), ...HYBRID_FIELDS, name, createKey: randomUUID() };
    const send = () => callFormAction(caller, '/ideas/new', 'createIdeaAction', fields);
    const answers = await Promise.all([send(), send()]);
    const rows = await ideaRowsNamed(name);
    expect(rows, `round ${round}`).toHaveLength(1);
    expect(rows[0]!.owner_id).toBe(user.id);
    expect(await readIdea(user.id, rows[0]!.id)).toMatchObject(HYBRID);
    for (const answer of answers) {
      expect(answer.status, answer.body.slice(0, 300)).toBe(200);
      expect(answer.redirect, 'both answers lead to the one idea').toBe(`/ideas/${rows[0]!.id};push`);
    }
    // A retry after the fact finds it too.
    expect((await send()).redirect).toBe(`/ideas/${rows[0]!.id};push`);
    expect(await ideaRowsNamed(name)).toHaveLength(1);

    // A new form (a new key) with the very same values is a new idea.
    const again = await callFormAction(caller, '/ideas/new', 'createIdeaAction', { ...fields, createKey: randomUUID() });
    const both = await ideaRowsNamed(name);
    expect(both).toHaveLength(2);
    const second = both.find((r) => r.id !== rows[0]!.id)!;
    expect(again.redirect).toBe(`/ideas/${second.id};push`);
  }
});
