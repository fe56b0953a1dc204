/**
 * Checks of a rendered idea page against the engine, and the axe scan, shared
 * by the specs that need them.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { keyNumbers } from '@/lib/results/key-numbers';
import type { underwrite } from '@/lib/underwrite';
import { expect } from './support';

/** Every key number, base and stress, as the page shows it: the text keyNumbers() makes of the result. */
export async function expectNumbers(page: Page, result: ReturnType<typeof underwrite>) {
  for (const row of keyNumbers(result)) {
    const item = page.locator(`[data-key="${row.key}"]`);
    await expect(item.locator('[data-scenario="base"] [data-value]'), `${row.key} base`).toHaveText(row.base.text);
    await expect(item.locator('[data-scenario="stress"] [data-value]'), `${row.key} stress`).toHaveText(row.stress.text);
  }
}

/** axe's serious and critical findings on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What a 404 page says, minus what legitimately differs between two
 * requests: the CSP nonce, the id (or token) in the URL, and how the stream happened to
 * be cut into chunks. Equal fingerprints mean the page gives away nothing
 * about whether the id exists.
 */
export function notFoundFingerprint(html: string, id: string) {
  const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
  let text = html.replaceAll(id, '<ID>');
  if (nonce) text = text.replaceAll(nonce, '<NONCE>');
  const flight = [...text.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((m) => JSON.parse(m[1]!) as string)
    .join('');
  return {
    markup: text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
    rows: flight.split('\n').filter(Boolean).sort(),
  };
}
