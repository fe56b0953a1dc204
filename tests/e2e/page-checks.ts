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
