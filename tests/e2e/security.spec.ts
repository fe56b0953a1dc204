import { expect, seedIdea, test } from './support';

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
