/**
 * The account page's "Your data": the JSON export over real HTTP, deleting
 * the account (every row gone, checked table by table in raw SQL, and its
 * sessions ended in every browser), and editing the name with the server's
 * own limit. Screenshots land in tests/e2e/screenshots/.
 */
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { EXPORT_FORMAT } from '@/lib/account/export';
import { EMAIL_MISMATCH_MESSAGE } from '@/lib/account/schema';
import { NAME_MAX } from '@/lib/auth/password';
import { accountRows, addAuthRows, ideaIdsOf, type AccountKeys } from '../support/owned-rows';
import { seedFullIdea } from '../support/account-data';
import { callerOf, callFormAction } from './actions';
import { withSql } from './db-rows';
import { seriousAxeViolations } from './page-checks';
import { expect, fakeClientIp, signUp, test, type TestUser } from './support';

const rowsOf = (keys: AccountKeys) => withSql((sql) => accountRows(sql, keys));
const keysOf = async (user: TestUser): Promise<AccountKeys> => ({ ...user, ideaIds: await withSql((sql) => ideaIdsOf(sql, user.id)) });

function signIn(request: APIRequestContext, baseURL: string, user: TestUser, password = user.password) {
  return request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: { email: user.email, password },
    headers: { origin: baseURL, 'x-forwarded-for': fakeClientIp() },
  });
}

test('the JSON export downloads everything of the account and nothing of another, with no secrets', async ({ page, user, browser, baseURL }) => {
  // Two accounts, each with an idea in every table: slow on a busy 2-core machine.
  test.setTimeout(60_000);
  const mine = await seedFullIdea(user.id);
  const otherContext = await browser.newContext();
  const other = await signUp(otherContext.request, baseURL!);
  const theirs = await seedFullIdea(other.id);
  await otherContext.close();

  await page.goto('/account');
  await expect(page.getByText('your 1 idea:')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download all my data (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^underwrite-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const data = JSON.parse(text);
  expect(data).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 1, account: { email: user.email, name: user.name } });
  expect(data.ideas).toHaveLength(1);
  expect(data.ideas[0]).toMatchObject({
    id: mine.id,
    name: `Idea ${mine.tag}`,
    evidence: { conversionRate: { kind: 'measured', source: `Survey ${mine.tag}` } },
    versions: [{ number: 1 }, { number: 2 }],
    actualWeeks: [{ weekStart: '2026-09-07', sales: 5 }],
    importMappings: [{ mapping: { date: `date ${mine.tag}` } }],
    shareLinks: [{ label: `For my advisor ${mine.tag}`, revokedAt: null }, { label: `Old link ${mine.tag}` }],
  });
  expect(data.ideas[0].checklist.find((c: { item: number }) => c.item === 5)).toMatchObject({ done: true, evidence: `Notes ${mine.tag}` });

  // Never a secret: not the password's hash, not a session token, not another founder's anything.
  const { rows } = await withSql((sql) => sql.query<{ password: string }>('SELECT password FROM accounts WHERE user_id = $1', [user.id]));
  const token = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'))!.value.split('.')[0]!;
  const hashes = await withSql((sql) => sql.query<{ token_hash: string }>('SELECT token_hash FROM share_links WHERE idea_id = $1', [mine.id]));
  expect(hashes.rows).toHaveLength(2);
  const secrets = [rows[0]!.password, token, ...hashes.rows.map((r) => r.token_hash), other.email, theirs.id, theirs.tag];
  for (const secret of secrets) expect(text).not.toContain(secret);

  // The response itself: JSON, an attachment, kept by no cache.
  const response = await page.request.get('/account/export');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="underwrite-data-/);
  expect(response.headers()['cache-control']).toContain('no-store');
});

test('deleting the account needs its email, then leaves no row in any table and signs out every browser', async ({ page, user, browser, baseURL }) => {
  test.setTimeout(60_000);
  await seedFullIdea(user.id);
  // The same account in a second browser, and a bystander whose rows must not move.
  const second = await browser.newContext();
  expect((await signIn(second.request, baseURL!, user)).status()).toBe(200);
  // A failed sign-in (after the good one, which forgets failures) leaves a
  // throttle row keyed on the email; better-auth's tokens, verification rows.
  expect((await signIn(page.request, baseURL!, user, 'not-the-password')).status()).toBe(401);
  await withSql((sql) => addAuthRows(sql, user));
  expect((await second.request.get(`${baseURL}/account`, { maxRedirects: 0 })).status()).toBe(200);
  const bystanderContext = await browser.newContext();
  const bystander = await signUp(bystanderContext.request, baseURL!);
  await seedFullIdea(bystander.id);
  await withSql((sql) => addAuthRows(sql, bystander));
  const bystanderKeys = await keysOf(bystander);
  const bystanderBefore = await rowsOf(bystanderKeys);
  const keys = await keysOf(user);
  const before = await rowsOf(keys);
  for (const table of ['users', 'sessions', 'accounts', 'verifications', 'sign_in_throttles', 'ideas', 'idea_versions', 'actual_weeks', 'share_links']) {
    expect(before[table]?.length, table).toBeGreaterThan(0);
  }

  await page.goto('/account');
  const confirm = page.getByLabel(/to confirm/);
  const button = page.getByRole('button', { name: 'Delete account' });
  await expect(button).toBeDisabled();
  await confirm.fill(`${user.email}.org`);
  await expect(button).toBeDisabled();
  // The server checks again: a wrong email sent past the form deletes nothing.
  const wrong = await callFormAction(await callerOf(baseURL!, page.context()), '/account', 'deleteAccountAction', { email: bystander.email });
  expect(wrong.result).toEqual({ ok: false, message: EMAIL_MISMATCH_MESSAGE });
  expect(wrong.fieldErrors).toEqual({ email: [EMAIL_MISMATCH_MESSAGE] });
  expect(await rowsOf(keys)).toEqual(before);

  // Typed in other case, as better-auth compares emails.
  await confirm.fill(user.email.toUpperCase());
  await button.click();
  await expect(page).toHaveURL(`${baseURL}/?deleted=account`);
  await expect(page.getByRole('status')).toHaveText('Your account and all its data were deleted. You are signed out everywhere.');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.context().cookies()).filter((c) => c.name.includes('session_token'))).toEqual([]);
  for (const [label, width] of [['desktop', 1280], ['phone', 375]] as const) {
    await page.setViewportSize({ width, height: 700 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/e2e/screenshots/account-deleted-${label}.png` });
  }

  for (const [table, rows] of Object.entries(await rowsOf(keys))) expect(rows, table).toEqual([]);
  expect(await rowsOf(bystanderKeys)).toEqual(bystanderBefore);
  // The other browser's session ended too: its cookie now opens nothing.
  const after = await second.request.get(`${baseURL}/account`, { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers()['location']).toMatch(/^\/sign-in/);
  expect((await second.request.get(`${baseURL}/account/export`, { maxRedirects: 0 })).status()).toBe(307);
  // And the account cannot sign in again.
  expect((await signIn(second.request, baseURL!, user)).status()).toBe(401);
  await second.close();
  await bystanderContext.close();
});

test('the name saves, and one over the limit is refused by the form and by the server', async ({ page, user, baseURL }) => {
  const nameOf = async () => (await withSql((sql) => sql.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [user.id]))).rows[0]!.name;
  await page.goto('/account');
  const field = page.getByLabel('Name', { exact: true });
  await expect(field).toHaveValue(user.name);
  await field.fill('Ada Lovelace 🚀');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Ada Lovelace 🚀' })).toBeVisible();
  expect(await nameOf()).toBe('Ada Lovelace 🚀');
  const section = page.getByRole('region', { name: 'Your name' });
  await section.screenshot({ path: 'tests/e2e/screenshots/account-name-saved.png' });
  // Typing again takes "Saved" away: it no longer describes the field.
  await field.fill('Ada');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);

  const tooLong = '🚀'.repeat(NAME_MAX + 1);
  await field.fill(tooLong);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.locator('#name-error')).toHaveText('Keep the name under 80 characters.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await section.screenshot({ path: 'tests/e2e/screenshots/account-name-error.png' });

  const caller = await callerOf(baseURL!, page.context());
  const refused = await callFormAction(caller, '/account', 'updateAccountNameAction', { name: tooLong });
  expect(refused.result?.ok).toBe(false);
  expect(refused.fieldErrors).toEqual({ name: ['Keep the name under 80 characters.'] });
  expect(await nameOf()).toBe('Ada Lovelace 🚀');
  // 80 emoji are 160 UTF-16 units and still within the limit: it counts characters.
  const longest = '🚀'.repeat(NAME_MAX);
  expect((await callFormAction(caller, '/account', 'updateAccountNameAction', { name: longest })).result).toEqual({ ok: true, message: 'Saved.' });
  expect(await nameOf()).toBe(longest);
});

for (const [label, width] of [['desktop', 1280], ['phone', 375]] as const) {
  test(`account page at ${width} px: no sideways scroll, axe clean, screenshot`, async ({ page, user }) => {
    await seedFullIdea(user.id);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/account');
    await page.getByLabel(/to confirm/).fill(user.email.slice(0, 12));
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll in px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `tests/e2e/screenshots/account-${label}.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}
