import { describe, expect, it } from 'vitest';
import { formatStress, leverValue, sliderPosition, STRESS_CONTROLS, stressHelp } from '@/lib/results/stress-controls';
import { DEFAULT_STRESS, stressProfileSchema, underwrite, type AssumptionsInput, type StressKey } from '@/lib/underwrite';

// Round numbers to check the sentences by hand.
const oneTime: AssumptionsInput = {
  pricingModel: 'one_time',
  price: 29,
  monthlyVisitors: 1000,
  visitorGrowthRate: 0.03,
  conversionRate: 0.025,
  refundRate: 0.03,
  feeRate: 0.05,
  feePerTransaction: 0,
  churnRate: 0.05,
  supportMinutesPerCustomer: 10,
  upkeepHoursPerMonth: 8,
  adSpendPerMonth: 0,
  hourlyRate: 50,
  upfrontHours: 60,
  upfrontCash: 0,
  horizonMonths: 12,
};
const subscription: AssumptionsInput = { ...oneTime, pricingModel: 'subscription' };

/** The help under `key`'s slider at `value`, with the stressed input the engine computes. */
function help(key: StressKey, value: number, assumptions: AssumptionsInput = oneTime): string {
  const result = underwrite(assumptions, { ...DEFAULT_STRESS, [key]: value });
  return stressHelp(key, value, result.base.assumptions, result.stress.assumptions);
}

const control = (key: StressKey) => STRESS_CONTROLS.find((c) => c.key === key)!;

type Position = 'min' | 'middle' | 'max';
const valueAt = (key: StressKey, position: Position) => {
  const { min, max } = control(key);
  return position === 'min' ? min : position === 'max' ? max : (min + max) / 2;
};

// Every lever at both ends of its slider and halfway; 0, the neutral end, is one of the ends.
const EXPECTED: Record<StressKey, Record<Position, string>> = {
  priceChange: {
    min: 'Price cut 90 %: $29.00 → $2.90 a sale.',
    middle: 'Price cut 45 %: $29.00 → $15.95 a sale.',
    max: 'Price as planned: $29.00 a sale.',
  },
  trafficChange: {
    min: 'Traffic down 100 %: 1,000 → 0 visitors in month\u00a01.',
    middle: 'Traffic down 50 %: 1,000 → 500 visitors in month\u00a01.',
    max: 'Traffic as planned: 1,000 visitors in month\u00a01.',
  },
  growthRateAdd: {
    min: 'Growth 3 % → -97 % a month: traffic shrinks every month.',
    middle: 'Growth 3 % → -47 % a month: traffic shrinks every month.',
    max: 'Growth as planned: 3 % a month.',
  },
  conversionChange: {
    min: 'Conversion down 100 %: 2.5 % → 0 % of visitors buy.',
    middle: 'Conversion down 50 %: 2.5 % → 1.25 % of visitors buy.',
    max: 'Conversion as planned: 2.5 % of visitors buy.',
  },
  refundRateAdd: {
    min: 'Refunds as planned: 3 % of revenue.',
    middle: 'Refunds 3 % → 53 % of revenue.',
    max: 'Refunds 3 % → 100 % of revenue.',
  },
  supportChange: {
    min: 'Support time as planned: 10 min per sale.',
    middle: 'Support takes 250 % longer: 10 → 35 min per sale.',
    max: 'Support takes 500 % longer: 10 → 60 min per sale.',
  },
  churnRateAdd: {
    min: 'Ignored for one-time sales.',
    middle: 'Ignored for one-time sales.',
    max: 'Ignored for one-time sales.',
  },
  upkeepChange: {
    min: 'Upkeep as planned: 8 hours a month.',
    middle: 'Upkeep takes 250 % longer: 8 → 28 hours a month.',
    max: 'Upkeep takes 500 % longer: 8 → 48 hours a month.',
  },
  buildOverrun: {
    min: 'Build time as planned: 60 hours.',
    middle: 'Build takes 250 % longer: 60 → 210 hours.',
    max: 'Build takes 500 % longer: 60 → 360 hours.',
  },
};

describe('stress sliders', () => {
  it('are the nine levers of the contract, in the schema order', () => {
    expect(STRESS_CONTROLS.map((c) => c.key)).toEqual(Object.keys(stressProfileSchema.shape));
  });

  it.each(STRESS_CONTROLS)('$key spans exactly the schema bounds, with 0 (neutral) at one end', (c) => {
    const accepts = (value: number) => stressProfileSchema.safeParse({ [c.key]: value }).success;
    expect([accepts(c.min), accepts(c.max)]).toEqual([true, true]);
    expect([accepts(c.min - 1e-6), accepts(c.max + 1e-6)]).toEqual([false, false]);
    expect([c.min, c.max]).toContain(0);
  });

  it.each(STRESS_CONTROLS)('$key runs from as planned (0, on the left) to its worst end, on the step grid', (c) => {
    const worst = c.adverse < 0 ? c.min : c.max;
    expect(sliderPosition(c, 0)).toBe(0);
    expect(sliderPosition(c, worst)).toBe(c.reach);
    expect(c.reach).toBeGreaterThan(0);
    for (const value of [c.min, c.max, DEFAULT_STRESS[c.key]]) {
      expect(leverValue(c, sliderPosition(c, value))).toBe(value);
      const steps = sliderPosition(c, value) / c.step;
      expect(Math.abs(steps - Math.round(steps)), `${c.key} at ${value}`).toBeLessThan(1e-9);
    }
    // Back at the left end the lever is 0, not −0 (which a form would send as "-0").
    expect(Object.is(leverValue(c, 0), 0)).toBe(true);
  });

  describe.each(Object.keys(EXPECTED) as StressKey[])('help for %s', (key) => {
    it.each(['min', 'middle', 'max'] as const)('at its %s', (position) => {
      expect(help(key, valueAt(key, position))).toBe(EXPECTED[key][position]);
    });
  });

  it('say a value between the steps in the founder numbers', () => {
    expect(help('priceChange', -0.2)).toBe('Price cut 20 %: $29.00 → $23.20 a sale.');
    expect(help('buildOverrun', 0.5)).toBe('Build takes 50 % longer: 60 → 90 hours.');
    expect(help('growthRateAdd', -0.02)).toBe('Growth 3 % → 1 % a month.');
  });

  it('speak of subscriptions per month and per subscriber, and show churn', () => {
    expect(help('priceChange', -0.2, subscription)).toBe('Price cut 20 %: $29.00 → $23.20 a month.');
    expect(help('supportChange', 0.5, subscription)).toBe('Support takes 50 % longer: 10 → 15 min per paying customer per month.');
    expect(help('churnRateAdd', 0, subscription)).toBe('Churn as planned: 5 % of subscribers cancel each month.');
    expect(help('churnRateAdd', 0.5, subscription)).toBe('Churn 5 % → 55 % of subscribers cancel each month.');
    expect(help('churnRateAdd', 1, subscription)).toBe('Churn 5 % → 100 % of subscribers cancel each month.');
  });

  it('say a lever changes nothing when the plan has none of its input', () => {
    expect(help('priceChange', -0.5, { ...oneTime, price: 0 })).toBe('Changes nothing: the plan puts price at $0.00.');
    expect(help('trafficChange', -0.4, { ...oneTime, monthlyVisitors: 0 })).toBe('Changes nothing: the plan puts traffic at 0.');
    expect(help('buildOverrun', 0.5, { ...oneTime, upfrontHours: 0 })).toBe('Changes nothing: the plan puts build time at 0.');
    // The engine keeps growth from falling below −99 % unless the plan is already lower.
    expect(help('growthRateAdd', -0.5, { ...oneTime, visitorGrowthRate: -0.995 })).toBe('Growth stays -99.5 % a month: it cannot fall further.');
  });

  it('format a setting as a change or points, with decimals only when needed', () => {
    expect(formatStress({ kind: 'change' }, -0.4)).toBe('−40 %');
    expect(formatStress({ kind: 'points' }, 0.05)).toBe('+5 pts');
    expect(formatStress({ kind: 'points' }, -0.025)).toBe('−2.5 pts');
    expect(formatStress({ kind: 'change' }, 0)).toBe('0 %');
    expect(formatStress({ kind: 'change' }, -0.0000001)).toBe('0 %');
    expect(formatStress({ kind: 'change' }, -0.4000001, 6)).toBe('−40.00001 %');
  });
});
