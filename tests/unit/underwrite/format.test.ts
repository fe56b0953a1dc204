import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHours, formatMoney, formatMonths, formatPercent } from '@/lib/underwrite';

describe('formatMoney', () => {
  it('shows whole dollars from $100 and cents below', () => {
    expect(formatMoney(3120)).toBe('$3,120');
    expect(formatMoney(-3120)).toBe('-$3,120');
    expect(formatMoney(12_400.49)).toBe('$12,400');
    expect(formatMoney(100)).toBe('$100');
    expect(formatMoney(99.5)).toBe('$99.50');
    expect(formatMoney(12.5)).toBe('$12.50');
    expect(formatMoney(-0.4)).toBe('-$0.40');
    expect(formatMoney(1_234_567_890)).toBe('$1,234,567,890');
  });

  it('never prints a minus sign on zero', () => {
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(-0)).toBe('$0.00');
    expect(formatMoney(-0.001)).toBe('$0.00');
  });
});

describe('formatPercent', () => {
  it('turns a fraction into a percentage with up to `digits` decimals', () => {
    expect(formatPercent(0.025)).toBe('2.5 %');
    expect(formatPercent(0.02)).toBe('2 %');
    expect(formatPercent(0.07)).toBe('7 %'); // 0.07 × 100 = 7.000000000000001
    expect(formatPercent(0.019607843, 2)).toBe('1.96 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(-0.4)).toBe('-40 %');
    expect(formatPercent(0.123456, 0)).toBe('12 %');
    expect(formatPercent(-0.00001)).toBe('0 %');
  });
});

describe('formatMonths and formatHours', () => {
  it('agree in number', () => {
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(24)).toBe('24 months');
    expect(formatMonths(120)).toBe('120 months');
    expect(formatMonths(1500)).toBe('1,500 months');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(12.5)).toBe('12.5 hours');
    expect(formatHours(0.04)).toBe('0 hours');
    expect(formatHours(1200)).toBe('1,200 hours');
  });
});

describe('formatMoney agrees with Intl on every amount', () => {
  const intlDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, signDisplay: 'negative' });
  const intlCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' });
  const intl = (x: number) => (Math.abs(x) >= 100 ? intlDollars : intlCents).format(x);

  it('on random amounts of every size, halves and whole numbers included', () => {
    const amount = fc.oneof(
      fc.double({ min: -1e20, max: 1e20, noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 2),
      fc.integer({ min: -200, max: 200 }),
      fc.constantFrom(-0, 0, 99.995, 100, -100, 999.5, -1000.5, 2 ** 53, -(2 ** 53) + 1),
    );
    fc.assert(
      fc.property(amount, (x) => {
        expect(formatMoney(x)).toBe(intl(x));
      }),
      { numRuns: 20_000 },
    );
  });
});
