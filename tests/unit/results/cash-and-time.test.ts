import { describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { assumptionsOf } from '@/lib/ideas/schema';
import { keyNumbers } from '@/lib/results/key-numbers';
import { formatMoney, underwrite, type AssumptionsInput } from '@/lib/underwrite';
import { idea } from '../underwrite/support';

const rowsOf = (a: AssumptionsInput) => Object.fromEntries(keyNumbers(underwrite(a)).map((row) => [row.key, row]));

// The same hand-checked idea as key-numbers.test.ts: 10 sales a month at $50,
// 2 h upkeep at $50/h, $200 build cash + 10 h, 6 months, 40 h a month to give.
const simple = idea({
  price: 50,
  monthlyVisitors: 100,
  conversionRate: 0.1,
  upkeepHoursPerMonth: 2,
  hourlyRate: 50,
  upfrontHours: 10,
  upfrontCash: 200,
  horizonMonths: 6,
});

describe('cash against time', () => {
  it('splits the net result into cash earned and your hours × rate', () => {
    const rows = rowsOf(simple);
    // Cash: 6 × $500 − $200 build cash = $2,800. Time: (10 + 6 × 2) h × $50 = $1,100. Net: $1,700.
    expect(rows.cashNetResult!.base.text).toBe('$2,800');
    expect(rows.cashNetResult!.base.worked).toBe(
      '$3,000 income − $0.00 refunds − $0.00 fees − $0.00 ads = $3,000 cash flow, − $200 build cash = $2,800. Money only: your hours are the next line.',
    );
    expect(rows.totalTimeCost!.base.text).toBe('$1,100');
    expect(rows.totalTimeCost!.base.sub).toBe('22 hours');
    expect(rows.totalTimeCost!.base.bad).toBe(false);
    expect(rows.totalTimeCost!.base.worked).toBe(
      '(10 hours building + 12 hours running) × $50.00/h = $1,100. Cash earned − your time = $2,800 − $1,100 = $1,700, the net result.',
    );
    expect(rows.netResult!.base.text).toBe('$1,700');
  });

  it('marks your time when it is what turns money earned into a loss (the demo membership)', () => {
    const demo = DEMO_IDEAS.find((d) => d.input.productType === 'membership')!;
    const result = underwrite(assumptionsOf(demo.input));
    const time = keyNumbers(result).find((row) => row.key === 'totalTimeCost')!;
    expect(result.base.cashNetResult).toBeGreaterThan(0);
    expect(result.base.netResult).toBeLessThan(0);
    expect(time.base.bad).toBe(true);
    expect(time.base.text).toBe(formatMoney(result.base.totalTimeCost));
    expect(time.base.worked).toContain(`= ${formatMoney(result.base.cashNetResult)} − ${formatMoney(result.base.totalTimeCost)} = ${formatMoney(result.base.netResult)}`);
  });

  it('says so when your hours are priced at $0', () => {
    const rows = rowsOf({ ...simple, hourlyRate: 0 });
    expect(rows.totalTimeCost!.base.text).toBe('$0.00');
    expect(rows.totalTimeCost!.base.worked).toMatch(/At \$0 an hour your hours cost nothing in these numbers: price them\.$/);
  });
});

describe('payback, in the black for good', () => {
  it('gives the cash payback on money alone', () => {
    const rows = rowsOf(simple);
    // Cumulative cash: −$200 + $500 = $300 in month 1; profit pays back in month 2.
    expect(rows.cashPaybackMonth!.base.text).toBe('Month 1');
    expect(rows.cashPaybackMonth!.base.worked).toBe(
      'Cumulative cash goes from -$200 at launch to $300 in month 1, and stays at $0 or above through month 6.',
    );
    expect(rows.paybackMonth!.base.text).toBe('Month 2');
  });

  it('does not call a launch that fades a payback', () => {
    // Sales halve every month: 10, 5, 2.5 ... at $50, so about $1,000 in all,
    // against $100 of upkeep a month. Ahead from month 1, behind by month 12.
    const fading = { ...simple, visitorGrowthRate: -0.5, upfrontCash: 0, upfrontHours: 0, horizonMonths: 12 };
    const result = underwrite(fading);
    const rows = rowsOf(fading);
    expect(rows.paybackMonth!.base.text).toBe('Never');
    expect(rows.paybackMonth!.base.bad).toBe(true);
    const end = formatMoney(result.base.netResult);
    expect(end).toBe('-$200');
    expect(rows.paybackMonth!.base.worked).toBe(
      `Cumulative profit is ahead in month 1 but falls back to ${end} by month 12, the last of the horizon: not in the black for good.`,
    );
    // In money alone it never goes below $0.
    expect(rows.cashPaybackMonth!.base.text).toBe('Month 1');
    expect(rows.maxCashAtRisk!.base.worked).toBe('Nothing: no build cash, and cumulative cash never goes below $0.');
  });
});

describe('the most you are out of pocket', () => {
  it('is the build cash when cumulative cash never goes lower', () => {
    const rows = rowsOf(simple);
    expect(rows.maxCashAtRisk!.base.text).toBe('$200');
    expect(rows.maxCashAtRisk!.base.worked).toBe('The $200 build cash, spent before the first sale: after it, cumulative cash never goes below $0.');
  });

  it('is the deepest point of cumulative cash when the first months lose money', () => {
    // A subscription gaining 10 subscribers at $10 a month, with $300 of ads a month and $100 build cash:
    // cash flow 100m − 300, so cumulative cash −300, −400, −400, −300, −100, +200.
    const slow = { ...simple, pricingModel: 'subscription' as const, price: 10, adSpendPerMonth: 300, upfrontCash: 100 };
    const rows = rowsOf(slow);
    expect(rows.maxCashAtRisk!.base.text).toBe('$400');
    expect(rows.maxCashAtRisk!.base.worked).toBe(
      'Cumulative cash is lowest in month 2, at -$400: deeper than the $100 build cash, so $400 is the most you are out of pocket.',
    );
    expect(rows.cashPaybackMonth!.base.worked).toBe(
      'Cumulative cash goes from -$100 in month 5 to $200 in month 6, and stays at $0 or above through month 6.',
    );
  });
});

describe('hours and the service package', () => {
  // Hybrid: 2 of the 10 buyers a month also take a $300 package of 3 hours.
  const hybrid = { ...simple, servicePackageRate: 0.2, servicePackagePrice: 300, servicePackageHours: 3, availableHoursPerMonth: 5 };

  it('sets the busiest month against the hours you can give', () => {
    expect(rowsOf(simple).peakOperatingHours!.base).toMatchObject({
      text: '2 h',
      sub: 'of 40 h you can give',
      bad: false,
      worked: 'Month 1 needs the most: 0 hours support + 2 hours upkeep + 0 hours service = 2 hours, within the 40 hours a month you can give it.',
    });
    expect(rowsOf(hybrid).peakOperatingHours!.base).toMatchObject({
      text: '8 h',
      sub: 'of 5 h you can give',
      bad: true,
      worked: 'Month 1 needs the most: 0 hours support + 2 hours upkeep + 6 hours service = 8 hours, more than the 5 hours a month you can give it.',
    });
  });

  it('shows the service share only when a package is sold', () => {
    expect(rowsOf(simple).serviceShare).toBeUndefined();
    // 6 × 2 packages × $300 = $3,600 of $3,000 + $3,600 = $6,600.
    expect(rowsOf(hybrid).serviceShare!.base).toMatchObject({
      value: 3600 / 6600,
      text: '54.5 %',
      sub: '$3,600 of $6,600',
      bad: true,
      worked: '12 packages × $300 = $3,600 of $6,600 income = 54.5 %: over half, a service business with a product attached.',
    });
    expect(rowsOf({ ...hybrid, servicePackagePrice: 100 }).serviceShare!.base.worked).toBe(
      '12 packages × $100 = $1,200 of $4,200 income = 28.6 %.',
    );
  });

  it('agree with the engine for every demo idea with a package added, base and stress', () => {
    for (const demo of DEMO_IDEAS) {
      const a = { ...assumptionsOf(demo.input), servicePackageRate: 0.05, servicePackagePrice: 250, servicePackageHours: 2 };
      const result = underwrite(a);
      const rows = Object.fromEntries(keyNumbers(result).map((row) => [row.key, row]));
      for (const side of ['base', 'stress'] as const) {
        const s = result[side];
        expect(rows.cashNetResult![side].value).toBe(s.cashNetResult);
        expect(rows.totalTimeCost![side].value).toBe(s.totalTimeCost);
        expect(rows.cashPaybackMonth![side].value).toBe(s.cashPaybackMonth);
        expect(rows.paybackMonth![side].value).toBe(s.paybackMonth);
        expect(rows.maxCashAtRisk![side].value).toBe(s.maxCashAtRisk);
        expect(rows.peakOperatingHours![side].value).toBe(s.peakOperatingHours);
        expect(rows.serviceShare![side].value).toBe(s.totalServiceRevenue / s.totalGross);
      }
    }
  });
});
