/**
 * Evidence on every input (issue #9): the checklist's demand test measures
 * conversion and applies it to the worksheet in one click; a founder marks a
 * number as a benchmark in the worksheet; the idea page scores how much of
 * the result is measured, says when the verdict rests mostly on guesses, and
 * shows the calibrated case beside base and stress.
 */
import type { Page } from '@playwright/test';
import { APPLY_CONFLICT_MESSAGE } from '@/lib/actions/result';
import { CHECKLIST_ITEMS } from '@/lib/ideas/checklist';
import { listActualWeeks, saveActualWeek } from '@/lib/ideas/actuals';
import { updateIdea } from '@/lib/ideas/data';
import { assumptionsOf } from '@/lib/ideas/schema';
import { actualRates } from '@/lib/results/actual-rates';
import { actualMeasurements, calibratedCase, measuredValues } from '@/lib/results/calibrated';
import { evidenceScore, HOW_TO_MEASURE } from '@/lib/results/evidence';
import { formatChance } from '@/lib/results/format';
import { keyNumbers } from '@/lib/results/key-numbers';
import { VERDICT_LABELS } from '@/lib/results/labels';
import { sensitivity, underwrite } from '@/lib/underwrite';
import { seriousAxeViolations } from './page-checks';
import { expect, readIdea, seedIdea, test } from './support';

const checklist = (page: Page) => page.getByRole('region', { name: '30-day validation checklist' });
const itemText = (k: number) => CHECKLIST_ITEMS.find((c) => c.item === k)!.text;
const row = (page: Page, k: number) => checklist(page).getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: itemText(k) }) });
const verdictLevel = (page: Page) => page.getByTestId('verdict-level');
const mark = (page: Page, field: string) => page.locator(`[data-evidence-mark="${field}"]`);

test('pre-sale numbers recorded on item 5 apply to the worksheet in one click: conversion is measured and the verdict follows', async ({ page, user }) => {
  // Two saves, two page refreshes and an axe scan: over the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  // The robust demo template at 2.5 % conversion; 3 pre-sales from 300 visitors is 1 %, which makes it fragile.
  const idea = await seedIdea(user.id, { conversionRate: 0.025, ranges: { conversionRate: { low: 0.015, high: 0.035 } } });
  const measuredAssumptions = { ...assumptionsOf(idea), conversionRate: 0.01 };
  expect(underwrite(assumptionsOf(idea), idea.stress).verdict.level).toBe('robust');
  const expected = underwrite(measuredAssumptions, idea.stress).verdict.level;
  expect(expected).toBe('fragile');

  await page.goto(`/ideas/${idea.id}`);
  await expect(verdictLevel(page)).toHaveText(VERDICT_LABELS.robust.word);
  await expect(mark(page, 'conversionRate')).toContainText('Guessed');
  // Nothing measured yet: the verdict card says so, and the evidence panel says what to measure first.
  await expect(page.getByTestId('verdict-guesses')).toContainText('Based mostly on guesses: 0 % of what moves the net result is measured.');
  await expect(page.getByTestId('measure-next').getByRole('listitem')).toHaveCount(3);

  const five = row(page, 5);
  await five.getByRole('button', { name: 'Record numbers' }).click();
  await five.getByRole('radio', { name: 'Pre-sales' }).check();
  await five.getByLabel('Visitors').fill('300');
  await five.getByLabel('Pre-sales made').fill('400');
  await five.getByRole('button', { name: 'Record numbers' }).click();
  // Checked before sending, with the action's own schema.
  await expect(five.getByText('There cannot be more of them than visitors.')).toBeVisible();
  await five.getByLabel('Pre-sales made').fill('3');
  await five.getByRole('button', { name: 'Record numbers' }).click();

  await expect(five.getByTestId('numbers-recorded')).toContainText('3 pre-sales from 300 visitors: 1 % conversion.');
  await expect(five).toContainText('Conversion rate 2.5 % → 1 % of visitors');
  // Recording alone changes nothing in the worksheet.
  await expect(verdictLevel(page)).toHaveText(VERDICT_LABELS.robust.word);
  expect((await readIdea(user.id, idea.id))!.version).toBe(1);

  await five.getByRole('button', { name: 'Apply to worksheet' }).click();
  await expect(five).toContainText('In the worksheet, marked measured.');
  await expect(verdictLevel(page)).toHaveText(VERDICT_LABELS[expected].word);
  await expect(mark(page, 'conversionRate')).toContainText('Measured');
  await expect(mark(page, 'conversionRate')).toContainText('1 % of visitors on');

  const saved = (await readIdea(user.id, idea.id))!;
  expect(saved.conversionRate).toBe(0.01);
  expect(saved.version).toBe(2);
  expect(saved.evidence.conversionRate).toMatchObject({ kind: 'measured', value: 0.01, source: expect.stringContaining('3 pre-sales from 300 visitors') });
  // The range had to reach down to the measured 1 %.
  expect(saved.ranges.conversionRate).toEqual({ low: 0.01, high: 0.035 });

  // The score now counts conversion's part, and conversion left the list of what to measure next.
  const score = evidenceScore(sensitivity(measuredAssumptions), saved.evidence, 'one_time');
  await expect(page.getByTestId('evidence-score')).toHaveText(formatChance(score.score!));
  await expect(page.getByTestId('measure-next').locator('[data-measure="conversionRate"]')).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The apply is a version of its own, and the history says the new conversion was measured.
  await page.goto(`/ideas/${idea.id}/history`);
  const applied = page.locator('li[data-version="2"]');
  await expect(applied.getByRole('heading', { level: 3 })).toHaveText(/Version 2: Checklist number applied/);
  await expect(applied.getByTestId('changes')).toContainText('Conversion rate 2.5 % → 1 % of visitors (measured)');
  await expect(applied.getByTestId('moves')).toContainText('Verdict Robust → Fragile');
});

test('applying over a worksheet saved elsewhere is refused and changes nothing', async ({ page, user }) => {
  const idea = await seedIdea(user.id, { conversionRate: 0.025, ranges: {} });
  await page.goto(`/ideas/${idea.id}`);
  const five = row(page, 5);
  await five.getByRole('button', { name: 'Record numbers' }).click();
  await five.getByLabel('Visitors').fill('1k');
  await five.getByLabel('Pre-sales made').fill('12');
  await five.getByRole('button', { name: 'Record numbers' }).click();
  await expect(five.getByRole('button', { name: 'Apply to worksheet' })).toBeVisible();

  // Another tab saves the worksheet after this page was rendered.
  const { id, version, createdAt, updatedAt, stress, checklist, buildTests, evidence, ...worksheet } = idea;
  expect(await updateIdea(user.id, id, version, { ...worksheet, upkeepHoursPerMonth: 9 })).toEqual({ status: 'ok', saved: null });
  await five.getByRole('button', { name: 'Apply to worksheet' }).click();
  await expect(five).toContainText(`Not applied: ${APPLY_CONFLICT_MESSAGE}`);
  const saved = (await readIdea(user.id, idea.id))!;
  expect(saved).toMatchObject({ conversionRate: 0.025, upkeepHoursPerMonth: 9, version: 2, evidence: {} });
});

test('a founder marks an input as a benchmark with its source in the worksheet, and the idea page shows it', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  await page.goto(`/ideas/${idea.id}/edit`);
  const fees = page.locator('[data-evidence="feeRate"]');
  await expect(fees).toHaveValue('guessed');
  await fees.selectOption('benchmark');
  // A benchmark without its source is explained next to the field, and nothing is saved.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#feeRateSource-error')).toHaveText('Say where this number comes from.');
  await expect(page.locator('#feeRateSource')).toBeFocused();
  expect((await readIdea(user.id, idea.id))!.version).toBe(1);

  await page.locator('#feeRateSource').fill('Gumroad’s pricing page, March 2026');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  await expect(mark(page, 'feeRate')).toContainText('Benchmark');
  await expect(mark(page, 'feeRate')).toContainText('Gumroad’s pricing page, March 2026');
  await expect(mark(page, 'price')).toContainText('Guessed');
  const saved = (await readIdea(user.id, idea.id))!;
  expect(saved.evidence).toEqual({ feeRate: { kind: 'benchmark', source: 'Gumroad’s pricing page, March 2026' } });
  expect(saved.version).toBe(2);

  // The form opens again with the mark, and a measurement needs its day and value.
  await page.goto(`/ideas/${idea.id}/edit`);
  await expect(fees).toHaveValue('benchmark');
  await expect(page.locator('#feeRateSource')).toHaveValue('Gumroad’s pricing page, March 2026');
  await page.locator('[data-evidence="refundRate"]').selectOption('measured');
  await expect(page.locator('#refundRateMeasuredOn')).not.toHaveValue('');
  await page.locator('#refundRateSource').fill('First 40 sales on Gumroad');
  await page.locator('#refundRateMeasuredValue').fill('7.5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}$`));
  expect((await readIdea(user.id, idea.id))!.evidence.refundRate).toMatchObject({ kind: 'measured', value: 0.075, source: 'First 40 sales on Gumroad' });
});

test('a measurement that differs from the worksheet adds the calibrated case, whose verdict counts when it disagrees', async ({ page, user }) => {
  // The worksheet still says 2.5 %; the founder measured 0.5 %.
  const idea = await seedIdea(user.id, {
    conversionRate: 0.025,
    ranges: {},
    evidence: { conversionRate: { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.005 } },
  });
  const assumptions = assumptionsOf(idea);
  const calibrated = calibratedCase(assumptions, measuredValues(idea.evidence))!;
  const base = underwrite(assumptions, idea.stress);
  const measured = underwrite(calibrated.assumptions, idea.stress);
  expect([base.verdict.level, measured.verdict.level]).toEqual(['robust', 'fragile']);

  await page.goto(`/ideas/${idea.id}`);
  await expect(verdictLevel(page)).toHaveText(VERDICT_LABELS.fragile.word);
  await expect(page.getByTestId('verdict-calibrated')).toHaveText(
    'Your measured numbers overrule your guesses: with the guesses it would be Robust, with what you measured it is Fragile. The measured case counts.',
  );
  await expect(page.getByRole('list', { name: 'What the calibrated case replaced' })).toContainText(
    'Conversion rate 2.5 % → 0.5 % of visitors (Pre-sale page, Mar 3, 2026)',
  );
  // Every key number has a calibrated value beside base and stress.
  for (const key of keyNumbers(base, measured)) {
    await expect(page.locator(`[data-key="${key.key}"] [data-scenario="calibrated"] [data-value]`), key.key).toHaveText(key.calibrated!.text);
  }
  // So do the charts: a third line in the legend, and a third column in the table.
  // The chart's own card: the innermost section with its heading (the charts' section holds them all).
  const cumulative = page.getByTestId('charts').locator('section').filter({ has: page.getByRole('heading', { name: 'Cumulative profit', exact: true }) }).last();
  await expect(cumulative.getByRole('listitem').filter({ hasText: /^Calibrated — / })).toContainText(
    measured.base.paybackMonth === null ? 'still in the red' : `in the black for good from month ${measured.base.paybackMonth}`,
  );
  await cumulative.getByRole('button', { name: 'Show table' }).click();
  await expect(cumulative.getByRole('columnheader')).toHaveText(['Month', 'Base', 'Stress', 'Calibrated']);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('two weeks of logged actuals calibrate the case on their own: conversion and refunds as really measured', async ({ page, user }) => {
  const idea = await seedIdea(user.id, { conversionRate: 0.025, ranges: {} });
  for (const [weekStart, visitors, sales] of [['2026-03-02', 700, 4], ['2026-03-09', 800, 5]] as const) {
    const week = { weekStart, visitors, sales, refunds: 1, revenue: sales * idea.price, refundedAmount: idea.price, fees: null, hoursSpent: null };
    expect(await saveActualWeek(user.id, idea.id, week)).toEqual({ status: 'ok', saved: null });
  }
  const weeks = (await listActualWeeks(user.id, idea.id))!;
  const assumptions = assumptionsOf(idea);
  const calibrated = calibratedCase(assumptions, measuredValues({}, actualMeasurements(actualRates(weeks), assumptions)))!;
  expect(calibrated.assumptions.conversionRate).toBeCloseTo(9 / 1500, 12);

  await page.goto(`/ideas/${idea.id}`);
  const replaced = page.getByRole('list', { name: 'What the calibrated case replaced' });
  await expect(replaced).toContainText('Conversion rate 2.5 % → 0.6 % of visitors (2 weeks of actuals, Mar 15, 2026)');
  await expect(replaced).toContainText('Refunds');
  const measured = underwrite(calibrated.assumptions, idea.stress);
  await expect(page.locator('[data-key="netResult"] [data-scenario="calibrated"] [data-value]')).toHaveText(keyNumbers(underwrite(assumptions, idea.stress), measured)[0]!.calibrated!.text);
  await expect(verdictLevel(page)).toHaveText(VERDICT_LABELS[measured.verdict.level].word);
});

test('the evidence panel names what to measure next and how, and fits a phone', async ({ page, user }) => {
  const idea = await seedIdea(user.id);
  const score = evidenceScore(sensitivity(assumptionsOf(idea)), {}, idea.pricingModel);
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(`/ideas/${idea.id}`);
  const next = page.getByTestId('measure-next').getByRole('listitem');
  await expect(next).toHaveCount(score.measureNext.length);
  for (const [i, item] of score.measureNext.entries()) await expect(next.nth(i)).toContainText(HOW_TO_MEASURE[item.field]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
