/**
 * One founder, two browser contexts (say a laptop and a desktop) with the
 * same edit form open. The form carries the version it was read at, so the
 * save that comes second is refused instead of silently overwriting the
 * first, shows what changed, and lets the founder either take the saved
 * version or overwrite it knowingly. Either way both tabs end on what
 * PostgreSQL holds, and the version grows by one per accepted save only.
 */
import type { Page } from '@playwright/test';
import { expect, readIdea, seedIdea, test, type TestUser } from './support';
import { FIELDS, inModel } from '@/lib/ideas/fields';
import { formatFieldValue } from '@/lib/results/format';
import { toFormValues } from '@/lib/results/form-values';

const field = (key: string) => FIELDS.find((f) => f.key === key)!;

/** Everything the edit form would submit, hidden id and version included (not Next.js's own $ACTION fields). */
const submitted = (page: Page) =>
  page.locator('form:has(input[name="version"])').evaluate((form: HTMLFormElement) =>
    Object.fromEntries([...new FormData(form)].filter(([k]) => !k.startsWith('$ACTION')).map(([k, v]) => [k, String(v)])),
  );

/** What an edit form opened now should hold: the stored idea, as the form shows it. */
async function stored(user: TestUser, id: string): Promise<Record<string, string>> {
  const idea = (await readIdea(user.id, id))!;
  return { ...toFormValues(idea), id, version: String(idea.version) };
}

async function save(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const input = page.getByLabel(label, { exact: true });
    // The service package is folded while unused: open it as the founder would.
    if (!(await input.isVisible())) await input.locator('xpath=ancestor::details[1]/summary').click();
    await input.fill(value);
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
}

/** The conflict panel's row for one field: its Saved now and Yours cells. */
async function expectChange(page: Page, key: string, saved: number, yours: number) {
  const row = page.getByTestId('conflict').locator(`tr[data-field="${key}"]`);
  await expect(row.getByRole('rowheader')).toHaveText(inModel(field(key).label, 'one_time'));
  await expect(row.getByRole('cell')).toHaveText([
    formatFieldValue(field(key), saved, 'one_time'),
    formatFieldValue(field(key), yours, 'one_time'),
  ]);
}

test('the second of two tabs is refused with what changed, and either choice leaves both tabs on the stored idea', async ({
  page: first,
  user,
  browser,
}) => {
  const idea = await seedIdea(user.id); // one-time sale, version 1
  const edit = `/ideas/${idea.id}/edit`;
  // The same account in a second browser context: its own cookie jar, tabs and history.
  const otherContext = await browser.newContext({ storageState: await first.context().storageState() });
  const second = await otherContext.newPage();
  const version = async () => (await readIdea(user.id, idea.id))!.version;

  // Round 1: both open the form at version 1; the first saves.
  await first.goto(edit);
  await second.goto(edit);
  await save(first, { Price: '111' });
  await expect(first).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  expect((await readIdea(user.id, idea.id))!.price).toBe(111);
  expect(await version()).toBe(2);

  // The second, still based on version 1, is refused and told what changed.
  await save(second, { Price: '222' });
  await expect(second.getByRole('alert').filter({ hasText: 'This idea was saved elsewhere' })).toBeVisible();
  await expect(second.getByTestId('conflict')).toBeVisible();
  await expectChange(second, 'price', 111, 222);
  await expect(second.getByTestId('conflict').locator('tbody tr')).toHaveCount(1);
  await expect(second.getByLabel('Price', { exact: true }), 'the founder’s entry is kept').toHaveValue('222');
  expect((await readIdea(user.id, idea.id))!.price, 'nothing of the stale save was written').toBe(111);
  expect(await version()).toBe(2);

  // "Discard mine": the second tab loads what is stored; the first, opened again, agrees.
  await second.getByRole('link', { name: 'Discard mine and load the saved version' }).click();
  await expect(second.getByLabel('Price', { exact: true })).toHaveValue('111');
  await first.goto(edit);
  const afterRound1 = await stored(user, idea.id);
  expect(await submitted(first)).toEqual(afterRound1);
  expect(await submitted(second)).toEqual(afterRound1);

  // Round 2: both at version 2; the first saves again, the second overwrites knowingly.
  await save(first, { Price: '333' });
  await expect(first).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  expect(await version()).toBe(3);
  await save(second, { Price: '444', Upkeep: '7', 'Package price': '90', 'Hours you can give it a month': '20' });
  await expect(second.getByTestId('conflict')).toBeVisible();
  await expectChange(second, 'price', 333, 444);
  await expectChange(second, 'upkeepHoursPerMonth', idea.upkeepHoursPerMonth, 7);
  await expectChange(second, 'availableHoursPerMonth', idea.availableHoursPerMonth, 20);
  await expectChange(second, 'servicePackagePrice', idea.servicePackagePrice, 90);
  await expect(second.getByTestId('conflict').locator('tbody tr')).toHaveCount(4);
  expect(await version()).toBe(3);
  await second.getByRole('button', { name: 'Overwrite with my values' }).click();
  await expect(second).toHaveURL(new RegExp(`/ideas/${idea.id}$`));

  const final = (await readIdea(user.id, idea.id))!;
  expect(final.price).toBe(444);
  expect(final.upkeepHoursPerMonth).toBe(7);
  expect(final).toMatchObject({ servicePackagePrice: 90, availableHoursPerMonth: 20 });
  expect(final.version, 'one increment per accepted save: 111, 333, then the overwrite').toBe(4);
  // Both tabs, opened again, show exactly the stored idea.
  await first.goto(edit);
  await second.goto(edit);
  const afterRound2 = await stored(user, idea.id);
  expect(afterRound2.price).toBe('444');
  expect(await submitted(first)).toEqual(afterRound2);
  expect(await submitted(second)).toEqual(afterRound2);
  await otherContext.close();
});
