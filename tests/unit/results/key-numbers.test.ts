import { describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { assumptionsOf } from '@/lib/ideas/schema';
import { keyNumbers, passiveLabel } from '@/lib/results/key-numbers';
import { breakEven, DEFAULT_STRESS, formatMoney, LIMITS, underwrite, type AssumptionsInput } from '@/lib/underwrite';

const byKey = (a: AssumptionsInput) => Object.fromEntries(keyNumbers(underwrite(a)).map((row) => [row.key, row]));

// A one-time idea small enough to check by hand:
// 100 visitors × 10 % = 10 sales a month at $50; no refunds, fees or support;
// 2 h upkeep at $50/h = $100; upfront $200 cash + 10 h × $50 = $700.
// Profit/month = 10 × $50 - $100 = $400; horizon 6 → net = -700 + 2,400 = $1,700.
const simple: AssumptionsInput = {
  pricingModel: 'one_time',
  price: 50,
  monthlyVisitors: 100,
  visitorGrowthRate: 0,
  conversionRate: 0.1,
  refundRate: 0,
  feeRate: 0,
  feePerTransaction: 0,
  churnRate: 0,
  supportMinutesPerCustomer: 0,
  upkeepHoursPerMonth: 2,
  adSpendPerMonth: 0,
  hourlyRate: 50,
  upfrontHours: 10,
  upfrontCash: 200,
  horizonMonths: 6,
};

describe('key numbers', () => {
  it('show the hand-checked figures with their working', () => {
    const rows = byKey(simple);
    expect(rows.netResult!.base.text).toBe('$1,700');
    expect(rows.netResult!.base.worked).toBe('−$700 upfront + $2,400 profit over 6 months = $1,700');
    // Cumulative: -700 + 400 = -300 (m1), +100 (m2).
    expect(rows.paybackMonth!.base.text).toBe('Month 2');
    expect(rows.paybackMonth!.base.worked).toBe(
      'Cumulative profit goes from -$300 in month 1 to $100 in month 2, and stays at $0 or above through month 6.',
    );
    expect(rows.upfrontInvestment!.base.worked).toBe('$200 cash + 10 hours × $50.00/h = $700');
    // (3,000 cash flow - 200 cash) / (10 + 12 hours) = $127.27/h.
    expect(rows.effectiveHourlyRate!.base.text).toBe('$127/h');
    expect(rows.avgOperatingHoursPerMonth!.base.text).toBe('2 h');
    expect(rows.avgOperatingHoursPerMonth!.base.sub).toBe('close to passive');
    expect(rows.unitMargin!.base.text).toBe('$50.00');
    // Break-even conversion: net(c) = -700 - 600 + 6 × 100 × c × 50 = 0 → c = 1,300 / 30,000 = 4.33 %.
    expect(rows.breakEvenConversionRate!.base.text).toBe('4.33 %');
    expect(rows.breakEvenConversionRate!.base.sub).toBe('assumed 10 %');
    expect(rows.breakEvenConversionRate!.base.bad).toBe(false);
    // Break-even traffic: 6 × v × 0.1 × 50 = 1,300 → v = 43.3; price: 6 × 10 × p = 1,300 → p = 21.67.
    expect(rows.breakEvenVisitors!.base.text).toBe('43');
    expect(rows.breakEvenPrice!.base.text).toBe('$21.67');
  });

  it('agree with the engine for every demo idea, base and stress', () => {
    for (const demo of DEMO_IDEAS) {
      const a = assumptionsOf(demo.input);
      const result = underwrite(a);
      const rows = byKey(a);
      expect(rows.netResult!.base.text).toBe(formatMoney(result.base.netResult));
      expect(rows.netResult!.stress.text).toBe(formatMoney(result.stress.netResult));
      expect(rows.paybackMonth!.stress.value).toBe(result.stress.paybackMonth);
      expect(rows.breakEvenPrice!.base.value).toBe(breakEven(a, 'price'));
      expect(rows.netResult!.stress.bad).toBe(result.stress.netResult < 0);
    }
  });

  it('say "Never" and show where cumulative profit ends when there is no payback', () => {
    const rows = byKey({ ...simple, conversionRate: 0.01 });
    expect(rows.paybackMonth!.base.text).toBe('Never');
    expect(rows.paybackMonth!.base.worked).toMatch(/still -\$/);
    expect(rows.paybackMonth!.base.bad).toBe(true);
  });

  it('show the unit margin of a stress case pushed past the worksheet’s limits, which unitMargin itself refuses', () => {
    // 500 support minutes +50 % = 750 and 700 upkeep hours +25 % = 875, past the 600 and 744 a founder may type.
    const a = { ...simple, price: 500, supportMinutesPerCustomer: 500, upkeepHoursPerMonth: 700, hourlyRate: 30 };
    const result = underwrite(a, DEFAULT_STRESS);
    expect(result.stress.assumptions.upkeepHoursPerMonth).toBeGreaterThan(LIMITS.upkeepHoursPerMonth);
    const margin = keyNumbers(result).find((row) => row.key === 'unitMargin')!;
    // $500 - 5 % refunds ($25) - 750 min at $30/h ($375).
    expect(margin.stress.value).toBeCloseTo(100, 9);
    expect(margin.stress.text).toBe('$100');
    expect(margin.label).toBe('Left per sale');
  });

  it('name the workload in words', () => {
    expect([3, 12, 30, 60].map(passiveLabel)).toEqual(['close to passive', 'semi-passive', 'a side job', 'a job, not passive']);
  });
});
