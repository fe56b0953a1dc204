import { describe, expect, it } from 'vitest';
import { detectMapping, inspectCsv, previewImport, type ColumnMapping, type ImportSource } from '@/lib/actuals';
import { readSample, sharedImportsDir } from '../../support/shared-data';

/** A sample file with the mapping its header gives away, as the UI would offer it. */
function sample(name: string): ImportSource & { mapping: ColumnMapping; preset: string } {
  const text = readSample(name);
  const inspected = inspectCsv(text);
  if (!inspected.ok || !inspected.detected) throw new Error(`${name} was not recognised`);
  return { name, text, mapping: inspected.detected.mapping, preset: inspected.detected.preset };
}

function preview(...sources: ImportSource[]) {
  const result = previewImport(sources);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.preview;
}

describe('the sample exports in shared/data/imports', () => {
  it('are found beside the repository, and their absence fails rather than skips', () => {
    expect(sharedImportsDir()).toMatch(/shared\/data\/imports$/);
    expect(() => sharedImportsDir('/nowhere/underwrite')).toThrow(/The sample exports are missing: looked in \/nowhere\/shared\/data\/imports/);
  });

  it('are recognised by their headers', () => {
    expect(sample('analytics-daily.csv').preset).toBe('daily-totals');
    expect(sample('stripe-payments.csv').preset).toBe('stripe');
    expect(sample('gumroad-sales.csv').preset).toBe('gumroad');
    expect(sample('gumroad-sales.csv').mapping).toMatchObject({ moneyUnit: 'minor', refundedFlag: 'refunded', fee: 'gumroad_fee', id: 'sale_id' });
  });

  it('analytics + Stripe give exactly expected-weekly.json', () => {
    const expected = JSON.parse(readSample('expected-weekly.json'));
    const result = preview(sample('analytics-daily.csv'), sample('stripe-payments.csv'));
    expect(result.weeks).toEqual(expected.weeks);
    const stripe = result.sources.find((s) => s.name === 'stripe-payments.csv')!;
    expect({ stripeRows: stripe.rows, badRows: stripe.badRows, duplicateRows: stripe.duplicateRows, failedPayments: stripe.failedPayments }).toEqual({
      stripeRows: expected.stripeRows,
      badRows: expected.badRows,
      duplicateRows: expected.duplicateRows,
      failedPayments: expected.failedPayments,
    });
    expect(stripe).toMatchObject({ goodRows: 62, currency: 'USD', firstDay: '2026-09-07', lastDay: '2026-10-30' });
  });

  it('lists the Stripe traps by line, in words', () => {
    const result = preview(sample('stripe-payments.csv'));
    expect(result.bad.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 22, code: 'no-date' },
      { line: 64, code: 'not-a-number' },
      { line: 68, code: 'impossible-date' },
    ]);
    expect(result.bad[1]!.reason).toBe('"twenty-nine" in "Amount" is not a number.');
    expect(result.skipped).toEqual([
      { source: 'stripe-payments.csv', line: 43, kind: 'duplicate', reason: 'The same payment (ch_3Q000011Xy) as line 12: counted once.' },
      { source: 'stripe-payments.csv', line: 53, kind: 'failed', reason: 'Status "Failed": the payment did not go through, so it is not a sale.' },
    ]);
    // Alone, the Stripe file says nothing of visitors: unknown, not zero.
    expect(result.weeks.every((week) => week.visitors === null)).toBe(true);
  });

  it('the file order does not change the weeks', () => {
    const a = preview(sample('analytics-daily.csv'), sample('stripe-payments.csv'));
    const b = preview(sample('stripe-payments.csv'), sample('analytics-daily.csv'));
    expect(b.weeks).toEqual(a.weeks);
    expect(b.totals).toEqual(a.totals);
  });

  it('the same Stripe export twice counts each payment once', () => {
    const stripe = sample('stripe-payments.csv');
    const twice = preview(stripe, { ...stripe, name: 'again.csv' });
    expect(twice.weeks).toEqual(preview(stripe).weeks);
    // Every good row of the second copy, the failed payment and the in-file duplicate included, is a copy.
    expect(twice.sources[1]).toMatchObject({ goodRows: 0, duplicateRows: 64, failedPayments: 0, badRows: 3 });
    expect(twice.skipped.find((row) => row.source === 'again.csv')!.reason).toBe('The same payment (ch_3Q000001Xy) as line 2 of stripe-payments.csv: counted once.');
  });

  it('Gumroad: prices in cents, refunded yes/no, weeks checked by hand', () => {
    // Mon 7 Sep: gr1-3. Mon 14 Sep: gr4-8, gr8 refunded. Mon 21 Sep: gr9-11. Mon 28 Sep: gr12-15, gr12 refunded.
    // $12.00 a sale and $1.50 of Gumroad fee each.
    const week = (weekStart: string, sales: number, refunds: number) => ({
      weekStart,
      visitors: null,
      sales,
      revenue: sales * 12,
      refunds,
      refundedAmount: refunds * 12,
      fees: sales * 1.5,
    });
    const result = preview(sample('gumroad-sales.csv'));
    expect(result.weeks).toEqual([week('2026-09-07', 3, 0), week('2026-09-14', 5, 1), week('2026-09-21', 3, 0), week('2026-09-28', 4, 1)]);
    expect(result.totals).toEqual({ rows: 15, goodRows: 15, badRows: 0, duplicateRows: 0, failedPayments: 0 });
    expect(result.bad).toEqual([]);
  });

  it('Gumroad and analytics merge: visitors beside Gumroad sales', () => {
    const result = preview(sample('gumroad-sales.csv'), sample('analytics-daily.csv'));
    expect(result.weeks).toHaveLength(8);
    expect(result.weeks[0]).toEqual({ weekStart: '2026-09-07', visitors: 653, sales: 3, revenue: 36, refunds: 0, refundedAmount: 0, fees: 4.5 });
    // After Gumroad's last sale the weeks go on with 0 sales, since the Gumroad file speaks for sales.
    expect(result.weeks[7]).toMatchObject({ weekStart: '2026-10-26', visitors: 966, sales: 0, revenue: 0 });
  });

  it('an unknown header is left to the founder to map', () => {
    expect(detectMapping(['when', 'how many'])).toBeNull();
  });
});
