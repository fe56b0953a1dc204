import { describe, expect, it } from 'vitest';
import { FIELDS } from '@/lib/ideas/fields';
import { formatCents, formatDate, formatDateTime, formatFieldValue, formatMinutes, formatMoneyTick, formatMonth, formatNumber } from '@/lib/results/format';

const field = (key: string) => FIELDS.find((f) => f.key === key)!;

describe('formatting', () => {
  it('abbreviates money on axes', () => {
    expect(formatMoneyTick(1234)).toBe('$1.2K');
    expect(formatMoneyTick(-35_000)).toBe('-$35K');
    expect(formatMoneyTick(1_500_000)).toBe('$1.5M');
    expect(formatMoneyTick(12.5)).toBe('$12.5');
    expect(formatMoneyTick(0)).toBe('$0');
    expect(formatMoneyTick(-0)).toBe('$0');
  });

  it('names months', () => {
    expect(formatMonth(6)).toBe('Month 6');
  });

  it('prints plain numbers, minutes and cents', () => {
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(7.25, 1)).toBe('7.3');
    expect(formatNumber(-0.2)).toBe('0');
    expect(formatMinutes(7.5)).toBe('7.5 min');
    expect(formatCents(1500)).toBe('$1,500.00');
    expect(formatCents(0.3)).toBe('$0.30');
  });

  it('prints a date by its UTC calendar day', () => {
    expect(formatDate(new Date('2026-03-07T23:59:59Z'))).toBe('Mar 7, 2026');
    // A version's moment: to the minute, 24-hour, and saying it is UTC.
    expect(formatDateTime(new Date('2026-03-07T04:05:59Z'))).toBe('Mar 7, 2026, 04:05 UTC');
    expect(formatDateTime(new Date('2026-03-07T00:00:00Z'))).toBe('Mar 7, 2026, 00:00 UTC');
  });

  it('states a saved assumption with its unit, as the worksheet does', () => {
    expect(formatFieldValue(field('price'), 39, 'one_time')).toBe('$39.00 per sale');
    expect(formatFieldValue(field('price'), 1500, 'subscription')).toBe('$1,500.00 / month');
    expect(formatFieldValue(field('upfrontCash'), 150, 'one_time')).toBe('$150.00');
    expect(formatFieldValue(field('conversionRate'), 0.023, 'one_time')).toBe('2.3 % of visitors');
    expect(formatFieldValue(field('visitorGrowthRate'), -0.12345678, 'one_time')).toBe('-12.3457 % / month');
    expect(formatFieldValue(field('monthlyVisitors'), 3000, 'one_time')).toBe('3,000 visitors / month');
    expect(formatFieldValue(field('horizonMonths'), 24, 'one_time')).toBe('24 months');
    expect(formatFieldValue(field('servicePackageRate'), 0.08, 'one_time')).toBe('8 % of new customers');
    expect(formatFieldValue(field('servicePackagePrice'), 150, 'one_time')).toBe('$150.00 per package');
    expect(formatFieldValue(field('servicePackageHours'), 1.5, 'one_time')).toBe('1.5 hours per package');
    expect(formatFieldValue(field('availableHoursPerMonth'), 40, 'subscription')).toBe('40 hours / month');
  });

  it('counts support per sale for one-time sales and per subscriber each month for subscriptions', () => {
    expect(formatFieldValue(field('supportMinutesPerCustomer'), 5, 'one_time')).toBe('5 min per sale');
    expect(formatFieldValue(field('supportMinutesPerCustomer'), 5, 'subscription')).toBe('5 min / subscriber / month');
  });
});
