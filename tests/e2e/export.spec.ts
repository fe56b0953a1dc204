/**
 * Export (issue #12): the months as CSV, fetched over real HTTP and read
 * back cell by cell against the engine, and the one-page report.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { APIResponse } from '@playwright/test';
import { parseCsv } from '@/lib/actuals/csv';
import { BUILD_TESTS, NOTE_MAX } from '@/lib/ideas/checklist';
import { updateStressProfile } from '@/lib/ideas/data';
import { answerBuildTest, saveBuildTestNote, setChecklistItemDone } from '@/lib/ideas/progress';
import { assumptionsOf, NAME_MAX, TEXT_MAX, type Idea } from '@/lib/ideas/schema';
import { keyNumbers } from '@/lib/results/key-numbers';
import { VERDICT_LABELS } from '@/lib/results/labels';
import { underwrite, type MonthRow } from '@/lib/underwrite';
import { seriousAxeViolations } from './page-checks';
import { expect, readIdea, seedIdea, signUp, test, type TestUser } from './support';

/** The month fields after `month`, read off the engine's own row (contract order), not off the CSV module. */
const columnsOf = (row: MonthRow) => Object.keys(row).filter((key) => key !== 'month') as Exclude<keyof MonthRow, 'month'>[];

/** The hybrid demo idea (a service package too) under a stress profile of its own, with conversion measured lower than guessed. */
async function seedMeasuredIdea(user: TestUser): Promise<Idea> {
  const seeded = await seedIdea(
    user.id,
    {
      name: 'Café owners’ “menu” kit, v2',
      conversionRate: 0.025,
      evidence: { conversionRate: { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.011 } },
    },
    1,
  );
  const saved = await updateStressProfile(user.id, seeded.id, { ...seeded.stress, priceChange: -0.15, trafficChange: -0.55, supportChange: 1.25 });
  expect(saved.status).toBe('ok');
  return (await readIdea(user.id, seeded.id))!;
}

/** The CSV read with the app's own RFC 4180 reader. */
async function readCsv(response: APIResponse | string) {
  const parsed = parseCsv(typeof response === 'string' ? response : await response.text());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}

test('the months CSV holds every month of base, stress and the calibrated case, each cell equal to the engine’s number', async ({ page, user }) => {
  const idea = await seedMeasuredIdea(user);
  const assumptions = assumptionsOf(idea);
  const result = underwrite(assumptions, idea.stress);
  const calibrated = underwrite({ ...assumptions, conversionRate: 0.011 }, idea.stress).base;
  expect(result.stress.months[0]!.gross).toBeLessThan(result.base.months[0]!.gross);

  const response = await page.request.get(`/ideas/${idea.id}/months.csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="cafe-owners-menu-kit-v2-months.csv"');
  // Read now: the response is gone once the page navigates.
  const text = await response.text();
  const table = await readCsv(text);
  const COLUMNS = columnsOf(result.base.months[0]!);
  expect(COLUMNS).toHaveLength(18);
  expect(table.header).toEqual(['scenario', 'month', ...COLUMNS]);

  const expected = [
    ...result.base.months.map((m) => ['base', m] as const),
    ...result.stress.months.map((m) => ['stress', m] as const),
    ...calibrated.months.map((m) => ['calibrated', m] as const),
  ];
  expect(table.rows).toHaveLength(3 * idea.horizonMonths);
  table.rows.forEach(({ fields }, i) => {
    const [scenario, month] = expected[i]!;
    expect(fields.slice(0, 2)).toEqual([scenario, String(month.month)]);
    COLUMNS.forEach((column, c) => {
      const cell = fields[c + 2]!;
      // Plain digits with a decimal point: no currency, no thousands separator, no exponent.
      expect(cell, `${scenario} month ${month.month} ${column}`).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(cell), `${scenario} month ${month.month} ${column}`).toBe(month[column]);
    });
  });

  // The idea page's link downloads the same file, under the idea's name.
  await page.goto(`/ideas/${idea.id}`);
  // Behind the header's More menu.
  await page.locator('summary', { hasText: 'More' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download months (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('cafe-owners-menu-kit-v2-months.csv');
  expect(await readFile((await download.path())!, 'utf8')).toBe(text);
});

test('without a calibrated case the CSV has base and stress only', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  const table = await readCsv(await page.request.get(`/ideas/${idea.id}/months.csv`));
  expect(table.rows.map((r) => r.fields[0])).toEqual([...Array(idea.horizonMonths).fill('base'), ...Array(idea.horizonMonths).fill('stress')]);
});

test('the months CSV answers the same bare 404 to another account, to no session, and for ids of nothing', async ({ page, user, browser, baseURL, playwright }) => {
  const idea = await seedMeasuredIdea(user);
  expect((await page.request.get(`/ideas/${idea.id}/months.csv`)).status()).toBe(200);
  const other = await browser.newContext();
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    await signUp(other.request, baseURL!);
    const answers = [];
    for (const [who, request] of [
      ['another account', other.request],
      ['no session', anonymous],
    ] as const) {
      for (const id of [idea.id, idea.id.toUpperCase(), randomUUID(), 'not-an-idea-id']) {
        const response = await request.get(`${baseURL}/ideas/${id}/months.csv`, { maxRedirects: 0 });
        const body = await response.text();
        expect(response.status(), `${who}: ${id}`).toBe(404);
        expect(body).not.toContain(idea.name);
        answers.push({ type: response.headers()['content-type'], disposition: response.headers()['content-disposition'], body });
      }
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size, 'one answer for all').toBe(1);
    expect(answers[0]).toEqual({ type: 'text/plain; charset=utf-8', disposition: undefined, body: 'Not found.' });
  } finally {
    await other.close();
    await anonymous.dispose();
  }
});

/** The most a report can hold: the longest name and texts, eight of the nine warnings (the ninth cannot hold with them), a Stop, long notes, a calibrated case that overrules, ranges. */
async function seedWorstCase(user: TestUser): Promise<Idea> {
  const idea = await seedIdea(
    user.id,
    {
      name: `${'Wonderfully verbose what-if '.repeat(5)}`.slice(0, NAME_MAX).trim().padEnd(NAME_MAX, 'W'),
      problem: 'Owners of small cafés rewrite their menus by hand every season and lose whole evenings to it. '.repeat(30).slice(0, TEXT_MAX),
      audience: 'Independent café and bakery owners in mid-sized towns who sell on Instagram and at markets. '.repeat(30).slice(0, TEXT_MAX),
      pricingModel: 'one_time',
      price: 5,
      feePerTransaction: 4.9,
      feeRate: 0.1,
      refundRate: 0.05,
      hourlyRate: 0,
      conversionRate: 0.09,
      monthlyVisitors: 2000,
      visitorGrowthRate: 0.12,
      horizonMonths: 36,
      servicePackageRate: 0.2,
      servicePackagePrice: 900,
      servicePackageHours: 6,
      availableHoursPerMonth: 10,
      supportMinutesPerCustomer: 20,
      upkeepHoursPerMonth: 30,
      adSpendPerMonth: 110_000,
      upfrontCash: 20_000,
      upfrontHours: 200,
      churnRate: 0,
      ranges: { conversionRate: { low: 0.05, high: 0.12 }, monthlyVisitors: { low: 1000, high: 3000 } },
      evidence: {
        price: { kind: 'measured', source: 'The first forty orders on the shop, all of them at the launch price', measuredOn: '2026-03-03', value: 4.5 },
        conversionRate: { kind: 'measured', source: 'A pre-sale page with paid traffic from three different ad networks', measuredOn: '2026-03-04', value: 0.095 },
        refundRate: { kind: 'measured', source: 'Refunds asked for in the first six weeks of sales', measuredOn: '2026-03-05', value: 0.06 },
      },
    },
    1,
  );
  const note = 'A long note about what we heard in the interviews and what it means for the next step. '.repeat(30).slice(0, NOTE_MAX);
  for (const { test: key } of BUILD_TESTS) {
    await answerBuildTest(user.id, { ideaId: idea.id, test: key, answer: key === 'proven_demand' ? 'no' : 'unknown' });
    await saveBuildTestNote(user.id, { ideaId: idea.id, test: key, note });
  }
  for (const item of [1, 5]) await setChecklistItemDone(user.id, { ideaId: idea.id, item, done: true });
  const stored = (await readIdea(user.id, idea.id))!;
  const assumptions = assumptionsOf(stored);
  expect(underwrite(assumptions, stored.stress).warnings).toHaveLength(8);
  return stored;
}

/** How many pages a PDF has: its page objects (/Type /Page), not the page tree (/Type /Pages). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

test('the report prints on one A4 page and one Letter page, for a plain idea and for the longest one the worksheet takes', async ({ page, user }) => {
  test.setTimeout(90_000);
  const plain = await seedIdea(user.id);
  const worst = await seedWorstCase(user);
  await mkdir('tests/e2e/screenshots', { recursive: true });
  for (const [label, idea] of [
    ['plain', plain],
    ['worst', worst],
  ] as const) {
    await page.goto(`/ideas/${idea.id}/report`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.name);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      await writeFile(`tests/e2e/screenshots/report-${label}-${format}.pdf`, pdf);
      expect(pageCount(pdf), `${label} idea on ${format}`).toBe(1);
    }
  }
  // The counter itself can fail: the idea page, far longer than a page, prints on several.
  await page.goto(`/ideas/${worst.id}`);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

test('the report says what the idea page says, and prints without the site around it (screenshots)', async ({ page, user }) => {
  test.setTimeout(90_000);
  const idea = await seedWorstCase(user);
  const assumptions = assumptionsOf(idea);
  const result = underwrite(assumptions, idea.stress);
  const measured = underwrite({ ...assumptions, price: 4.5, conversionRate: 0.095, refundRate: 0.06 }, idea.stress);
  const response = await page.goto(`/ideas/${idea.id}/report`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');

  await expect(page.locator('[data-gate="stop"]')).toContainText('Stop.');
  await expect(page.getByTestId('report-verdict')).toHaveText(VERDICT_LABELS[measured.verdict.level].word);
  await expect(page.getByTestId('report-chance')).toContainText('chance it pays back in 36 months');
  for (const row of keyNumbers(result)) {
    for (const scenario of ['base', 'stress'] as const) {
      await expect(page.locator(`[data-key="${row.key}"] [data-scenario="${scenario}"] [data-value]`), `${row.key} ${scenario}`).toHaveText(row[scenario].text);
    }
  }
  const shown = measured.verdict.level === result.verdict.level ? result : measured;
  await expect(page.getByTestId('report-warnings').getByRole('listitem')).toHaveText(shown.warnings.map((w) => `⚠${w.message}`));
  await expect(page.locator('[data-item]')).toHaveCount(5);
  await expect(page.locator('[data-item][data-done="true"]')).toHaveCount(2);
  await expect(page.locator('[data-test="proven_demand"]')).toContainText('Proven demand: No');
  await expect(page.locator('[data-report-chart]').locator('visible=true')).toHaveCount(1);
  expect(await seriousAxeViolations(page)).toEqual([]);

  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${label}: nothing wider than the screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `tests/e2e/screenshots/report-${label}.png`, fullPage: true });
  }
  // As wide as an A4 sheet at 96 px to the inch: what the paper gets.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.screenshot({ path: 'tests/e2e/screenshots/report-print.png', fullPage: true });
});

test('the idea page links its report, and another account gets the idea page’s 404', async ({ page, user, browser, baseURL }) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  await page.locator('summary', { hasText: 'More' }).click();
  await page.getByRole('link', { name: 'One-page report' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}/report$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.name);
  const other = await browser.newContext();
  try {
    await signUp(other.request, baseURL!);
    const response = await other.request.get(`${baseURL}/ideas/${idea.id}/report`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('Idea not found');
    expect(html).not.toContain(idea.name);
  } finally {
    await other.close();
  }
});
