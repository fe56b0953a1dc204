import type { Locator, Page } from '@playwright/test';
import pg from 'pg';
import { formatDate } from '@/lib/results/format';
import { FIRST_TEST_RULE, GATE_LABELS, VERDICT_LABELS } from '@/lib/results/labels';
import { assumptionsOf } from '@/lib/ideas/schema';
import { underwrite, type VerdictLevel } from '@/lib/underwrite';
import { requireDatabaseUrl } from '@/lib/env';
import { CHECKLIST_ITEMS } from '@/lib/ideas/checklist';
import { deleteIdea } from '@/lib/ideas/data';
import { expect, readIdea, seedIdea, test } from './support';

// A browser hours behind the server's UTC: dates rendered in the browser's own
// time zone would differ from the server's HTML (a hydration error) or show
// another day.
test.use({ timezoneId: 'America/Los_Angeles' });

const STOP = GATE_LABELS.stop.then;
const itemText = (k: number) => CHECKLIST_ITEMS[k - 1]!.text;

const checklist = (page: Page) => page.getByRole('region', { name: '30-day validation checklist' });
const buildItOnce = (page: Page) => page.getByRole('region', { name: 'Build it once' });
const checkbox = (page: Page, k: number) => checklist(page).getByRole('checkbox', { name: itemText(k) });
/** The list item of checklist item k: its due line, message, evidence and button. */
const row = (page: Page, k: number) =>
  checklist(page).getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: itemText(k) }) });
/** The gate over the verdict: Stop or Unproven. */
const gate = (page: Page) => page.locator('section[data-gate]');
const provenDemand = (page: Page) => buildItOnce(page).getByRole('group', { name: 'Proven demand' });

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Moves an idea's creation `days` into the past, so some items are due or overdue today. */
async function backdate(id: string, days: number) {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    await client.query('UPDATE ideas SET created_at = created_at - make_interval(days => $2) WHERE id = $1', [id, days]);
  } finally {
    await client.end();
  }
}

test('a tick survives a reload with the day it was done, and an untick clears it', async ({ page, user }) => {
  // Dates are rendered on the server and again in the browser: they must agree (no hydration error).
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The app has no favicon yet; its 404 is not this page's concern.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  await expect(checklist(page).getByText('0 of 5 done')).toBeVisible();
  // Proving the problem comes first (seed 000: "Start by proving..."): item 5 is due on day 6, item 1 on day 12.
  await expect(row(page, 5)).toContainText(`Due ${formatDate(new Date(idea.createdAt.getTime() + 5 * 86_400_000))} · day 6 of 30`);
  await expect(row(page, 1)).toContainText(`Due ${formatDate(new Date(idea.createdAt.getTime() + 11 * 86_400_000))} · day 12 of 30`);
  await expect(checklist(page).locator('label[for$="-check"]')).toHaveText([5, 1, 2, 3, 4].map(itemText));

  await checkbox(page, 1).check();
  const today = formatDate(new Date());
  await expect(row(page, 1)).toContainText(`Done ${today} (day 1)`);
  await expect(checklist(page).getByRole('progressbar', { name: 'Checklist progress' })).toHaveAttribute('aria-valuenow', '1');
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.checklist[0]?.done).toBe(true);

  await page.reload();
  await expect(checkbox(page, 1)).toBeChecked();
  await expect(row(page, 1)).toContainText(`Done ${today} (day 1)`);
  await expect(checklist(page).getByText('1 of 5 done')).toBeVisible();

  await checkbox(page, 1).uncheck();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.checklist[0]).toMatchObject({ done: false, doneAt: null });
  await page.reload();
  await expect(checkbox(page, 1)).not.toBeChecked();
  await expect(row(page, 1)).not.toContainText('Done');
  // Ticks never touch the worksheet's version: an open edit form stays valid.
  expect((await readIdea(user.id, idea.id))?.version).toBe(1);
  expect(errors).toEqual([]);
});

test('an undone item past its day says "Overdue" in words, until it is ticked', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  await backdate(idea.id, 14);
  await page.goto(`/ideas/${idea.id}`);
  await expect(checklist(page)).toContainText('Today is day 15 of 30.');
  await expect(row(page, 5)).toContainText('Overdue by 9 days');
  await expect(row(page, 1)).toContainText('Overdue by 3 days');
  await expect(row(page, 2)).toContainText('3 days left');
  await expect(row(page, 2)).not.toContainText('Overdue');

  await checkbox(page, 5).check();
  await expect(row(page, 5)).toContainText(`Done ${formatDate(new Date())} (day 15)`);
  await expect(row(page, 5)).not.toContainText('Overdue');
});

test('an evidence note is saved and still there after a reload', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  const evidence = checklist(page).getByLabel('Evidence for item 5');
  await evidence.fill('14 of 20 interviewees pay for a workaround today.');
  await expect(row(page, 5)).toContainText('Unsaved changes');
  await row(page, 5).getByRole('button', { name: 'Save note' }).click();
  await expect(row(page, 5).getByText('Note saved.')).toBeVisible();

  // Leaving a note saves it too.
  await checklist(page).getByLabel('Evidence for item 2').fill('Stress case still pays back in month 14.');
  await checkbox(page, 3).focus();
  await expect(row(page, 2).getByText('Note saved.')).toBeVisible();

  await page.reload();
  await expect(evidence).toHaveValue('14 of 20 interviewees pay for a workaround today.');
  await expect(checklist(page).getByLabel('Evidence for item 2')).toHaveValue('Stress case still pays back in month 14.');
  const saved = await readIdea(user.id, idea.id);
  expect(saved?.checklist.map((c) => c.evidence)).toEqual([
    '',
    'Stress case still pays back in month 14.',
    '',
    '',
    '14 of 20 interviewees pay for a workaround today.',
  ]);
});

test('a failed save rolls the tick and the answer back and says so', async ({ page, user }, testInfo) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  await expect(checkbox(page, 2)).not.toBeChecked();
  // Deleted behind the page's back (another tab): every save now fails.
  expect(await deleteIdea(user.id, idea.id)).toEqual({ status: 'ok', saved: null });

  await checkbox(page, 2).click();
  await expect(row(page, 2)).toContainText('Could not save the tick, so it was undone: This idea no longer exists');
  await expect(checkbox(page, 2)).not.toBeChecked();
  await expect(checklist(page).getByText('0 of 5 done')).toBeVisible();

  await provenDemand(page).getByRole('radio', { name: 'No', exact: true }).click();
  await expect(buildItOnce(page)).toContainText('Could not save the answer, so it was undone: This idea no longer exists');
  await expect(provenDemand(page).getByRole('radio', { name: 'Not yet known' })).toBeChecked();
  await expect(buildItOnce(page).getByText(STOP)).toHaveCount(0);

  // A note is not optimistic: the text stays in the box, and the failure is said next to it.
  const evidence = checklist(page).getByLabel('Evidence for item 3');
  await evidence.fill('Platform fees checked.');
  await row(page, 3).getByRole('button', { name: 'Save note' }).click();
  await expect(row(page, 3)).toContainText('Note not saved: This idea no longer exists');
  await expect(evidence).toHaveValue('Platform fees checked.');
  await checklist(page).screenshot({ path: testInfo.outputPath('checklist-failed-save.png') });
});

test('"no" to proven demand puts Stop over the verdict on the page and the list, and "yes" takes it away, without reloading the app', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  const verdict = underwrite(assumptionsOf(idea), idea.stress).verdict.level;
  const word = (level: VerdictLevel) => new RegExp(VERDICT_LABELS[level].word);
  const listRow = page.locator(`[data-idea="${idea.id}"]`);
  await page.goto(`/ideas/${idea.id}`);
  await expect(page.getByText(STOP)).toHaveCount(0);
  await expect(gate(page)).toHaveCount(0);
  await expect(buildItOnce(page).getByText('0 of 4 passed')).toBeVisible();
  // Set once: a full page load would lose it.
  await page.evaluate(() => ((window as unknown as { __sameApp: boolean }).__sameApp = true));

  await provenDemand(page).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(buildItOnce(page).getByText(STOP)).toBeVisible();
  await expect(buildItOnce(page).getByText(FIRST_TEST_RULE)).toBeVisible();
  // Over the verdict, naming the rule; the engine's verdict is still there beneath it.
  await expect(gate(page)).toHaveAttribute('data-gate', 'stop');
  await expect(gate(page).getByRole('heading', { name: 'Stop' })).toBeVisible();
  await expect(gate(page)).toContainText(FIRST_TEST_RULE);
  await expect(page.getByTestId('verdict-level')).toHaveText(VERDICT_LABELS[verdict].word);
  expect(await gate(page).evaluate((g) => g.compareDocumentPosition(document.querySelector('[data-testid="verdict-level"]')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.buildTests[0]?.answer).toBe('no');

  // The list, reached through the app's own link: Stop over the verdict there too.
  await page.getByRole('link', { name: 'Underwrite', exact: true }).click();
  await expect(listRow.locator('[data-gate="stop"]')).toHaveText(/Stop/);
  await expect(listRow.locator('[data-verdict]')).toHaveText(word(verdict));
  await listRow.getByRole('link').click();

  // Saved: a reload shows it from the stored answer.
  await expect(gate(page)).toHaveAttribute('data-gate', 'stop');
  await page.reload();
  await expect(provenDemand(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(gate(page)).toHaveAttribute('data-gate', 'stop');
  await expect(page.getByText(STOP)).toHaveCount(2);
  await page.evaluate(() => ((window as unknown as { __sameApp: boolean }).__sameApp = true));

  await provenDemand(page).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(buildItOnce(page).getByText(STOP)).toHaveCount(0);
  await expect(gate(page)).toHaveCount(0);
  await expect(page.getByTestId('verdict-level')).toHaveText(VERDICT_LABELS[verdict].word);
  await expect(buildItOnce(page).getByText('1 of 4 passed')).toBeVisible();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.buildTests[0]?.answer).toBe('yes');
  await page.getByRole('link', { name: 'Underwrite', exact: true }).click();
  await expect(listRow.locator('[data-verdict]')).toHaveText(word(verdict));
  await expect(listRow.locator('[data-gate]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sameApp?: boolean }).__sameApp), 'no full page load').toBe(true);

  await listRow.getByRole('link').click();
  await buildItOnce(page).getByLabel('Note on proven demand').fill('Forty replies asking for it.');
  const provenDemandRow = buildItOnce(page).getByRole('listitem').filter({ has: page.getByLabel('Note on proven demand') });
  await provenDemandRow.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.buildTests[0]?.note).toBe('Forty replies asking for it.');
});

test('"not yet known" after day 30 of the checklist shows Unproven over the verdict, on the page and the list', async ({ page, user }) => {
  const onDay30 = await seedIdea(user.id);
  const onDay31 = await seedIdea(user.id);
  await backdate(onDay30.id, 29);
  await backdate(onDay31.id, 30);

  await page.goto('/');
  await expect(page.locator(`[data-idea="${onDay30.id}"] [data-gate]`)).toHaveCount(0);
  await expect(page.locator(`[data-idea="${onDay31.id}"] [data-gate="unproven"]`)).toHaveText(/Unproven/);
  await expect(page.locator(`[data-idea="${onDay31.id}"] [data-verdict]`)).toBeVisible();

  await page.goto(`/ideas/${onDay30.id}`);
  await expect(checklist(page)).toContainText('Today is day 30 of 30.');
  await expect(gate(page)).toHaveCount(0);

  await page.goto(`/ideas/${onDay31.id}`);
  await expect(gate(page)).toHaveAttribute('data-gate', 'unproven');
  await expect(gate(page).getByRole('heading', { name: 'Unproven' })).toBeVisible();
  await expect(gate(page)).toContainText(FIRST_TEST_RULE);
  await expect(page.getByTestId('verdict-level')).toBeVisible();
  // Answering it, either way, ends Unproven: yes clears it, no turns it into Stop.
  await provenDemand(page).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(gate(page)).toHaveAttribute('data-gate', 'stop');
  await provenDemand(page).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(gate(page)).toHaveCount(0);
});

test('keyboard only: Tab to a checkbox and press Space; arrow keys answer a test', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  const target = checkbox(page, 2);
  // Past the header, the key numbers (each opens to its working) and the nine stress sliders.
  for (let i = 0; i < 80 && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.checklist[1]?.done).toBe(true);

  // In a radio group Tab lands on the chosen answer ("Not yet known"); the arrows move and choose.
  const unknown = provenDemand(page).getByRole('radio', { name: 'Not yet known' });
  for (let i = 0; i < 60 && !(await isFocused(unknown)); i++) await page.keyboard.press('Tab');
  await expect(unknown).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(provenDemand(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(buildItOnce(page).getByText(STOP)).toBeVisible();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.buildTests[0]?.answer).toBe('no');
});

test('screenshots of the panels at desktop and phone width', async ({ page, user }, testInfo) => {
  const idea = await seedIdea(user.id, { name: 'Checklist screenshot' });
  await backdate(idea.id, 14);
  await page.goto(`/ideas/${idea.id}`);
  await checkbox(page, 1).check();
  await checklist(page).getByLabel('Evidence for item 1').fill('Sales: one-time $39, 2.5 % of 3,000 visitors a month.');
  await row(page, 1).getByRole('button', { name: 'Save note' }).click();
  await expect(row(page, 1).getByText('Note saved.')).toBeVisible();
  await provenDemand(page).getByRole('radio', { name: 'No', exact: true }).check();
  await expect.poll(async () => (await readIdea(user.id, idea.id))?.buildTests[0]?.answer).toBe('no');
  await page.reload();
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`checklist-${name}.png`), fullPage: true });
    await checklist(page).screenshot({ path: testInfo.outputPath(`checklist-${name}-panel.png`) });
    await buildItOnce(page).screenshot({ path: testInfo.outputPath(`build-it-once-${name}-panel.png`) });
  }
});
