import type { Page } from '@playwright/test';
import { expect, ideasNamed, readIdea, test, uniqueName } from './support';

/* The worksheet's ranges: a new idea starts with three, they follow their value until typed in, "use typical ranges" fills the rest, and they survive a save and a reload. */

const range = (page: Page, field: string) => page.locator(`[data-range="${field}"]`);
const low = (page: Page, field: string) => range(page, field).getByLabel('Low end of the 90 % range');
const high = (page: Page, field: string) => range(page, field).getByLabel('High end of the 90 % range');

test('ranges are set on the worksheet, kept by PostgreSQL and shown again after a reload', async ({ page, user }) => {
  const name = uniqueName('Ranged template');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  // Traffic, growth and conversion start with typical ranges; the rest have none.
  await expect(low(page, 'conversionRate')).toHaveValue('0.5');
  await expect(high(page, 'conversionRate')).toHaveValue('3');
  await expect(low(page, 'monthlyVisitors')).toHaveValue('800');
  await expect(low(page, 'price')).toHaveValue('');
  await expect(page.getByRole('heading', { name: /How sure are you\?/ })).toContainText('3 ranges');

  // A range the founder never typed in follows its value.
  await page.getByLabel('Visitors in month 1').fill('10000');
  await expect(low(page, 'monthlyVisitors')).toHaveValue('4000');
  await expect(high(page, 'monthlyVisitors')).toHaveValue('15000');
  // One they typed stays, and is checked against the value.
  await low(page, 'conversionRate').fill('2.5');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(range(page, 'conversionRate').getByText('Your value must lie inside its range')).toBeVisible();
  await expect(low(page, 'conversionRate')).toBeFocused();
  await low(page, 'conversionRate').fill('1');

  await page.getByRole('button', { name: 'Use typical ranges' }).click();
  await expect(page.getByTestId('ranges-note')).toHaveText(/^Added \d+ typical ranges\./);
  await expect(low(page, 'upfrontHours')).toHaveValue('72');
  await expect(high(page, 'upfrontHours')).toHaveValue('160');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;

  const saved = (await readIdea(user.id, id))!;
  expect(saved.ranges.monthlyVisitors).toEqual({ low: 4000, high: 15000 });
  expect(saved.ranges.conversionRate).toEqual({ low: 0.01, high: 0.03 });
  expect(saved.ranges.upfrontHours).toEqual({ low: 72, high: 160 });

  await page.goto(`/ideas/${id}/edit`);
  await expect(low(page, 'conversionRate')).toHaveValue('1');
  await expect(high(page, 'upfrontHours')).toHaveValue('160');
  // Removing a range and saving clears it in the database.
  await low(page, 'upfrontHours').fill('');
  await high(page, 'upfrontHours').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${id}$`));
  await page.reload();
  await page.goto(`/ideas/${id}/edit`);
  await expect(low(page, 'upfrontHours')).toHaveValue('');
  await expect(low(page, 'monthlyVisitors')).toHaveValue('4000');
  expect((await readIdea(user.id, id))!.ranges.upfrontHours).toBeUndefined();
});

test('a range with one end is refused with its error under it, and nothing is saved', async ({ page, user }) => {
  const name = uniqueName('Half a range');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await high(page, 'conversionRate').fill('');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(range(page, 'conversionRate').getByText('Both ends of a range must be numbers.')).toBeVisible();
  await expect(high(page, 'conversionRate')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/ideas\/new$/);
  expect(await ideasNamed(user.id, name)).toHaveLength(0);
});
