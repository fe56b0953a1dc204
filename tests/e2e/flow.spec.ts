/**
 * Issue #11's flow: signing in comes back to the page the founder was going
 * to, and a new account's empty list starts from an example in one click.
 */
import { seriousAxeViolations } from './page-checks';
import { expect, ideasNamed, seedIdea, signUp, test } from './support';
import { listIdeas } from '@/lib/ideas/data';
import { exampleIdea } from '@/lib/ideas/examples';
import { PRODUCT_TYPE_INFO, PRODUCT_TYPES } from '@/lib/ideas/product-types';

test('signing in returns to the idea page the founder was going to, query included', async ({ browser, baseURL }) => {
  const owner = await signUp((await browser.newContext()).request, baseURL!);
  const idea = await seedIdea(owner.id);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/ideas/${idea.id}/history?from=link`);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/ideas/${idea.id}/history?from=link`)}`);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`/ideas/${idea.id}/history?from=link`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(idea.name);
  // Signed in already, the same link goes straight on.
  await page.goto(`/sign-in?next=${encodeURIComponent(`/ideas/${idea.id}`)}`);
  await expect(page).toHaveURL(`/ideas/${idea.id}`);
  await context.close();
});

test('a client cannot choose where sign-in returns to by sending the proxy’s header itself', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-underwrite-path': '/account?chosen-by=client' } });
  const page = await context.newPage();
  await page.goto('/ideas/new');
  await expect(page).toHaveURL('/sign-in?next=%2Fideas%2Fnew');
  await context.close();
});

test('an empty list starts from an example of any product type, one idea per click', async ({ page, user }) => {
  await page.goto('/');
  const examples = page.getByRole('region', { name: 'Or start from an example' });
  await expect(examples.getByRole('button')).toHaveCount(PRODUCT_TYPES.length);
  for (const [label, width] of [['phone', 375], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/e2e/screenshots/empty-list-${label}.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  }
  const example = exampleIdea('course');
  await examples.getByRole('button', { name: PRODUCT_TYPE_INFO.course.label }).dblclick();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.name);
  // A double click made one idea, filled with the type's numbers and its typical ranges.
  const [created] = await ideasNamed(user.id, example.name);
  expect(await listIdeas(user.id)).toHaveLength(1);
  expect(created).toMatchObject({ productType: 'course', price: example.price, conversionRate: example.conversionRate, ranges: example.ranges });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Or start from an example' })).toHaveCount(0);
});
