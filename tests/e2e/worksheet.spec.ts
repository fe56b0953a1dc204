import { expect, ideasNamed, readIdea, test, uniqueName } from './support';
import { FIX_FIELDS_MESSAGE } from '@/lib/actions/result';
import { assumptionsOf } from '@/lib/ideas/schema';
import { underwrite } from '@/lib/underwrite';

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

test('a decimal comma is never misread: the field says to use a dot, and nothing is saved', async ({ page, user }) => {
  const name = uniqueName('Decimal comma');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  const conversion = page.getByLabel('Conversion rate');
  await conversion.fill('2,5');
  await page.getByRole('button', { name: 'Create idea' }).click();

  await expect(page.locator('#conversionRate-error')).toHaveText('Use a dot for decimals: 2.5');
  await expect(conversion).toHaveAttribute('aria-invalid', 'true');
  await expect(conversion).toHaveValue('2,5');
  await expect(page).toHaveURL(/\/ideas\/new$/);
  expect(await ideasNamed(user.id, name)).toHaveLength(0);

  await conversion.fill('2.5');
  await page.getByLabel('Visitors in month 1').fill('3 000');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  const [saved] = await ideasNamed(user.id, name);
  expect(saved?.conversionRate).toBeCloseTo(0.025, 10);
  expect(saved?.monthlyVisitors).toBe(3000);
});

test('growth that would compound past the traffic ceiling is refused in words; the largest it takes saves and the page warns', async ({ page, user }) => {
  const name = uniqueName('Compounding');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Visitors in month 1').fill('1000');
  await page.getByLabel('Visitor growth').fill('100');
  await page.getByLabel('Horizon').fill('120');
  await page.getByRole('button', { name: 'Create idea' }).click();

  await expect(page.locator('#visitorGrowthRate-error')).toHaveText(
    'With 1,000 visitors in month 1 over 120 months, growth can be at most 12.3 % a month: faster, traffic passes 1 billion visitors a month and the figures stop meaning anything. Lower the growth or shorten the horizon.',
  );
  await expect(page).toHaveURL(/\/ideas\/new$/);
  expect(await ideasNamed(user.id, name)).toHaveLength(0);

  await page.getByLabel('Visitor growth').fill('12');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  const [saved] = await ideasNamed(user.id, name);
  const warning = underwrite(assumptionsOf(saved!), saved!.stress).warnings.find((w) => w.code === 'AGGRESSIVE_GROWTH');
  expect(warning).toBeDefined();
  await expect(page.locator('[data-code="AGGRESSIVE_GROWTH"]')).toHaveText(warning!.message);
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

test.describe('without JavaScript, numbers', () => {
  test.use({ javaScriptEnabled: false });

  test('the server refuses a decimal comma and dot thousands in the same words, and saves nothing', async ({ page, user }) => {
    const name = uniqueName('No JS comma');
    await page.goto('/ideas/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Price', { exact: true }).fill('29,99');
    await page.getByLabel('Visitors in month 1').fill('3.000');
    await page.getByRole('button', { name: 'Create idea' }).click();

    await expect(page.locator('#price-error')).toHaveText('Use a dot for decimals: 29.99');
    await expect(page.locator('#monthlyVisitors-error')).toHaveText('Did you mean 3000? Type thousands without dots, or use a dot only for decimals.');
    await expect(page.getByLabel('Price', { exact: true })).toHaveValue('29,99');
    expect(await ideasNamed(user.id, name)).toHaveLength(0);
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
