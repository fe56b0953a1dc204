import { describe, expect, it } from 'vitest';
import { formatInput, tornadoAxis, tornadoRows } from '@/lib/results/tornado';
import { sensitivity, type SensitivityResult } from '@/lib/underwrite';
import { idea } from '../underwrite/support';

describe('tornado', () => {
  const result: SensitivityResult = {
    delta: 0.2,
    baseline: 1000,
    rows: [
      { field: 'price', label: 'Price', low: { value: 8, netResult: 600 }, high: { value: 12, netResult: 1400 }, swing: 800 },
      { field: 'refundRate', label: 'Refund rate', low: { value: 0.04, netResult: 1100 }, high: { value: 0.06, netResult: 900 }, swing: 200 },
    ],
  };

  it('spans each bar from the lower to the higher net result and notes which end of the input gave the lower one', () => {
    expect(tornadoRows(result).map(({ field, range, lowerResultFrom, inputChange }) => ({ field, range, lowerResultFrom, inputChange }))).toEqual([
      { field: 'price', range: [600, 1400], lowerResultFrom: 'low', inputChange: 'Price $8.00 → $12.00' },
      { field: 'refundRate', range: [900, 1100], lowerResultFrom: 'high', inputChange: 'Refund rate 4 % → 6 %' },
    ]);
  });

  it('keeps the baseline inside a bar whose ends are both on one side of it', () => {
    const clamped: SensitivityResult = {
      ...result,
      rows: [{ field: 'feeRate', label: 'Fee rate', low: { value: 0, netResult: 1000 }, high: { value: 0, netResult: 1000 }, swing: 0 }],
    };
    expect(tornadoRows(clamped)[0]?.range).toEqual([1000, 1000]);
  });

  it('pads the value axis by 5 % and puts round ticks inside it', () => {
    // 600..1,400 padded by 40; a span of 880 in at most 4 parts: steps of 250.
    expect(tornadoAxis(result)).toEqual({ domain: [560, 1440], ticks: [750, 1000, 1250] });
    // -3,700..12,300 padded by 800: -4,500..13,100, a raw step of 4,400 rounds to 5,000.
    const wide = { ...result, baseline: 4000, rows: [{ ...result.rows[0]!, low: { value: 8, netResult: -3700 }, high: { value: 12, netResult: 12_300 } }] };
    expect(tornadoAxis(wide)).toEqual({ domain: [-4500, 13_100], ticks: [0, 5000, 10_000] });
  });

  it('centres the baseline when no input moves the result', () => {
    // ±10 % of $1,000, ticks every 50.
    expect(tornadoAxis({ ...result, rows: [] })).toEqual({ domain: [900, 1100], ticks: [900, 950, 1000, 1050, 1100] });
    expect(tornadoAxis({ ...result, baseline: 0, rows: [] })).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
  });

  it('reads the input values of a real sensitivity() run ($50 price, 2 % conversion)', () => {
    const rows = tornadoRows(sensitivity(idea({ price: 50, monthlyVisitors: 1000, conversionRate: 0.02, horizonMonths: 12 })));
    expect(rows.find((r) => r.field === 'price')?.inputChange).toBe('Price $40.00 → $60.00');
    expect(rows.find((r) => r.field === 'conversionRate')?.inputChange).toBe('Conversion rate 1.6 % → 2.4 %');
  });
});

describe('input values', () => {
  it('formats each input in its own unit', () => {
    expect(formatInput('price', 23.2)).toBe('$23.20');
    expect(formatInput('adSpendPerMonth', 480)).toBe('$480');
    expect(formatInput('monthlyVisitors', 1234.5)).toBe('1,235');
    expect(formatInput('conversionRate', 0.0096)).toBe('0.96 %');
    expect(formatInput('visitorGrowthRate', -0.024)).toBe('-2.4 %');
    expect(formatInput('supportMinutesPerCustomer', 7.5)).toBe('7.5 min');
    expect(formatInput('upkeepHoursPerMonth', 2.4)).toBe('2.4 hours');
  });
});
