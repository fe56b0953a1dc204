import { closestLever, type Lever } from './break-even';
import { formatCount, formatHours, formatMoney, formatMonths, formatPercent } from './format';
import type { ScenarioRun } from './scenario';
import type { Scenario, Verdict } from './types';

type CaseName = 'base case' | 'stress case';

const capitalised = (name: CaseName) => `The ${name}`;

/** Where a case ends, and whether it is in the black for good. */
function outcome(name: CaseName, s: Scenario): string {
  const horizon = formatMonths(s.assumptions.horizonMonths);
  if (s.paybackMonth !== null) {
    const from = s.paybackMonth === 1 ? 'from the first month' : `from month ${s.paybackMonth}`;
    return `${capitalised(name)} is in the black for good ${from} and ends ${formatMoney(s.netResult)} ahead after ${horizon}.`;
  }
  const aheadOnce = s.months.findIndex((row) => row.cumulativeProfit >= 0);
  if (aheadOnce >= 0) {
    // The fading launch: ahead early, behind at the end. That is not payback.
    return (
      `${capitalised(name)} is ahead in month ${aheadOnce + 1} but falls behind again ` +
      `and ends ${formatMoney(-s.netResult)} short after ${horizon}.`
    );
  }
  return `${capitalised(name)} never pays back: after ${horizon} it is ${formatMoney(-s.netResult)} short.`;
}

/** When the money is positive and only the founder's hours make it negative, say so. */
function timeIsTheCause(name: CaseName, s: Scenario): string | null {
  if (!(s.netResult < 0 && s.cashNetResult >= 0)) return null;
  const a = s.assumptions;
  const hours = a.upfrontHours + s.avgOperatingHoursPerMonth * a.horizonMonths;
  return (
    `In money ${name === 'base case' ? 'it' : 'the stress case'} earns ${formatMoney(s.cashNetResult)}, ` +
    `but it takes ${formatHours(hours)} of your time, worth ${formatMoney(s.totalTimeCost)} at ${formatMoney(a.hourlyRate)} an hour: ` +
    'your hours, not the sales, are what sink it.'
  );
}

function describeLever({ field, current, needed }: Lever, s: Scenario): string {
  const perUnit = s.assumptions.pricingModel === 'subscription' ? ' a month' : '';
  switch (field) {
    case 'conversionRate':
      return `a conversion rate of ${formatPercent(needed, 2)} instead of ${formatPercent(current, 2)}`;
    case 'monthlyVisitors':
      return `${formatCount(needed)} visitors in month 1 instead of ${formatCount(current)}`;
    case 'price':
      return `a price of ${formatMoney(needed)}${perUnit} instead of ${formatMoney(current)}`;
  }
}

/** "+6.5 %" for a nudge, "12 times as much" for a leap; absurd inputs (a 5e-324 rate) stay readable. */
function howMuchMore(relativeChange: number): string {
  if (relativeChange < 10) return `+${formatPercent(relativeChange)}`;
  if (relativeChange < 1e6) return `${formatCount(Math.round(relativeChange + 1))} times as much`;
  return 'over a million times as much';
}

/** The break-even figure closest to reach, in the case's own terms. */
function whatItWouldTake(name: CaseName, run: ScenarioRun): string {
  const s = run.scenario;
  const horizon = formatMonths(s.assumptions.horizonMonths);
  const lever = closestLever(run);
  if (lever === null) {
    if (s.breakEvenConversionRate === 0) {
      // It breaks even only at 0 % conversion: the customers themselves lose money.
      return `${capitalised(name)} would only pay back by selling nothing: each customer costs more than they bring in.`;
    }
    return `No conversion rate up to 100 %, traffic or price within the worksheet's limits makes the ${name} pay back within ${horizon}.`;
  }
  return `The closest lever: the ${name} breaks even within ${horizon} with ${describeLever(lever, s)} (${howMuchMore(lever.relativeChange)}).`;
}

/** Why it sells nothing, in the worksheet's own terms. */
function sellsNothing(s: Scenario): string[] {
  const a = s.assumptions;
  const why =
    a.monthlyVisitors === 0
      ? 'it has no visitors'
      : a.conversionRate === 0
        ? 'a conversion rate of 0 % turns no visitor into a customer'
        : 'its price is $0 and no service package brings money in';
  const reasons = [`The base case sells nothing: ${why}. An idea that brings in no money cannot pay back.`];
  if (s.netResult < 0) {
    reasons.push(`After ${formatMonths(a.horizonMonths)} it is ${formatMoney(-s.netResult)} short: what it costs is never earned back.`);
  }
  return reasons;
}

function failingCase(name: CaseName, run: ScenarioRun): string[] {
  const reasons = [outcome(name, run.scenario)];
  const time = timeIsTheCause(name, run.scenario);
  if (time) reasons.push(time);
  reasons.push(whatItWouldTake(name, run));
  return reasons;
}

/**
 * The contract's rule, on where each case ends: fail when the base case ends
 * below 0 or sells nothing, fragile when only the stress case ends below 0,
 * robust otherwise.
 */
export function decideVerdict(base: ScenarioRun, stress: ScenarioRun): Verdict {
  if (base.scenario.totalGross === 0) {
    return { level: 'fail', reasons: sellsNothing(base.scenario) };
  }
  if (base.scenario.netResult < 0) return { level: 'fail', reasons: failingCase('base case', base) };
  if (stress.scenario.netResult < 0) {
    return { level: 'fragile', reasons: [outcome('base case', base.scenario), ...failingCase('stress case', stress)] };
  }
  return { level: 'robust', reasons: [outcome('base case', base.scenario), outcome('stress case', stress.scenario)] };
}
