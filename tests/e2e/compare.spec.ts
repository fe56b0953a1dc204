/**
 * Issue #12's what-if and compare, in the browser: "Duplicate" copies an
 * idea and opens the copy's worksheet, the copy links back to its original,
 * a double click makes one copy; compare shows the founder's own ideas side
 * by side and leaves out anyone else's without a trace.
 */
import type { Page } from '@playwright/test';
import { ideaRowsNamed } from './db-rows';
import { seriousAxeViolations } from './page-checks';
import { expect, readIdea, seedIdea, signUp, test, uniqueName } from './support';
import type { Idea } from '@/lib/ideas/schema';
import { whatIfName } from '@/lib/ideas/what-if';
import { compareIdea, COMPARE_ROWS } from '@/lib/results/compare';
import { formatChance } from '@/lib/results/format';
import { rankingSentence } from '@/lib/results/ranking';

const openMore = (page: Page) => page.locator('summary', { hasText: 'More' }).click();
const duplicateButton = (page: Page) => page.getByRole('button', { name: 'Duplicate as a what-if' });

test('duplicate opens the copy in edit, linked to its original; a changed number stays the copy’s own', async ({ page, user }) => {
  test.setTimeout(60_000);
  const original = await seedIdea(user.id, { price: 49, evidence: { price: { kind: 'benchmark', source: 'Gumroad average' } } });
  await page.goto(`/ideas/${original.id}`);
  // The menu is keyboard-usable: Enter opens it, Escape closes it and gives focus back.
  const summary = page.locator('summary', { hasText: 'More' });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(duplicateButton(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(duplicateButton(page)).toBeHidden();
  await expect(summary).toBeFocused();

  await openMore(page);
  await duplicateButton(page).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}\/edit$/);
  const copyId = page.url().split('/').at(-2)!;
  expect(copyId).not.toBe(original.id);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${whatIfName(original.name)}`);
  await expect(page.getByTestId('what-if-of')).toHaveText(`What-if of ${original.name}`);
  await expect(page.getByLabel('Price', { exact: true })).toHaveValue('49');

  await page.getByLabel('Price', { exact: true }).fill('79');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${copyId}$`));
  const copy = (await readIdea(user.id, copyId))!;
  expect(copy.price).toBe(79);
  expect(copy.evidence).toEqual({ price: { kind: 'benchmark', source: 'Gumroad average' } });
  expect((await readIdea(user.id, original.id))!.price).toBe(49);

  // The copy's page links back, and offers the two side by side, each with its own numbers.
  await expect(page.getByTestId('what-if-of')).toContainText(`What-if of ${original.name}`);
  await page.getByRole('link', { name: 'Compare with the original' }).click();
  await expect(page).toHaveURL(`/compare?ids=${original.id},${copyId}`);
  await expectCompared(page, [(await readIdea(user.id, original.id))!, copy]);
  const net = (id: string) => page.locator(`[data-row="netResult"] [data-idea="${id}"][data-scenario="base"] [data-value]`).textContent();
  expect(await net(original.id)).not.toBe(await net(copyId));

  await page.goto(`/ideas/${copyId}`);
  await page.getByTestId('what-if-of').getByRole('link', { name: original.name }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${original.id}$`));
  await expect(page.getByTestId('what-if-of')).toHaveCount(0);
});

/** The compare page shows exactly `ideas`, in order, each figure as the view model words it, and the ranking sentence. */
async function expectCompared(page: Page, ideas: Idea[]) {
  const today = new Date();
  const views = ideas.map((idea) => compareIdea(idea, today));
  await expect(page.getByTestId('compare-table').locator('thead th[data-idea]')).toHaveText(views.map((v, i) => new RegExp(`^${i + 1}\\. ${escape(v.name)}`)));
  for (const view of views) {
    for (const { key } of COMPARE_ROWS) {
      for (const scenario of ['base', 'stress'] as const) {
        const cell = page.locator(`[data-row="${key}"] [data-idea="${view.id}"][data-scenario="${scenario}"]`);
        await expect(cell.locator('[data-value]'), `${view.name} ${key} ${scenario}`).toHaveText(view.cells[key][scenario].text);
      }
    }
    const chance = page.locator(`[data-row="chance"] [data-idea="${view.id}"]`);
    await expect(chance).toHaveText(view.summary.chance === null ? 'No ranges' : formatChance(view.summary.chance));
    await expect(page.locator(`[data-row="verdict"] [data-idea="${view.id}"] [data-verdict="${view.summary.verdict}"]`)).toBeVisible();
  }
  await expect(page.getByTestId('ranking')).toHaveText(rankingSentence(views.map((v) => v.rank)));
  await expect(page.locator('svg[data-plot] [data-idea-line]')).toHaveCount(ideas.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('compare leaves out someone else’s idea with a note, and its name is nowhere in the page', async ({ page, user, browser, baseURL }) => {
  test.setTimeout(60_000);
  const mine = [await seedIdea(user.id, { name: uniqueName('Notion templates') }), await seedIdea(user.id, { name: uniqueName('Cohort course') }, 1)];
  const context = await browser.newContext();
  const other = await signUp(context.request, baseURL!);
  const theirs = await seedIdea(other.id, { name: uniqueName('Secret of another founder') }, 2);
  await context.close();

  const address = `/compare?ids=${mine[0]!.id},${theirs.id},${mine[1]!.id}`;
  const response = await page.goto(address);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('compare-notes')).toHaveText('1 idea could not be shown: it does not exist or is not yours.');
  await expectCompared(page, mine);
  expect(await page.content()).not.toContain(theirs.name);
  const html = await (await page.request.get(address)).text();
  expect(html).not.toContain(theirs.name);
  expect(html).toContain(mine[1]!.name);

  // The chart's table gives the same lines in numbers.
  await page.getByText('Show the chart as a table').click();
  const table = page.getByTestId('compare-chart-table');
  await expect(table.locator('tbody tr')).toHaveCount(Math.max(mine[0]!.horizonMonths, mine[1]!.horizonMonths) + 1);

  // Repeats, malformed ids and ids of nothing: left out, with a note, never an error.
  await page.goto(`/compare?ids=${mine[0]!.id},${mine[0]!.id.toUpperCase()},nope,${crypto.randomUUID()},${mine[1]!.id}`);
  await expect(page.getByTestId('compare-notes')).toHaveText(
    '2 ideas could not be shown: they do not exist or are not yours.1 idea was listed more than once: each is shown once.',
  );
  await expect(page.getByTestId('compare-table').locator('thead th[data-idea]')).toHaveCount(2);

  // Fewer than two to show: a page that says what to do.
  await page.goto(`/compare?ids=${mine[0]!.id},${theirs.id}`);
  await expect(page.getByTestId('compare-too-few')).toContainText(`Only one idea to show: ${mine[0]!.name}.`);
  await expect(page.getByRole('link', { name: 'Choose ideas on your list' })).toHaveAttribute('href', '/');
  expect(await page.content()).not.toContain(theirs.name);
  await page.goto('/compare');
  await expect(page.getByTestId('compare-too-few')).toContainText('There is nothing to compare yet.');
});

test('ticking ideas on the list drives compare: the button counts, and opens 2 to 4 of them', async ({ page, user }) => {
  test.setTimeout(60_000);
  const ideas = [];
  for (const from of [0, 1, 2, 0, 1]) ideas.push(await seedIdea(user.id, { name: uniqueName(`Listed ${from}`) }, from));
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Compare \(\d\)$/ });
  const tick = (idea: Idea) => page.getByRole('checkbox', { name: `Compare ${idea.name}`, exact: true });
  await expect(button).toHaveText('Compare (0)');
  await expect(button).toBeDisabled();
  await tick(ideas[0]!).check();
  await expect(button).toHaveText('Compare (1)');
  await expect(button).toBeDisabled();
  for (const idea of ideas) await tick(idea).check();
  await expect(button).toHaveText('Compare (5)');
  await expect(button).toBeDisabled();
  await expect(page.getByText('Compare takes at most 4: untick 1.')).toBeVisible();
  await tick(ideas[4]!).uncheck();
  await tick(ideas[3]!).uncheck();
  await expect(button).toHaveText('Compare (3)');
  await expect(button).toBeEnabled();
  // The list's order (verdict first), which the address keeps.
  const order = await page.locator(`input[type="checkbox"]:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  await button.click();
  await expect(page).toHaveURL(`/compare?ids=${order.join(',')}`);
  await expect(page.getByTestId('compare-table').locator('thead th[data-idea]')).toHaveCount(3);
  await expect(page.getByTestId('compare-notes')).toHaveCount(0);
});

test('without JavaScript the list’s ticks are a plain GET form to compare, enabled as the server sends it', async ({ page, user }) => {
  const ideas = [await seedIdea(user.id), await seedIdea(user.id, {}, 1), await seedIdea(user.id, {}, 2)];
  // The list streams behind a skeleton, which needs JavaScript to swap in, so the form is read as the server wrote it...
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<form id="compare-ideas"[^>]* action="\/compare" method="get"/);
  expect(html).toMatch(/<button type="submit" class="[^"]*">Compare<\/button>/);
  // ...and sent the browser's own way, without the script's handler: ?ids=a&ids=b.
  await page.goto('/');
  await page.getByRole('checkbox', { name: `Compare ${ideas[0]!.name}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Compare ${ideas[2]!.name}`, exact: true }).check();
  await page.locator('#compare-ideas').evaluate((form: HTMLFormElement) => form.submit());
  await expect(page).toHaveURL(/\/compare\?ids=[0-9a-f-]{36}&ids=[0-9a-f-]{36}$/);
  await expect(page.getByTestId('compare-table').locator('thead th[data-idea]')).toHaveCount(2);
  await expect(page.getByTestId('compare-table')).toContainText(ideas[0]!.name);
  await expect(page.getByTestId('compare-table')).toContainText(ideas[2]!.name);
});

for (const [label, width] of [
  ['desktop', 1280],
  ['phone', 375],
] as const) {
  test(`compare, the list's selection and the More menu at ${width} px: no sideways page scroll, axe clean, screenshots`, async ({ page, user }) => {
    test.setTimeout(90_000);
    const ideas = [
      await seedIdea(user.id, { name: 'Notion client portal templates' }),
      await seedIdea(user.id, { name: 'Cohort course for freelance designers' }, 1),
      await seedIdea(user.id, { name: 'Pricing calculator app' }, 2),
      await seedIdea(user.id, { name: 'Notion client portal templates (what-if)', price: 59 }),
    ];
    await page.setViewportSize({ width, height: 900 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.goto('/');
    for (const idea of ideas.slice(0, 2)) await page.getByRole('checkbox', { name: `Compare ${idea.name}`, exact: true }).check();
    await expect(page.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
    expect(await overflow()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/e2e/screenshots/compare-list-${label}.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`/compare?ids=${ideas.map((i) => i.id).join(',')}`);
    await expect(page.locator('svg[data-plot] [data-idea-line]')).toHaveCount(4);
    expect(await overflow()).toBe(0);
    if (width === 375) {
      // The table is wider than the phone: it scrolls inside its own box.
      const box = page.getByRole('region', { name: 'Key numbers, base and stress' });
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    }
    await page.screenshot({ path: `tests/e2e/screenshots/compare-${label}.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`/ideas/${ideas[0]!.id}`);
    await openMore(page);
    await expect(duplicateButton(page)).toBeVisible();
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: `tests/e2e/screenshots/idea-more-menu-${label}.png` });
  });
}

test('a double click on Duplicate makes one copy', async ({ page, user }) => {
  const original = await seedIdea(user.id);
  // Each post reaches the server at once; its answer is held back, as on a slow connection.
  await page.route(`**/ideas/${original.id}`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fulfill({ response }).catch(() => {});
  });
  await page.goto(`/ideas/${original.id}`);
  await openMore(page);
  // Both clicks in one task: React cannot mark the form pending between them.
  await duplicateButton(page).evaluate((b: HTMLElement) => (b.click(), b.click()));
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}\/edit$/);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await ideaRowsNamed(whatIfName(original.name))).toEqual([{ id: page.url().split('/').at(-2), owner_id: user.id }]);
});
