import { expect, ideasNamed, readIdea, test, uniqueName } from './support';
import { FIX_FIELDS_MESSAGE } from '@/lib/actions/result';

test('a founder creates, edits, reloads and deletes an idea', async ({ page, user }) => {
  const name = uniqueName('Course for designers');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Product type').selectOption('course');
  // The course defaults replace the template's, with units beside them.
  await expect(page.getByLabel('Price', { exact: true })).toHaveValue('199');
  await expect(page.getByText('$ per sale')).toBeVisible();
  await page.getByLabel('Price', { exact: true }).fill('249');
  await page.getByLabel('Conversion rate').fill('1.5');
  await page.getByRole('button', { name: 'Create idea' }).click();

  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = page.url().split('/').pop()!;
  const saved = await readIdea(user.id, id);
  expect(saved?.price).toBe(249);
  expect(saved?.conversionRate).toBeCloseTo(0.015, 10);
  expect(saved?.productType).toBe('course');

  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await page.getByRole('link', { name: 'Edit worksheet' }).click();
  await expect(page.getByLabel('Conversion rate')).toHaveValue('1.5');
  await page.getByLabel('Price', { exact: true }).fill('299');
  await page.getByLabel('Upkeep').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${id}$`));

  // Nothing restarted: a reload shows what PostgreSQL holds.
  await page.reload();
  await expect(page.locator('[data-field="price"]')).toHaveText('$299.00 per sale');
  await page.goto(`/ideas/${id}/edit`);
  await expect(page.getByLabel('Price', { exact: true })).toHaveValue('299');
  await expect(page.getByLabel('Upkeep')).toHaveValue('12');
  expect((await readIdea(user.id, id))?.version).toBe(2);

  await page.goto(`/ideas/${id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  expect(await readIdea(user.id, id)).not.toBeNull();

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete idea' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
  expect(await readIdea(user.id, id)).toBeNull();
});

test('invalid values are explained next to their fields and nothing is saved', async ({ page, user }) => {
  const name = uniqueName('Broken numbers');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Price', { exact: true }).fill('twenty');
  await page.getByLabel('Conversion rate').fill('150');
  await page.getByLabel('Refunds').fill('-3');
  await page.getByLabel('Horizon').fill('121');
  await page.getByRole('button', { name: 'Create idea' }).click();

  await expect(page.getByRole('alert').filter({ hasText: FIX_FIELDS_MESSAGE })).toBeVisible();
  const price = page.getByLabel('Price', { exact: true });
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#price-error')).toHaveText('Price must be a number.');
  await expect(page.locator('#conversionRate-error')).toHaveText('Conversion rate must be between 0 % and 100 %.');
  await expect(page.locator('#refundRate-error')).toHaveText('Refund rate must be between 0 % and 100 %.');
  await expect(page.locator('#horizonMonths-error')).toHaveText('Horizon must be between 1 and 120 months.');
  // The error is announced with the field, and the typed values stay.
  await expect(price).toHaveAttribute('aria-describedby', /price-error/);
  await expect(price).toHaveValue('twenty');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(page).toHaveURL(/\/ideas\/new$/);
  expect(await ideasNamed(user.id, name)).toHaveLength(0);

  // Fixing the fields saves the idea.
  await price.fill('20');
  await page.getByLabel('Conversion rate').fill('1.5');
  await page.getByLabel('Refunds').fill('3');
  await page.getByLabel('Horizon').fill('24');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  expect(await ideasNamed(user.id, name)).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server action validates on its own, keeps the values and saves nothing', async ({ page, user }) => {
    const name = uniqueName('No JS');
    await page.goto('/ideas/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Conversion rate').fill('250');
    await page.getByLabel('Build cash').fill('-1');
    await page.getByRole('button', { name: 'Create idea' }).click();

    await expect(page.locator('#conversionRate-error')).toHaveText('Conversion rate must be between 0 % and 100 %.');
    await expect(page.locator('#upfrontCash-error')).toHaveText('Upfront cash cannot be negative.');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await expect(page.getByLabel('Conversion rate')).toHaveValue('250');
    expect(await ideasNamed(user.id, name)).toHaveLength(0);

    await page.getByLabel('Conversion rate').fill('2');
    await page.getByLabel('Build cash').fill('100');
    await page.getByRole('button', { name: 'Create idea' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(await ideasNamed(user.id, name)).toHaveLength(1);
  });
});

// Signed in (the `user` fixture), so the 404 is about the idea, not the session.
test('an unknown or malformed idea id shows the not-found page with a 404', async ({ page, user: _signedIn }) => {
  for (const path of ['/ideas/not-an-id', '/ideas/00000000-0000-4000-8000-000000000000', '/ideas/x/edit']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Idea not found' })).toBeVisible();
  }
});
