/**
 * Export (issue #12): the months as CSV, fetched over real HTTP and read
 * back cell by cell against the engine, and the one-page report.
 */
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { APIResponse } from '@playwright/test';
import { parseCsv } from '@/lib/actuals/csv';
import { updateStressProfile } from '@/lib/ideas/data';
import { assumptionsOf, type Idea } from '@/lib/ideas/schema';
import { underwrite, type MonthRow } from '@/lib/underwrite';
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
async function readCsv(response: APIResponse) {
  const parsed = parseCsv(await response.text());
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
  const table = await readCsv(response);
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
  expect(await readFile((await download.path())!, 'utf8')).toBe(await response.text());
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
