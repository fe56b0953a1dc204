import { unitMarginOf } from './economics';
import { formatCount, formatHours, formatMoney, formatMonths, formatPercent } from './format';
import type { Scenario, Warning } from './types';

/** Base conversion above this is flagged as optimistic (contract: > 0.05). */
export const OPTIMISTIC_CONVERSION_RATE = 0.05;
/** Average monthly support + upkeep + service hours above this is not passive (contract: > 40). */
export const HIGH_OPERATING_HOURS_PER_MONTH = 40;
/** Visitors of the last month above this many times month 1's is aggressive growth (contract: > 10). */
export const AGGRESSIVE_GROWTH_MULTIPLE = 10;
/** Service revenue above this share of gross makes a service business (contract: > 0.5). */
export const SERVICE_DEPENDENT_SHARE = 0.5;

/** The contract's warnings, always in WARNING_CODES order. */
export function collectWarnings(base: Scenario, stress: Scenario): Warning[] {
  const warnings: Warning[] = [];
  const a = base.assumptions;

  if (stress.netResult < 0 && base.netResult >= 0) {
    warnings.push({
      code: 'DOWNSIDE_NEGATIVE',
      message:
        `The base case ends ${formatMoney(base.netResult)} ahead, but the stress case ends ` +
        `${formatMoney(-stress.netResult)} short after ${formatMonths(stress.assumptions.horizonMonths)}: ` +
        'a strong upside does not make the downside acceptable.',
    });
  }

  if (a.conversionRate > OPTIMISTIC_CONVERSION_RATE) {
    warnings.push({
      code: 'OPTIMISTIC_CONVERSION',
      message:
        `You assume ${formatPercent(a.conversionRate, 2)} of visitors buy, above the ` +
        `${formatPercent(OPTIMISTIC_CONVERSION_RATE)} this check treats as optimistic: ` +
        'prove it with real traffic and sales before relying on it.',
    });
  }

  if (base.avgOperatingHoursPerMonth > HIGH_OPERATING_HOURS_PER_MONTH) {
    warnings.push({
      code: 'HIGH_OPERATING_LOAD',
      message:
        `Support, upkeep and service take ${formatHours(base.avgOperatingHoursPerMonth)} a month on average, ` +
        `more than ${formatHours(HIGH_OPERATING_HOURS_PER_MONTH)}: this is a part-time job, not passive income.`,
    });
  }

  const margin = unitMarginOf(a);
  if (margin < 0) {
    const loss = formatMoney(-margin);
    const perCustomer =
      a.pricingModel === 'subscription'
        ? `Each subscriber costs ${loss} a month more than they bring in`
        : `Each sale costs ${loss} more than it brings in`;
    warnings.push({
      code: 'NEGATIVE_UNIT_MARGIN',
      message:
        `${perCustomer} after refunds, fees and support time: ` +
        'more customers make the loss bigger, so fix the price or the costs before buying traffic.',
    });
  }

  if (base.peakOperatingHours > a.availableHoursPerMonth) {
    const peakMonth = base.months.findIndex((row) => row.operatingHours === base.peakOperatingHours) + 1;
    warnings.push({
      code: 'OVER_CAPACITY',
      message:
        `In month ${peakMonth} it needs ${formatHours(base.peakOperatingHours)} of your time, more than the ` +
        `${formatHours(a.availableHoursPerMonth)} a month you can give it: plan help, cap the service, or expect it to slip.`,
    });
  }

  if (base.cashNetResult >= 0 && base.netResult < 0) {
    warnings.push({
      code: 'TIME_COST_EXCEEDS_CASH',
      message:
        `In money it earns ${formatMoney(base.cashNetResult)}, but your hours are worth ${formatMoney(base.totalTimeCost)} ` +
        `at ${formatMoney(a.hourlyRate)} an hour: priced honestly, your time is what loses money.`,
    });
  }

  const lastMonth = base.months[base.months.length - 1];
  if (a.monthlyVisitors > 0 && lastMonth !== undefined && lastMonth.visitors > AGGRESSIVE_GROWTH_MULTIPLE * a.monthlyVisitors) {
    warnings.push({
      code: 'AGGRESSIVE_GROWTH',
      message:
        `${formatPercent(a.visitorGrowthRate)} growth a month takes ${formatCount(a.monthlyVisitors)} visitors to ` +
        `${formatCount(lastMonth.visitors)} by month ${lastMonth.month}, over ${AGGRESSIVE_GROWTH_MULTIPLE} times as many: ` +
        'few ideas compound like that; check the result with flat traffic.',
    });
  }

  if (base.totalGross > 0 && base.totalServiceRevenue / base.totalGross > SERVICE_DEPENDENT_SHARE) {
    warnings.push({
      code: 'SERVICE_DEPENDENT',
      message:
        `${formatPercent(base.totalServiceRevenue / base.totalGross, 0)} of the income is the service package: ` +
        'this is a service business with a product attached, and it grows only as fast as your hours.',
    });
  }

  if (a.hourlyRate === 0 && (a.upfrontHours > 0 || base.avgOperatingHoursPerMonth > 0)) {
    warnings.push({
      code: 'UNPRICED_TIME',
      message:
        'Your hourly rate is $0, so the hours this idea takes cost nothing in these numbers. ' +
        'Your hours are a cost: price them at what you could earn elsewhere.',
    });
  }

  return warnings;
}
