/**
 * History (issue #9, point 5) in the browser: an edit of the worksheet is a
 * second version, the history page says what changed and how the results
 * moved, restoring the first brings its values back as a third version, a
 * page older than the newest version cannot restore, and nobody else sees it.
 */
import { expect, readIdea, seedIdea, signUp, test } from './support';
import { seriousAxeViolations } from './page-checks';
import { HISTORY_CONFLICT_MESSAGE } from '@/lib/actions/result';
import { assumptionsOf } from '@/lib/ideas/schema';
import { listVersions } from '@/lib/ideas/versions';
import { formatSignedMoney } from '@/lib/results/format';
import { underwrite } from '@/lib/underwrite';

test('an edited worksheet shows two versions with what changed, and restoring the first brings it back as a third', async ({ page, user, browser }) => {
  // Two contexts, two idea pages and a server-side simulation each: slow on a busy 2-core machine.
  test.setTimeout(90_000);
  const idea = await seedIdea(user.id, { conversionRate: 0.02 });
  const before = underwrite(assumptionsOf(idea), idea.stress);

  await page.goto(`/ideas/${idea.id}/edit`);
  await page.getByLabel('Conversion rate', { exact: true }).fill('1.2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  const edited = (await readIdea(user.id, idea.id))!;
  expect(edited.conversionRate).toBe(0.012);
  const after = underwrite(assumptionsOf(edited), edited.stress);

  // Behind the header's More menu.
  await page.locator('summary', { hasText: 'More' }).click();
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}/history$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of ${idea.name}`);
  const versions = page.locator('li[data-version]');
  await expect(versions).toHaveCount(2);
  const second = page.locator('li[data-version="2"]');
  await expect(second.getByRole('heading', { level: 3 })).toHaveText(/Version 2: Worksheet saved\s*current/);
  await expect(second.getByTestId('changes')).toHaveText('Conversion rate 2 % → 1.2 % of visitors');
  await expect(second.getByTestId('moves')).toContainText(
    `Net result (base) ${formatSignedMoney(before.base.netResult)} → ${formatSignedMoney(after.base.netResult)}`,
  );
  await expect(second.getByTestId('moves')).toContainText(
    `Net result (stress) ${formatSignedMoney(before.stress.netResult)} → ${formatSignedMoney(after.stress.netResult)}`,
  );
  await expect(second.locator('[data-net="base"]')).toHaveText(formatSignedMoney(after.base.netResult));
  await expect(second.getByRole('button', { name: 'Restore this version' }), 'the newest is the idea as it is').toHaveCount(0);
  const first = page.locator('li[data-version="1"]');
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('Version 1: Idea created');
  await expect(first.locator('[data-net="stress"]')).toHaveText(formatSignedMoney(before.stress.netResult));

  // The chart's table: one row per version, oldest first, the same figures.
  await expect(page.locator('.recharts-line')).toHaveCount(2);
  await page.getByRole('button', { name: 'Show table' }).click();
  await expect(page.getByRole('region', { name: /Net result of the base and the stress case/ }).locator('tbody tr')).toHaveText([
    new RegExp(`Version 1\\s*${escape(formatSignedMoney(before.base.netResult))}\\s*${escape(formatSignedMoney(before.stress.netResult))}`),
    new RegExp(`Version 2\\s*${escape(formatSignedMoney(after.base.netResult))}\\s*${escape(formatSignedMoney(after.stress.netResult))}`),
  ]);

  // A second tab that read the history before the restore.
  const stale = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
  await stale.goto(`/ideas/${idea.id}/history`);

  await first.getByRole('button', { name: 'Restore this version' }).click();
  await expect(first.getByRole('status')).toHaveText('Version 1 restored: it is now version 3.');
  await expect(versions).toHaveCount(3);
  const third = page.locator('li[data-version="3"]');
  await expect(third.getByRole('heading', { level: 3 })).toHaveText(/Version 3: Version 1 restored\s*current/);
  await expect(third.getByTestId('changes')).toHaveText('Conversion rate 1.2 % → 2 % of visitors');
  const restored = (await readIdea(user.id, idea.id))!;
  expect(restored.conversionRate).toBe(0.02);
  expect(restored.version, 'an edit form opened before the restore is stale').toBe(3);
  expect((await listVersions(user.id, idea.id)).map((v) => [v.number, v.kind, v.restoredFrom])).toEqual([
    [3, 'restore', 1],
    [2, 'worksheet', null],
    [1, 'created', null],
  ]);

  // The idea page shows the restored value.
  await page.goto(`/ideas/${idea.id}`);
  await expect(page.locator('[data-field="conversionRate"]')).toHaveText('2 % of visitors');

  // The stale tab is refused, and nothing is written.
  await stale.locator('li[data-version="1"]').getByRole('button', { name: 'Restore this version' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: HISTORY_CONFLICT_MESSAGE })).toBeVisible();
  expect(await listVersions(user.id, idea.id)).toHaveLength(3);
  expect((await readIdea(user.id, idea.id))!.conversionRate).toBe(0.02);
});

test('another founder’s history is a 404, and so is a malformed id', async ({ page, user, baseURL }) => {
  const idea = await seedIdea(user.id);
  const other = await signUp(page.request, baseURL!);
  for (const path of [`/ideas/${idea.id}/history`, '/ideas/not-an-id/history']) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} as ${other.email}`).toBe(404);
  }
});

for (const [label, width] of [
  ['desktop', 1280],
  ['phone', 375],
] as const) {
  test(`the history page at ${width} px: no sideways scroll, axe clean, a screenshot`, async ({ page, user }) => {
    const idea = await seedIdea(user.id, { conversionRate: 0.02, name: 'Notion client portal' });
    const { updateIdea, updateStressProfile } = await import('@/lib/ideas/data');
    const { id, version, createdAt, updatedAt, stress, checklist, buildTests, ...input } = idea;
    await updateIdea(user.id, id, version, { ...input, conversionRate: 0.012, price: 49, ranges: { ...input.ranges, price: { low: 29, high: 59 } } });
    await updateStressProfile(user.id, id, { ...stress, trafficChange: -0.6 });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/ideas/${idea.id}/history`);
    await expect(page.locator('li[data-version]')).toHaveCount(3);
    await expect(page.locator('.recharts-line')).toHaveCount(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `tests/e2e/screenshots/history-${label}.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
