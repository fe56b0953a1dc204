/**
 * The worksheet's contract v2 side: a hybrid idea (a product with a service
 * package) and the founder's available hours, made through the form and
 * shown exactly as underwrite() computes them; the support field's words
 * following the pricing model; seed 001's stream table beside the product
 * type; and screenshots of both forms at phone and desktop width.
 */
import type { Page } from '@playwright/test';
import { expectNumbers, seriousAxeViolations } from './page-checks';
import { expect, ideasNamed, readIdea, seedIdea, test, uniqueName } from './support';
import { FIELDS, inModel } from '@/lib/ideas/fields';
import { defaultAssumptions, PRODUCT_TYPE_INFO, type ProductType } from '@/lib/ideas/product-types';
import { assumptionsOf } from '@/lib/ideas/schema';
import { formatFieldValue } from '@/lib/results/format';
import { VERDICT_LABELS } from '@/lib/results/labels';
import { STREAM_TABLE, streamOf } from '@/lib/results/stream-table';
import { underwrite, type Assumptions } from '@/lib/underwrite';

const field = (key: string) => FIELDS.find((f) => f.key === key)!;
const serviceGroup = (page: Page) => page.locator('details[data-group="servicePackage"]');

test('a hybrid idea made through the worksheet shows exactly what underwrite() computes for it', async ({ page, user }) => {
  // A course whose package brings more than the course itself, and more hours than the founder has.
  const typed = { servicePackageRate: 0.5, servicePackagePrice: 500, servicePackageHours: 2, availableHoursPerMonth: 30 };
  const assumptions: Assumptions = { ...defaultAssumptions('course'), ...typed };
  const expected = underwrite(assumptions);
  const codes = expected.warnings.map((w) => w.code);
  expect(codes, 'the case this test is about').toEqual(expect.arrayContaining(['SERVICE_DEPENDENT', 'OVER_CAPACITY']));

  const name = uniqueName('Course plus coaching');
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Product type').selectOption('course');
  // Folded while unused, with a line saying so.
  await expect(page.getByTestId('servicePackage-summary')).toHaveText('Not used.');
  await expect(page.getByLabel('Package price')).toBeHidden();
  await serviceGroup(page).locator('summary').click();
  await page.getByLabel('Buyers who add it').fill('50');
  await page.getByLabel('Package price').fill('$500');
  await page.getByLabel('Hours to deliver one').fill('2');
  await page.getByLabel('Hours you can give it a month').fill('30');
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const saved = (await readIdea(user.id, page.url().split('/').pop()!))!;
  expect(assumptionsOf(saved)).toEqual(assumptions);
  const result = underwrite(assumptionsOf(saved), saved.stress);
  expect(result).toEqual(expected);

  await expect(page.getByTestId('verdict-level')).toHaveText(VERDICT_LABELS[result.verdict.level].word);
  for (const reason of result.verdict.reasons) await expect(page.getByTestId('verdict-reasons')).toContainText(reason);
  await expect(page.getByTestId('warnings').locator('[data-code]')).toHaveCount(result.warnings.length);
  for (const warning of result.warnings) await expect(page.locator(`[data-code="${warning.code}"]`)).toHaveText(warning.message);
  await expectNumbers(page, result);
  // The worksheet as saved, under the results.
  for (const [key, value] of Object.entries(typed)) {
    await expect(page.locator(`[data-field="${key}"]`)).toHaveText(formatFieldValue(field(key), value, 'one_time'));
  }
});

test('editing a hybrid idea keeps its package and hours, and the group opens because it is in use', async ({ page, user }) => {
  const hybrid = { servicePackageRate: 0.08, servicePackagePrice: 150, servicePackageHours: 1.5, availableHoursPerMonth: 25 };
  const idea = await seedIdea(user.id, hybrid, 1);
  await page.goto(`/ideas/${idea.id}/edit`);
  await expect(serviceGroup(page)).toHaveAttribute('open', '');
  await expect(page.getByLabel('Buyers who add it')).toHaveValue('8');
  await expect(page.getByLabel('Hours you can give it a month')).toHaveValue('25');
  await page.getByLabel('Name', { exact: true }).fill(uniqueName('Renamed hybrid'));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  const saved = (await readIdea(user.id, idea.id))!;
  expect(saved.version).toBe(2);
  expect(saved).toMatchObject(hybrid);
});

test('an error in the folded service package opens it and focuses the field', async ({ page, user: _signedIn }) => {
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(uniqueName('Bad package'));
  const group = serviceGroup(page);
  await group.locator('summary').click();
  await page.getByLabel('Package price').fill('lots');
  await group.locator('summary').click();
  await expect(page.getByTestId('servicePackage-summary')).toHaveText(/Package price: not a number/);
  await page.getByRole('button', { name: 'Create idea' }).click();
  await expect(group).toHaveAttribute('open', '');
  await expect(page.locator('#servicePackagePrice-error')).toHaveText('Service package price must be a number.');
  await expect(page.getByLabel('Package price')).toBeFocused();
  await expect(page.getByLabel('Package price')).toHaveAttribute('aria-invalid', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the service package folds and unfolds, and the server’s answer shows its error unfolded', async ({ page, user }) => {
    const name = uniqueName('No JS package');
    await page.goto('/ideas/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await serviceGroup(page).locator('summary').click();
    await page.getByLabel('Buyers who add it').fill('120');
    await page.getByRole('button', { name: 'Create idea' }).click();
    await expect(page.locator('#servicePackageRate-error')).toHaveText('Service package take-up must be between 0 % and 100 %.');
    await expect(serviceGroup(page)).toHaveAttribute('open', '');
    await expect(page.getByLabel('Buyers who add it')).toHaveValue('120');

    await page.getByLabel('Buyers who add it').fill('12');
    await page.getByRole('button', { name: 'Create idea' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const [saved] = await ideasNamed(user.id, name);
    expect(saved?.servicePackageRate).toBeCloseTo(0.12, 10);
  });
});

test('the support field says per sale or per subscriber per month, and switches as the pricing changes', async ({ page, user }) => {
  const support = field('supportMinutesPerCustomer');
  const expectWords = async (model: 'one_time' | 'subscription') => {
    const input = page.getByLabel(inModel(support.label, model), { exact: true });
    await expect(input).toBeVisible();
    await expect(page.locator('#supportMinutesPerCustomer-help')).toHaveText(inModel(support.help, model));
    await expect(input.locator('xpath=following-sibling::span')).toHaveText(inModel(support.suffix, model));
  };
  await page.goto('/ideas/new');
  await page.waitForLoadState('networkidle');
  await expectWords('one_time');
  await expect(page.getByText('Support time per sale', { exact: true })).toBeVisible();
  await page.getByLabel('Support time per sale', { exact: true }).fill('7');
  const url = page.url();
  await page.getByRole('radio', { name: 'Subscription' }).check();
  await expectWords('subscription');
  await expect(page.getByLabel('Support time per subscriber per month', { exact: true }), 'the typed value stays').toHaveValue('7');
  await page.getByRole('radio', { name: 'One-time sale' }).check();
  await expectWords('one_time');
  expect(page.url(), 'no reload').toBe(url);

  // A saved subscription opens with its own words.
  const membership = await seedIdea(user.id, {}, 2);
  await page.goto(`/ideas/${membership.id}/edit`);
  await expectWords('subscription');
});

test('seed 001’s stream row follows the chosen product type, and the whole table is one click away', async ({ page, user: _signedIn }) => {
  const note = page.getByTestId('stream-row');
  const expectRow = async (type: ProductType) => {
    const { row, defaults } = streamOf(type);
    await expect(note.getByTestId('stream-name')).toHaveText(row.stream);
    await expect(note.getByTestId('stream-upfront')).toHaveText(row.upfrontWork);
    await expect(note.getByTestId('stream-upkeep')).toHaveText(row.upkeep);
    await expect(note.getByTestId('stream-best-for')).toHaveText(row.bestFor);
    await expect(note).toContainText(defaults);
    if (!row.fromSeed) await expect(note).toContainText('not in seed 001’s table');
  };
  await page.goto('/ideas/new');
  await expectRow('template');
  await page.getByLabel('Product type').selectOption('course');
  await expectRow('course');
  await expect(note.getByTestId('stream-upkeep')).toHaveText('Medium');
  await page.getByLabel('Product type').selectOption('software');
  await expectRow('software');
  // The defaults the row explains are the ones filled in.
  await expect(page.getByLabel('Build time')).toHaveValue(String(defaultAssumptions('software').upfrontHours));

  await note.getByText('The whole table').click();
  const rows = note.locator('tbody tr');
  await expect(rows).toHaveCount(STREAM_TABLE.length);
  await expect(rows.locator('th')).toHaveText(STREAM_TABLE.map((r) => new RegExp(`^${r.stream}`)));
  await expect(note.locator('tr[aria-current="true"]')).toHaveAttribute('data-stream', 'Software');
  await page.getByLabel('Product type').selectOption('ebook');
  await expect(note.locator('tr[aria-current="true"]')).toHaveAttribute('data-stream', 'Digital products');
  await expect(note.locator('tr[aria-current="true"]')).toContainText(PRODUCT_TYPE_INFO.ebook.label);
});

// One test per form and width, each with its own time: a full-page screenshot and an axe scan are slow on a busy machine.
for (const [label, width] of [['desktop', 1280], ['phone', 375]] as const) {
  for (const form of ['new', 'edit'] as const) {
    test(`the ${form} form at ${width} px, stream table and service package open: no sideways scroll, axe clean, a screenshot`, async ({ page, user }) => {
      await page.setViewportSize({ width, height: 900 });
      if (form === 'new') {
        await page.goto('/ideas/new');
        await page.getByTestId('stream-row').getByText('The whole table').click();
      } else {
        const hybrid = await seedIdea(user.id, { servicePackageRate: 0.08, servicePackagePrice: 150, servicePackageHours: 1.5 }, 1);
        await page.goto(`/ideas/${hybrid.id}/edit`);
        await expect(serviceGroup(page), 'a package in use shows unfolded').toHaveAttribute('open', '');
      }
      await page.waitForLoadState('networkidle');
      // Nothing is wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways scroll in px').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `tests/e2e/screenshots/worksheet-${form}-${label}.png`, fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}
