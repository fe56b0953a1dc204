import { NOTE_MAX, TEXT_MAX } from '@/lib/ideas/schema';
import { withSql } from './db-rows';
import { rawRequest, type RawResponse } from './http';
import { expect, ideasNamed, readIdea, seedIdea, test, uniqueName } from './support';

// One character, two UTF-16 units: where counting by `length` cut text.
const EMOJI = '😀';

/** The nonce of a response's script-src, checked against every <script> of its HTML. */
function expectNonceOnEveryScript(response: RawResponse, label: string) {
  const csp = String(response.headers['content-security-policy'] ?? '');
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `${label}: script-src has a nonce`).toBeTruthy();
  for (const tag of response.body.match(/<script\b[^>]*>/g) ?? []) expect(tag, `${label}: ${tag}`).toContain(`nonce="${nonce}"`);
}

test('pages carry a nonce-based CSP and the other security headers', async ({ page, user }) => {
  const request = page.request;
  const idea = await seedIdea(user.id);
  const nonces = new Set<string>();
  for (const path of ['/', `/ideas/${idea.id}`, '/ideas/new', '/account', '/no-such-page']) {
    const response = await request.get(path);
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, `${path}: script-src has a nonce`).toBeTruthy();
    nonces.add(nonce!);
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-powered-by']).toBeUndefined();
    // Every script tag Next.js rendered carries this request's nonce.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, 'a fresh nonce per request').toBe(5);
});

test('the idea page works under the CSP, with no violation reported', async ({ page, user }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  const idea = await seedIdea(user.id, {}, 1);
  await page.goto(`/ideas/${idea.id}`);
  // Hydrated: the slider recomputes in the browser, which needs every script to have run.
  const traffic = page.getByLabel('Traffic');
  await traffic.focus();
  await traffic.press('ArrowLeft');
  await expect(page.getByTestId('stress-trafficChange-value')).toHaveText('−35 %');
  await page.goto('/');
  await page.goto('/ideas/new');
  await expect(page.getByLabel('Price', { exact: true })).toHaveValue('29');
  expect(violations).toEqual([]);
});

test('the sign-in and sign-up pages run under the CSP with no violation (zod never probes for eval)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const [path, button] of [
    ['/sign-in', 'Sign in'],
    ['/sign-up', 'Create account'],
  ] as const) {
    await page.goto(path);
    // Hydrated: the form's own check (zod, in the browser) answers an empty submit.
    await page.locator('form').getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('a worksheet text of 2,000 emoji is saved whole, as the counter says', async ({ page, user }) => {
  const name = uniqueName('Emoji problem');
  const problem = EMOJI.repeat(TEXT_MAX);
  await page.goto('/ideas/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('The problem').fill(problem);
  await expect(page.getByText('2,000/2,000', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Create idea' }).click();
  // (The idea page renders the engine's whole work: give a busy machine time.)
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const id = page.url().split('/').pop()!;
  expect((await readIdea(user.id, id))?.problem).toBe(problem);
  const { rows } = await withSql((sql) => sql.query<{ n: number }>('SELECT char_length(problem) AS n FROM ideas WHERE id = $1', [id]));
  expect(rows[0]?.n).toBe(TEXT_MAX);
});

test('a note over the limit is refused with its error and kept in the box; one at the limit is saved whole', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}`);
  const checklist = page.getByRole('region', { name: '30-day validation checklist' });
  const evidence = checklist.getByLabel('Evidence for item 1');
  const save = checklist.getByRole('button', { name: 'Save note' }).first();
  await evidence.fill(EMOJI.repeat(NOTE_MAX + 1));
  await expect(checklist.getByText('2,001/2,000 characters')).toBeVisible();
  await save.click();
  await expect(checklist.getByText('Note not saved: Keep the note under 2,000 characters. Your text is still here.')).toBeVisible();
  await expect(evidence).toHaveValue(EMOJI.repeat(NOTE_MAX + 1));
  expect((await readIdea(user.id, idea.id))?.checklist[0]?.evidence).toBe('');

  await evidence.fill(EMOJI.repeat(NOTE_MAX));
  await save.click();
  await expect(checklist.getByText('Note saved.')).toBeVisible();
  expect((await readIdea(user.id, idea.id))?.checklist[0]?.evidence).toBe(EMOJI.repeat(NOTE_MAX));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the worksheet action refuses a text one emoji over with its field error, keeps it whole, and saves nothing', async ({ page, user }) => {
    const name = uniqueName('Emoji overflow');
    const problem = EMOJI.repeat(TEXT_MAX + 1);
    await page.goto('/ideas/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('The problem').fill(problem);
    await page.getByRole('button', { name: 'Create idea' }).click();
    await expect(page.locator('#problem-error')).toHaveText('Keep the problem under 2,000 characters.');
    await expect(page.getByLabel('The problem')).toHaveValue(problem);
    expect(await ideasNamed(user.id, name)).toHaveLength(0);
  });
});

test('a browser prefetch gets the full page, and with it the page’s policy', async ({ baseURL }) => {
  for (const headers of [{ purpose: 'prefetch' }, { 'sec-purpose': 'prefetch' }] as Record<string, string>[]) {
    const response = await rawRequest(baseURL!, '/sign-in', { headers });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<html');
    expectNonceOnEveryScript(response, JSON.stringify(headers));
  }
});

test('a malformed %-escape is a 400 with the security headers, not a bare 500', async ({ baseURL }) => {
  for (const path of ['/api/auth/%', '/api/auth/get-session%zz', '/ideas/%', '/ideas/%E0%A4%A']) {
    const response = await rawRequest(baseURL!, path, { method: path.startsWith('/api') ? 'POST' : 'GET' });
    expect(response.status, path).toBe(400);
    expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
  }
});

test('the global error page’s build-time copy, whose scripts carry no nonce, is never served', async ({ baseURL }) => {
  for (const path of ['/_global-error', '/_global-error.rsc', '/_global-error/__PAGE__']) {
    const response = await rawRequest(baseURL!, path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).not.toMatch(/<script/);
    expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
  }
});
