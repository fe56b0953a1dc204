import { formatMoney, formatMonths, formatPercent } from './format';
import type { Scenario, Verdict } from './types';

/** Where the scenario stands at the end of the horizon, e.g. "$12,400 ahead after 24 months". */
function standing(s: Scenario): string {
  const position = s.netResult >= 0 ? 'ahead' : 'behind';
  return `${formatMoney(Math.abs(s.netResult))} ${position} after ${formatMonths(s.assumptions.horizonMonths)}`;
}

function outcome(name: 'base case' | 'stress case', s: Scenario): string {
  if (s.paybackMonth === null) {
    return `The ${name} never pays back: after ${formatMonths(s.assumptions.horizonMonths)} it is ${formatMoney(-s.netResult)} short.`;
  }
  // Paying back once does not mean staying ahead: costs can outrun a shrinking audience later.
  const link = s.netResult >= 0 ? 'and is' : 'but is';
  return `The ${name} pays back in month ${s.paybackMonth} ${link} ${standing(s)}.`;
}

/** What conversion rate would have made the difference, in the scenario's own terms. */
function conversionNeeded(name: 'base case' | 'stress case', s: Scenario): string {
  const horizon = formatMonths(s.assumptions.horizonMonths);
  if (s.breakEvenConversionRate === null) {
    return `No conversion rate up to 100 % makes the ${name} pay back within ${horizon}.`;
  }
  if (s.breakEvenConversionRate === 0) {
    // A scenario that fails yet breaks even at 0 % has no fixed costs to
    // recover: it is the customers themselves that lose money.
    return `The ${name} would only pay back by selling nothing: each customer costs more than they bring in.`;
  }
  const needed = formatPercent(s.breakEvenConversionRate, 2);
  return `The ${name} would need a conversion rate of ${needed} to pay back within ${horizon}; it assumes ${formatPercent(s.assumptions.conversionRate, 2)}.`;
}

/**
 * The contract's rule: fail when the base case never pays back, fragile when
 * only the base case does, robust when both do.
 */
export function decideVerdict(base: Scenario, stress: Scenario): Verdict {
  if (base.paybackMonth === null) {
    return { level: 'fail', reasons: [outcome('base case', base), conversionNeeded('base case', base)] };
  }
  if (stress.paybackMonth === null) {
    return {
      level: 'fragile',
      reasons: [outcome('base case', base), outcome('stress case', stress), conversionNeeded('stress case', stress)],
    };
  }
  return { level: 'robust', reasons: [outcome('base case', base), outcome('stress case', stress)] };
}
