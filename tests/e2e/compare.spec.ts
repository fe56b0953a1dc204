/**
 * Issue #12's what-if and compare, in the browser: "Duplicate" copies an
 * idea and opens the copy's worksheet, the copy links back to its original,
 * a double click makes one copy; compare shows the founder's own ideas side
 * by side and leaves out anyone else's without a trace.
 */
import type { Page } from '@playwright/test';
import { ideaRowsNamed } from './db-rows';
import { expect, readIdea, seedIdea, test } from './support';
import { whatIfName } from '@/lib/ideas/what-if';

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

  // The copy's page links back, and offers the two side by side.
  await expect(page.getByTestId('what-if-of')).toContainText(`What-if of ${original.name}`);
  await expect(page.getByRole('link', { name: 'Compare with the original' })).toHaveAttribute('href', `/compare?ids=${original.id},${copyId}`);
  await page.getByTestId('what-if-of').getByRole('link', { name: original.name }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${original.id}$`));
  await expect(page.getByTestId('what-if-of')).toHaveCount(0);
});

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
