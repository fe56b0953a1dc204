import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { RANGES_CONFLICT_MESSAGE } from '@/lib/actions/result';
import { updateRanges } from '@/lib/ideas/data';
import { assumptionsOf, type Idea } from '@/lib/ideas/schema';
import { uncertaintyOf } from '@/lib/results/uncertainty';
import type { Ranges } from '@/lib/underwrite';
import { expect, readIdea, seedIdea, test } from './support';

const FRAGILE = 1;

const section = (page: Page) => page.getByTestId('uncertainty');

/** The section shows exactly what uncertaintyOf() words for these ranges: the server's first paint, or a worker run. */
async function expectUncertainty(page: Page, idea: Idea, ranges: Ranges) {
  const { view } = uncertaintyOf(assumptionsOf(idea), ranges)!;
  await expect(section(page).getByTestId('chance')).toHaveText(view.chance.sentence);
  for (const [testId, figures] of [
    ['uncertainty-net', view.netResult.figures],
    ['uncertainty-payback', view.payback.figures],
  ] as const) {
    for (const figure of figures) {
      const row = section(page).getByTestId(testId).locator(`[data-percentile="${figure.key}"]`);
      await expect(row).toHaveText(`${figure.label}${figure.text}`);
    }
  }
  await expect(page.getByTestId('verdict-chance')).toHaveText(view.chance.line);
  return view;
}

/**
 * Records main-thread tasks of 50 ms or more from before the page's own
 * scripts run, with what ran in each long animation frame to say why.
 */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    type Frame = PerformanceEntry & { scripts: { invoker: string; sourceURL: string; sourceCharPosition: number; duration: number }[] };
    const w = window as unknown as { __tasks: PerformanceEntry[]; __frames: Frame[] };
    w.__tasks = [];
    w.__frames = [];
    new PerformanceObserver((list) => void w.__tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => void w.__frames.push(...(list.getEntries() as Frame[]))).observe({ type: 'long-animation-frame', buffered: true });
  });
}

/** Now, on the page's clock: long tasks are counted from here. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * The long tasks that started after `since`, and the scripts of the long
 * frames among them. Counting from a mark leaves out the test's own
 * evaluations before it; between the mark and this call the test only types
 * (input events, no script of its own in the page) and waits.
 */
async function longTasksSince(page: Page, since: number): Promise<{ tasks: number[]; frames: string }> {
  return page.evaluate((from) => {
    const w = window as unknown as { __tasks: PerformanceEntry[]; __frames: (PerformanceEntry & { scripts: { invoker: string; sourceURL: string; sourceCharPosition: number; duration: number }[] })[] };
    const tasks = w.__tasks.filter((t) => t.startTime >= from).map((t) => Math.round(t.duration));
    const frames = w.__frames
      .filter((f) => f.startTime >= from && f.duration >= 50)
      .map((f) => `${Math.round(f.duration)} ms: ${f.scripts.map((x) => `${x.invoker} ${x.sourceURL.split('/').pop()}#${x.sourceCharPosition} ${Math.round(x.duration)} ms`).join('; ')}`);
    return { tasks, frames: frames.join(' | ') };
  }, since);
}

test('the section shows the server’s numbers for an idea with ranges, each with its working and a table', async ({ page, user }) => {
  const idea = await seedIdea(user.id, {}, FRAGILE);
  const ranges = idea.ranges;
  await page.goto(`/ideas/${idea.id}`);
  const view = await expectUncertainty(page, idea, ranges);

  await section(page).getByText('How is this computed?').first().click();
  await expect(section(page)).toContainText(view.chance.worked);

  const drivers = section(page).locator('section').filter({ hasText: 'What to measure first' });
  await drivers.getByRole('button', { name: 'Show table' }).click();
  const rows = drivers.getByRole('row');
  await expect(rows).toHaveCount(view.drivers.rows.length + 1);
  for (const [i, driver] of view.drivers.rows.entries()) {
    await expect(rows.nth(i + 1)).toHaveText(`${driver.label}${driver.text}${driver.direction}`);
  }
  const fan = section(page).locator('section').filter({ hasText: 'Cumulative profit across the runs' });
  await fan.getByRole('button', { name: 'Show table' }).click();
  await expect(fan.getByRole('row')).toHaveCount(idea.horizonMonths + 2);
});

/** The idea page with "Try other ranges" open and its worker ready. */
async function openEditor(page: Page, idea: Idea) {
  await page.goto(`/ideas/${idea.id}`);
  await page.waitForLoadState('networkidle');
  await section(page).getByText('Try other ranges').click();
  await expect(page.getByLabel('Conversion rate, high end')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** The fragile demo's conversion range with its high end at three times the value, as the editor types it (in %). */
const widerConversion = (idea: Idea) => {
  const high = Number((idea.conversionRate * 100 * 3).toFixed(2));
  const ranges: Ranges = { ...idea.ranges, conversionRate: { low: idea.ranges.conversionRate!.low, high: high / 100 } };
  return { text: String(high), ranges };
};

// @quiet: alone, after the other tests, with no trace (playwright.config.ts).
test('editing a range re-simulates in a worker: the chance updates with no request to the server and no long task', { tag: '@quiet' }, async ({ page, user }) => {
  test.setTimeout(90_000);
  await watchLongTasks(page);
  const idea = await seedIdea(user.id, {}, FRAGILE);
  await openEditor(page, idea);

  // What would mean the server computed the runs: an action (POST) or a fetch of this idea page
  // (a prefetch of the edit page's link is neither).
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || new URL(r.url()).pathname === `/ideas/${idea.id}`) requests.push(`${r.method()} ${r.url()}`);
  });

  // Typed one key at a time, as a founder would: each edit starts a run, and
  // the test adds no script of its own to the page until the runs are done.
  const wider = widerConversion(idea);
  await page.getByLabel('Conversion rate, high end').fill('');
  const since = await pageNow(page);
  await page.keyboard.type(wider.text, { delay: 40 });
  await page.waitForTimeout(1500);
  const seen = await longTasksSince(page, since);
  await expectUncertainty(page, idea, wider.ranges);
  await expect(section(page)).toHaveAttribute('data-state', 'idle');
  expect(requests, 'no request to the server while ranges are edited').toEqual([]);
  test.info().annotations.push({ type: 'long tasks while editing', description: seen.tasks.join(', ') || 'none' });
  expect(seen.tasks, `no main-thread task of 50 ms or more while editing (long frames: ${seen.frames})`).toEqual([]);
});

test('invalid ends freeze the results with a field error; Save ranges stores the ranges, which survive a reload', async ({ page, user }) => {
  test.setTimeout(90_000);
  const idea = await seedIdea(user.id, {}, FRAGILE);
  await openEditor(page, idea);
  const wider = widerConversion(idea);
  await page.getByLabel('Conversion rate, high end').fill(wider.text);
  await expectUncertainty(page, idea, wider.ranges);
  await expect(page.getByTestId('ranges-status')).toContainText('Unsaved ranges');

  // A low end above the high end: a field error, and the results stay as they were.
  const low = page.getByLabel('Conversion rate, low end');
  await low.fill('50');
  await expect(page.locator('#conversionRateRange-error')).toHaveText('The low end must not be above the high end.');
  await expect(section(page)).toHaveAttribute('data-state', 'frozen');
  await expectUncertainty(page, idea, wider.ranges);
  await low.fill(String(Number((idea.ranges.conversionRate!.low * 100).toFixed(6))));
  await expect(section(page)).toHaveAttribute('data-state', 'idle');
  await expectUncertainty(page, idea, wider.ranges);

  await page.getByRole('button', { name: 'Save ranges' }).click();
  await expect(page.getByTestId('ranges-status')).toHaveText('Saved.');
  const saved = (await readIdea(user.id, idea.id))!;
  // Stored to the column's scale: 3.6 % is 0.036, where 3.6 / 100 is 0.036000000000000004.
  expect(saved.ranges.conversionRate?.high).toBeCloseTo(wider.ranges.conversionRate!.high, 12);
  expect({ ...saved.ranges, conversionRate: undefined }).toEqual({ ...wider.ranges, conversionRate: undefined });
  expect(saved.version).toBe(idea.version + 1);
  await page.reload();
  await expectUncertainty(page, idea, saved.ranges);
});

test('a ranges save from a page opened before another save is refused, saying so and offering a reload', async ({ page, user }) => {
  const idea = await seedIdea(user.id, {}, FRAGILE);
  await openEditor(page, idea);
  expect(await updateRanges(user.id, idea.id, idea.version, idea.ranges)).toEqual({ status: 'ok', saved: null });
  await page.getByLabel('Conversion rate, high end').fill(widerConversion(idea).text);
  await page.getByRole('button', { name: 'Save ranges' }).click();
  await expect(page.getByTestId('ranges-status')).toContainText(RANGES_CONFLICT_MESSAGE);
  expect((await readIdea(user.id, idea.id))?.ranges).toEqual(idea.ranges);
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expectUncertainty(page, idea, idea.ranges);
});

test('an idea without ranges says what ranges are and links to the worksheet to add them', async ({ page, user }) => {
  const idea = await seedIdea(user.id, { ranges: {} }, FRAGILE);
  await page.goto(`/ideas/${idea.id}`);
  await expect(section(page).getByTestId('uncertainty-empty')).toContainText('90 % sure');
  await expect(page.getByTestId('verdict-chance')).toHaveCount(0);
  await section(page).getByRole('link', { name: 'Add ranges in the worksheet' }).click();
  await expect(page).toHaveURL(`/ideas/${idea.id}/edit`);
});

test('axe finds nothing in the section, editor open, and the page fits a phone (screenshots)', async ({ page, user }) => {
  test.setTimeout(90_000);
  const idea = await seedIdea(user.id, {}, FRAGILE);
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/ideas/${idea.id}`);
    await section(page).getByText('Try other ranges').click();
    await expect(page.getByLabel('Conversion rate, high end')).toBeVisible();
    await expect(section(page).locator('svg[data-plot]')).toHaveCount(2, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${label}: no horizontal scroll`).toBe(0);
    await page.screenshot({ path: `tests/e2e/screenshots/uncertainty-idea-${label}.png`, fullPage: true });
    await section(page).screenshot({ path: `tests/e2e/screenshots/uncertainty-section-${label}.png` });
    if (label === 'desktop') {
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="uncertainty"]').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});
