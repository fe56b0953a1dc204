import { unitMarginOf } from './economics';
import { formatHours, formatMoney, formatMonths, formatPercent } from './format';
import type { Scenario, Warning } from './types';

/** Base conversion above this is flagged as optimistic (contract: > 0.05). */
export const OPTIMISTIC_CONVERSION_RATE = 0.05;
/** Average monthly support + upkeep hours above this is not passive (contract: > 40). */
export const HIGH_OPERATING_HOURS_PER_MONTH = 40;

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
        `Support and upkeep take ${formatHours(base.avgOperatingHoursPerMonth)} a month on average, ` +
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

  return warnings;
}
