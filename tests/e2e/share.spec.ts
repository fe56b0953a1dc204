/**
 * Read-only share links (issue #12): /share/<token> shows the idea page with
 * nothing to edit, to anyone with the link, signed in or not; the stress
 * sliders move the numbers in the browser only; a revoked link and an
 * unknown one answer the same 404; lookups are limited per address.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { answerBuildTest, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import { assumptionsOf } from '@/lib/ideas/schema';
import { STRESS_CONTROLS } from '@/lib/results/stress-controls';
import { SHARE_LOOKUPS_PER_WINDOW } from '@/lib/share/lookup-limit';
import { createShareLink, revokeShareLink } from '@/lib/share/links';
import { newShareToken, sharePath } from '@/lib/share/token';
import { DEFAULT_STRESS, underwrite } from '@/lib/underwrite';
import { notFoundFingerprint } from './page-checks';
import { expect, expectNumbers, fakeClientIp, seedIdea, signUp, test, type TestUser } from './support';

/** A browser of its own, signed out, with a client address of its own (the lookup limit counts per address). */
const visitor = (browser: Browser, baseURL: string) => browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': fakeClientIp() } });

async function signedIn(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; user: TestUser }> {
  const context = await visitor(browser, baseURL);
  return { context, user: await signUp(context.request, baseURL) };
}

async function shareOf(ownerId: string, ideaId: string): Promise<{ linkId: string; path: string; token: string }> {
  const created = await createShareLink(ownerId, ideaId, 'For my advisor');
  if (!created) throw new Error('The seeded idea could not be shared.');
  return { linkId: created.link.id, path: sharePath(created.token), token: created.token };
}

/** Everything in the page's main area that acts: only the sliders, and toggles that show or hide (details, "Show table") may be there. */
const controls = (page: Page) =>
  page.locator('main').locator('form, textarea, select, input:not([type="range"]), button:not([aria-expanded]), [contenteditable="true"]');

const get = (request: APIRequestContext, path: string, address: string) => request.get(path, { headers: { 'x-forwarded-for': address }, maxRedirects: 0 });

test('a share link shows the idea read-only, signed out, to another founder and to its owner: the same numbers, no controls, no owner, noindex', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const owner = await signedIn(browser, baseURL!);
  const idea = await seedIdea(owner.user.id, { problem: 'Freelancers lose a day a month to invoicing.' });
  await setChecklistItemDone(owner.user.id, { ideaId: idea.id, item: 2, done: true });
  await saveChecklistEvidence(owner.user.id, { ideaId: idea.id, item: 2, evidence: 'Ran the stress case with my accountant.' });
  await answerBuildTest(owner.user.id, { ideaId: idea.id, test: 'proven_demand', answer: 'yes' });
  const { path } = await shareOf(owner.user.id, idea.id);
  const expected = underwrite(assumptionsOf(idea), idea.stress);

  const other = await signedIn(browser, baseURL!);
  const signedOut = await visitor(browser, baseURL!);
  for (const [who, context] of [
    ['signed out', signedOut],
    ['another founder', other.context],
    ['the owner', owner.context],
  ] as const) {
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status(), who).toBe(200);
    expect(response?.headers()['x-robots-tag'], who).toContain('noindex');
    expect(response?.headers()['referrer-policy'], who).toBe('no-referrer');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.name);
    await expect(page.getByTestId('shared-notice')).toContainText('read-only');
    await expectNumbers(page, expected);

    // Results, uncertainty, checklist status and the build-it-once answers are all there, as text.
    await expect(page.getByTestId('uncertainty')).toBeVisible();
    await expect(page.getByTestId('chance-value')).not.toBeEmpty();
    const checklist = page.getByRole('region', { name: '30-day validation checklist' });
    await expect(checklist).toContainText('1 of 5 done');
    await expect(checklist).toContainText('Ran the stress case with my accountant.');
    await expect(page.getByTestId('build-answer').first()).toHaveText('Yes');

    await expect(page.getByRole('slider')).toHaveCount(STRESS_CONTROLS.length);
    await expect(controls(page), `${who}: nothing to edit, tick, save, apply or delete`).toHaveCount(0);
    for (const name of [/save/i, /edit/i, /delete/i, /apply/i, /record/i, /reset/i, /restore/i, /import/i, /log /i, /try other ranges/i]) {
      await expect(page.locator('main').getByRole('button', { name }), `${who}: ${name}`).toHaveCount(0);
      await expect(page.locator('main').getByRole('link', { name }), `${who}: ${name}`).toHaveCount(0);
    }
    // No link from the shared page leads to the owner's pages.
    await expect(page.locator('main a[href^="/ideas"]')).toHaveCount(0);
    const html = await page.content();
    if (who !== 'the owner') {
      expect(html, who).not.toContain(owner.user.email);
      expect(html, who).not.toContain(owner.user.id);
    }
    await page.close();
  }
  for (const context of [owner.context, other.context, signedOut]) await context.close();
});

test('the stress sliders move the numbers in the browser and send nothing', async ({ browser, baseURL, user }) => {
  test.setTimeout(60_000);
  const idea = await seedIdea(user.id);
  const { path } = await shareOf(user.id, idea.id);
  const context = await visitor(browser, baseURL!);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForLoadState('networkidle');

  // A server action is a POST with a Next-Action header; a refetch of the page would ask for its path again.
  // (The header's links may be prefetched meanwhile: reads of other pages, which change nothing.)
  const sent: string[] = [];
  page.on('request', (request) => {
    const writes = request.method() !== 'GET' || request.headers()['next-action'] !== undefined;
    if (writes || new URL(request.url()).pathname === path) sent.push(`${request.method()} ${request.url()}`);
  });
  const traffic = STRESS_CONTROLS.find((c) => c.key === 'trafficChange')!;
  const conversion = STRESS_CONTROLS.find((c) => c.key === 'conversionChange')!;
  await page.getByRole('slider', { name: traffic.label, exact: true }).press('End');
  await page.getByRole('slider', { name: conversion.label, exact: true }).press('End');
  await expectNumbers(page, underwrite(assumptionsOf(idea), { ...DEFAULT_STRESS, trafficChange: traffic.min, conversionChange: conversion.min }));
  await page.waitForTimeout(500);
  expect(sent).toEqual([]);

  // The link still shows the idea as saved.
  await page.reload();
  await expectNumbers(page, underwrite(assumptionsOf(idea), idea.stress));
  await context.close();
});

test('a revoked link answers 404 exactly as an unknown token does', async ({ request, user }) => {
  const idea = await seedIdea(user.id);
  const { path, linkId, token } = await shareOf(user.id, idea.id);
  const address = fakeClientIp();
  expect((await get(request, path, address)).status()).toBe(200);
  expect(await revokeShareLink(user.id, idea.id, linkId)).toEqual({ status: 'ok', saved: null });

  const unknownToken = newShareToken();
  const revoked = await get(request, path, address);
  const unknown = await get(request, sharePath(unknownToken), address);
  for (const response of [revoked, unknown]) {
    expect(response.status()).toBe(404);
    expect(response.headers()['x-robots-tag']).toContain('noindex');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(response.headers()['content-type']).toBe(unknown.headers()['content-type']);
  }
  const revokedHtml = await revoked.text();
  expect(revokedHtml).toContain('This link does not open anything');
  expect(revokedHtml).not.toContain(idea.name);
  // Each page carries its own CSP nonce and the token it was asked for: set those aside, and the rest must be the same.
  expect(notFoundFingerprint(revokedHtml, token)).toEqual(notFoundFingerprint(await unknown.text(), unknownToken));
});

test('one address may open 60 share links a minute; the next lookup gets 429 with Retry-After, other addresses go on', async ({ request }) => {
  test.setTimeout(90_000);
  const address = fakeClientIp();
  for (let i = 0; i < SHARE_LOOKUPS_PER_WINDOW; i++) expect((await get(request, sharePath(newShareToken()), address)).status()).toBe(404);
  const limited = await get(request, sharePath(newShareToken()), address);
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(limited.headers()['x-robots-tag']).toContain('noindex');
  expect(await limited.text()).toContain('Too many shared links opened');
  // Another address is counted on its own.
  expect((await get(request, sharePath(newShareToken()), fakeClientIp())).status()).toBe(404);
});

test('screenshots of a shared idea at 375 and 1280 px', async ({ browser, baseURL, user }) => {
  test.setTimeout(60_000);
  const idea = await seedIdea(user.id, {}, 1);
  const { path } = await shareOf(user.id, idea.id);
  const context = await visitor(browser, baseURL!);
  const page = await context.newPage();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `tests/e2e/screenshots/share-${width}.png`, fullPage: true });
  }
  await context.close();
});

test('the owner makes a link on the share page, sees it once, copies it, and revokes it: then it opens nothing', async ({ browser, baseURL, page, user }, testInfo) => {
  test.setTimeout(90_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  // Behind the header's More menu, with the idea's other secondary actions.
  await page.locator('summary', { hasText: 'More' }).click();
  await page.getByRole('link', { name: 'Share read-only' }).click();
  await expect(page).toHaveURL(`/ideas/${idea.id}/share`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Share ${idea.name}`);
  await expect(page.getByRole('heading', { name: '0 working links' })).toBeVisible();

  await page.getByLabel('Who is it for? (optional)').fill('x'.repeat(81));
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByText('Keep the label under 80 characters.')).toBeVisible();
  await page.getByLabel('Who is it for? (optional)').fill('My advisor');
  await page.getByRole('button', { name: 'Create link' }).click();
  const created = page.getByTestId('new-share-link');
  await expect(created).toContainText('shown only this once');
  const url = await created.getByRole('textbox', { name: 'The new link' }).inputValue();
  expect(url).toMatch(new RegExp(`^${baseURL}/share/[A-Za-z0-9_-]{43}$`));
  await created.getByRole('button', { name: 'Copy link' }).click();
  await expect(created.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page.getByRole('heading', { name: '1 working link' })).toBeVisible();
  const links = page.getByRole('list', { name: 'Working links' });
  await expect(links.getByRole('listitem')).toHaveCount(1);
  await expect(links).toContainText('My advisor');
  await expect(links).toContainText('not opened yet');

  const outsider = await visitor(browser, baseURL!);
  const shared = await outsider.newPage();
  expect((await shared.goto(url))?.status()).toBe(200);
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText(idea.name);

  // Once the page is left, the link is never shown again: only its label and dates.
  await page.reload();
  await expect(page.getByTestId('new-share-link')).toHaveCount(0);
  expect(await page.content()).not.toContain(url.split('/share/')[1]!);
  await expect(links).toContainText('last opened');
  await page.getByLabel('Who is it for? (optional)').fill('Co-founder');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByRole('heading', { name: '2 working links' })).toBeVisible();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/e2e/screenshots/share-manage-${width}.png`, fullPage: true });
  }

  await links.getByRole('listitem').filter({ hasText: 'My advisor' }).getByRole('button', { name: 'Revoke My advisor' }).click();
  await expect(page.getByRole('heading', { name: '1 working link' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Revoked links' })).toContainText('My advisor');
  expect((await shared.reload())?.status()).toBe(404);
  await expect(shared.getByRole('heading', { name: 'This link does not open anything' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('share-manage-revoked.png'), fullPage: true });
  await outsider.close();
});
