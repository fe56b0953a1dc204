import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { STRESS_RANGE_MESSAGE } from '@/lib/actions/result';
import { updateStressProfile } from '@/lib/ideas/data';
import { assumptionsOf } from '@/lib/ideas/schema';
import { formatStress, STRESS_CONTROLS, stressHelp } from '@/lib/results/stress-controls';
import { DEFAULT_STRESS, stressProfileSchema, underwrite, type StressProfile } from '@/lib/underwrite';
import { callerOf, callFormAction } from './actions';
import { expect, expectNumbers, readIdea, seedIdea, test } from './support';

const FRAGILE = 1;
// The demo membership: a subscription, so the churn lever counts too.
const SUBSCRIPTION = 2;

const panel = (page: Page) => page.locator('section[aria-labelledby="stress-heading"]');
const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};
const saveProfile = async (page: Page) => {
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('stress-status')).toHaveText('Saved.');
};

test('every stress slider at each end of its range shows what underwrite() computes, and the profile survives a reload', async ({ page, user }) => {
  test.setTimeout(120_000);
  const idea = await seedIdea(user.id, {}, SUBSCRIPTION);
  const assumptions = assumptionsOf(idea);
  await page.goto(`/ideas/${idea.id}`);
  await page.waitForLoadState('networkidle');

  // All nine to their worst ends (End: the right), save; then all nine as planned (Home: the left), save.
  const profile: StressProfile = { ...DEFAULT_STRESS };
  for (const end of ['worst', 'as planned'] as const) {
    for (const control of STRESS_CONTROLS) {
      await page.getByRole('slider', { name: control.label, exact: true }).press(end === 'worst' ? 'End' : 'Home');
      const value = end === 'as planned' ? 0 : control.adverse < 0 ? control.min : control.max;
      profile[control.key] = value;
      await expect(page.getByTestId(`stress-${control.key}-value`)).toHaveText(formatStress(control, value));
      const result = underwrite(assumptions, profile);
      const help = stressHelp(control.key, value, result.base.assumptions, result.stress.assumptions);
      await expect(page.getByTestId(`stress-${control.key}-help`)).toHaveText(help);
      await expectNumbers(page, result);
    }
    await saveProfile(page);
    expect((await readIdea(user.id, idea.id))?.stress, `saved with every lever ${end}`).toEqual(profile);

    await page.reload();
    for (const control of STRESS_CONTROLS) {
      await expect(page.getByTestId(`stress-${control.key}-value`)).toHaveText(formatStress(control, profile[control.key]));
    }
    await expectNumbers(page, underwrite(assumptions, profile));
  }
});

test('a profile other than the default shows as custom stress, saying what differs, on the idea page and the list, until reset', async ({ page, user }) => {
  // Two axe scans, each several seconds on a busy machine.
  test.setTimeout(90_000);
  const custom = await seedIdea(user.id, {}, FRAGILE);
  const plain = await seedIdea(user.id, {}, FRAGILE);
  await updateStressProfile(user.id, custom.id, { ...DEFAULT_STRESS, trafficChange: -0.2, buildOverrun: 0 });
  const differs = 'traffic −20 % instead of −40 %, build overrun 0 % instead of +50 %';

  await page.goto('/');
  const row = page.locator(`[data-idea="${custom.id}"]`);
  const badge = row.getByTestId('custom-stress');
  await expect(badge.getByText('custom stress', { exact: true })).toBeVisible();
  await expect(page.locator(`[data-idea="${plain.id}"]`).getByTestId('custom-stress')).toHaveCount(0);
  // A screen reader hears the details as part of the row's link.
  await expect(row.getByRole('link')).toHaveAccessibleName(new RegExp(`custom stress\\s*: ${differs.replaceAll('+', '\\+')}`));
  // On a wide screen the details show on hover and on keyboard focus; on a phone they are always there.
  const popover = badge.locator('[data-details="popover"]');
  await expect(popover).toBeHidden();
  await badge.getByText('custom stress', { exact: true }).hover();
  await expect(popover).toHaveText(differs);
  await expect(popover).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(popover).toBeHidden();
  expect(await seriousViolations(page), 'axe on the list').toEqual([]);
  for (let i = 0; i < 40 && !(await row.getByRole('link').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(popover).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(badge.locator('[data-details="phone"]')).toHaveText(differs);
  await expect(badge.locator('[data-details="phone"]')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/list-custom-stress-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'tests/e2e/screenshots/list-custom-stress-desktop.png', fullPage: true });

  await row.getByRole('link').click();
  await expect(page).toHaveURL(`/ideas/${custom.id}`);
  await expect(page.getByTestId('custom-stress')).toHaveText(`custom stress ${differs}`);
  await expect(page.getByTestId('custom-stress')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the idea page').toEqual([]);

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByTestId('custom-stress')).toHaveCount(0);
  await saveProfile(page);
  await page.goto('/');
  await expect(row).toBeVisible();
  await expect(badge).toHaveCount(0);
});

test('the save action refuses a softened lever sent directly, with a field error, and stores nothing', async ({ page, user, baseURL }) => {
  const idea = await seedIdea(user.id, {}, FRAGILE);
  const caller = await callerOf(baseURL!, page.context());
  for (const control of STRESS_CONTROLS) {
    // Just past the neutral end: the way that would make the stress case rosier than the base.
    const softened = control.max === 0 ? 0.2 : -0.2;
    const fields = { id: idea.id, conversionChange: '-0.5', [control.key]: String(softened) };
    const response = await callFormAction(caller, `/ideas/${idea.id}`, 'saveStressProfileAction', fields);
    expect(response.result, control.key).toEqual({ ok: false, message: STRESS_RANGE_MESSAGE });
    const refusal = stressProfileSchema.safeParse({ [control.key]: softened });
    expect(refusal.success).toBe(false);
    expect(response.fieldErrors, control.key).toEqual(z.flattenError(refusal.error!).fieldErrors);
    expect((await readIdea(user.id, idea.id))?.stress, `nothing stored for ${control.key}`).toEqual(DEFAULT_STRESS);
  }
});

test('screenshots of the stress panel at desktop and phone width', async ({ page, user }) => {
  const idea = await seedIdea(user.id, {}, FRAGILE);
  await updateStressProfile(user.id, idea.id, { ...DEFAULT_STRESS, priceChange: -0.2, growthRateAdd: -0.05 });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/ideas/${idea.id}`);
    await expect(panel(page)).toBeVisible();
    await page.screenshot({ path: `tests/e2e/screenshots/stress-idea-${label}.png` });
    await panel(page).screenshot({ path: `tests/e2e/screenshots/stress-panel-${label}.png` });
  }
});
