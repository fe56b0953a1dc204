import { describe, expect, it } from 'vitest';
import { formatCorrelation, formatOrdinal, formatSignedMoney } from '@/lib/results/format';
import { fanSeries } from '@/lib/results/chart-series';
import { SIMULATION } from '@/lib/results/simulation';
import { paybackText, uncertaintyOf, uncertaintyView } from '@/lib/results/uncertainty';
import { underwrite, type SimulationResult } from '@/lib/underwrite';
import { simulate } from '@/lib/underwrite/simulate';
import { idea } from '../underwrite/support';

// A result small enough to check by eye: 62 % of 10,000 runs pay back.
const RESULT: SimulationResult = {
  trials: 10_000,
  probabilityPayback: 0.62,
  netResult: { p5: -6000, p10: -4200, p25: -1000, p50: 1500, p75: 4000, p90: 6000, p95: 8000, mean: 1400 },
  paybackMonth: { p10: 5, p50: 14, p90: null },
  cumulativeBands: [
    { month: 1, p10: -900, p50: -700, p90: -500 },
    { month: 2, p10: -800, p50: -400, p90: 100 },
  ],
  drivers: [
    { field: 'conversionRate', correlation: 0.81 },
    { field: 'refundRate', correlation: -0.2 },
    { field: 'supportMinutesPerCustomer', correlation: 0 },
  ],
};

describe('the Uncertainty section view model', () => {
  const view = uncertaintyView(RESULT, 24, 'one_time');

  it('says the chance of paying back as a plain sentence, with how many runs it counts', () => {
    expect(view.chance.text).toBe('62 %');
    expect(view.chance.rest).toBe('chance it pays back in 24 months');
    expect(view.chance.sentence).toBe('62 % chance it pays back in 24 months');
    expect(view.chance.worked).toContain('6,200 of the 10,000 runs ended at or above zero after 24 months');
    expect(view.chance.line).toBe('62 % chance it pays back in 24 months, over the ranges you gave.');
  });

  it('words the net result’s P10, P50 and P90 with the typographic minus, a loss marked bad', () => {
    expect(view.netResult.figures).toEqual([
      { key: 'p10', label: '1 in 10 worse than', value: -4200, text: '−$4,200', bad: true },
      { key: 'p50', label: 'Median: as likely above as below', value: 1500, text: '$1,500', bad: false },
      { key: 'p90', label: '1 in 10 better than', value: 6000, text: '$6,000', bad: false },
    ]);
    // Nearest rank of 10,000: places ceil(0.1 × 10,000) = 1,000, 5,000 and 9,000.
    expect(view.netResult.worked).toContain('the 1,000th, 5,000th and 9,000th of them');
  });

  it('says a payback percentile that falls on runs that never pay back as never within the horizon', () => {
    expect(view.payback.figures.map((f) => [f.label, f.text, f.bad])).toEqual([
      ['The fastest 1 in 10 pay back by', 'month 5', false],
      ['Half pay back by', 'month 14', false],
      ['9 in 10 pay back by', 'never within 24 months', true],
    ]);
    expect(paybackText(null, 1)).toBe('never within 1 month');
  });

  it('ranks the drivers as the engine did, with the worksheet’s words for each field and which way it pushes', () => {
    expect(view.drivers.rows).toEqual([
      { field: 'conversionRate', label: 'Conversion rate', correlation: 0.81, text: '0.81', direction: 'higher is better', strength: 0.81 },
      { field: 'refundRate', label: 'Refunds', correlation: -0.2, text: '−0.20', direction: 'higher is worse', strength: 0.2 },
      { field: 'supportMinutesPerCustomer', label: 'Support time per sale', correlation: 0, text: '0.00', direction: 'no clear link', strength: 0 },
    ]);
    expect(uncertaintyView(RESULT, 24, 'subscription').drivers.rows[2]?.label).toBe('Support time per subscriber per month');
  });

  it('keeps code words out of the working', () => {
    const texts = [view.chance.worked, view.netResult.worked, view.payback.worked, view.drivers.worked, view.fanWorked].join(' ');
    expect(texts).not.toMatch(/p10|p50|p90|netResult|probability|correlation|trials|simulate/);
  });

  it('lays the runs’ band under the base and stress lines, from month 1 (month 0 is the upfront build alone)', () => {
    const a = idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, upfrontCash: 50, horizonMonths: 2 });
    const { base, stress } = underwrite(a);
    const fan = fanSeries(RESULT.cumulativeBands, base, stress);
    expect(fan).toEqual([
      { month: 0, band: null, p50: null, base: -50, stress: -50 },
      { month: 1, band: [-900, -500], p50: -700, base: 50, stress: stress.months[0]!.cumulativeProfit },
      { month: 2, band: [-800, 100], p50: -400, base: 150, stress: stress.months[1]!.cumulativeProfit },
    ]);
  });

  it('shows exactly the base case when every range is a single value (the runs all agree)', () => {
    const a = idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, upfrontCash: 50, horizonMonths: 2 });
    const exact = simulate(a, { price: { low: 10, high: 10 } }, SIMULATION);
    expect(uncertaintyOf(a, { price: { low: 10, high: 10 } })).toEqual({ view: uncertaintyView(exact, 2, 'one_time'), bands: exact.cumulativeBands });
    const v = uncertaintyOf(a, { price: { low: 10, high: 10 } })!.view;
    expect(v.chance.sentence).toBe('100 % chance it pays back in 2 months');
    expect(v.netResult.figures.map((f) => f.text)).toEqual(['$150', '$150', '$150']);
    expect(v.payback.figures.map((f) => f.text)).toEqual(['month 1', 'month 1', 'month 1']);
  });

  it('has nothing to show without a range', () => {
    expect(uncertaintyOf(idea({ price: 10 }), {})).toBeNull();
  });
});

describe('the Uncertainty section’s formats', () => {
  it('uses the typographic minus', () => {
    expect(formatSignedMoney(-4200)).toBe('−$4,200');
    expect(formatSignedMoney(4200)).toBe('$4,200');
    expect(formatCorrelation(-0.623)).toBe('−0.62');
    expect(formatCorrelation(-0.001)).toBe('0.00');
  });

  it('counts places', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 1000].map(formatOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '1,000th']);
  });
});
