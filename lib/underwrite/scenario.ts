import { netResultLine, smallestNonNegative, upfrontInvestmentOf } from './economics';
import type { Assumptions } from './schema';
import type { MonthRow, Scenario } from './types';

/** A scenario plus what the break-even solvers need beyond it. */
export interface ScenarioRun {
  scenario: Scenario;
  /**
   * Customer-months over the horizon per month-1 new customer:
   * Σ payingCustomers / (monthlyVisitors × conversionRate), and the same for
   * Σ newCustomers. Tracked on their own rather than divided out so they
   * exist when traffic or conversion is 0.
   */
  reach: Reach;
}

export interface Reach {
  paying: number;
  new: number;
}

/**
 * The first month from which a running total stays >= 0 through the last
 * month, given the last month in which it was below 0 (0 when never); null
 * when it ends below 0. "In the black for good", not "ahead once".
 */
function firstMonthForGood(lastNegativeMonth: number, endValue: number): number | null {
  return endValue >= 0 ? lastNegativeMonth + 1 : null;
}

/**
 * The one implementation of the contract's month-by-month formulas. Expects
 * valid assumptions (the public entry points validate); everything else in
 * the engine, from the stress case to sensitivity and break-even, reuses it.
 */
export function runScenario(a: Assumptions): ScenarioRun {
  const subscription = a.pricingModel === 'subscription';
  // One-time buyers pay once, so nobody carries over to the next month.
  const retained = subscription ? 1 - a.churnRate : 0;
  const upfrontInvestment = upfrontInvestmentOf(a);

  const months: MonthRow[] = [];
  let growthFactor = 1; // (1 + visitorGrowthRate)^(m - 1)
  let payingCustomers = 0; // active(m - 1) entering the loop, active(m) after it
  let payingPerLaunchCustomer = 0; // the same recurrence for 1 new customer in month 1
  let payingReach = 0;
  let newReach = 0;
  let cumulativeProfit = -upfrontInvestment;
  let cumulativeCash = -a.upfrontCash;
  let totalGross = 0;
  let totalServiceRevenue = 0;
  let totalCashFlow = 0;
  let totalProfit = 0;
  let totalOperatingHours = 0;
  let peakOperatingHours = 0;
  let mostCashOut = a.upfrontCash;
  let lastMonthBehind = 0;
  let lastMonthCashBehind = 0;

  for (let month = 1; month <= a.horizonMonths; month++) {
    const visitors = a.monthlyVisitors * growthFactor;
    const newCustomers = visitors * a.conversionRate;
    payingCustomers = payingCustomers * retained + newCustomers;
    const productRevenue = payingCustomers * a.price;
    const serviceBuyers = newCustomers * a.servicePackageRate;
    const serviceRevenue = serviceBuyers * a.servicePackagePrice;
    const gross = productRevenue + serviceRevenue;
    const refunds = gross * a.refundRate;
    const fees = gross * a.feeRate + payingCustomers * a.feePerTransaction;
    const adSpend = a.adSpendPerMonth;
    const supportHours = (payingCustomers * a.supportMinutesPerCustomer) / 60;
    const serviceHours = serviceBuyers * a.servicePackageHours;
    const operatingHours = supportHours + a.upkeepHoursPerMonth + serviceHours;
    const cashFlow = gross - refunds - fees - adSpend;
    const timeCost = operatingHours * a.hourlyRate;
    const profit = cashFlow - timeCost;
    cumulativeProfit += profit;
    cumulativeCash += cashFlow;
    months.push({
      month,
      visitors,
      newCustomers,
      payingCustomers,
      productRevenue,
      serviceBuyers,
      serviceRevenue,
      gross,
      refunds,
      fees,
      adSpend,
      supportHours,
      serviceHours,
      operatingHours,
      cashFlow,
      timeCost,
      profit,
      cumulativeProfit,
      cumulativeCash,
    });

    totalGross += gross;
    totalServiceRevenue += serviceRevenue;
    totalCashFlow += cashFlow;
    totalProfit += profit;
    totalOperatingHours += operatingHours;
    if (operatingHours > peakOperatingHours) peakOperatingHours = operatingHours;
    if (-cumulativeCash > mostCashOut) mostCashOut = -cumulativeCash;
    if (cumulativeProfit < 0) lastMonthBehind = month;
    if (cumulativeCash < 0) lastMonthCashBehind = month;

    payingPerLaunchCustomer = payingPerLaunchCustomer * retained + growthFactor;
    payingReach += payingPerLaunchCustomer;
    newReach += growthFactor;
    growthFactor *= 1 + a.visitorGrowthRate;
  }

  const hoursInvested = a.upfrontHours + totalOperatingHours;
  const cashNetResult = totalCashFlow - a.upfrontCash;
  // A vanishing number of hours (say 5e-324) overflows the division to
  // ±Infinity, which is no more a rate than dividing by 0 hours would be.
  const effectiveHourlyRate = cashNetResult / hoursInvested;
  const reach: Reach = { paying: payingReach, new: newReach };
  const scenario: Scenario = {
    assumptions: a,
    months,
    upfrontInvestment,
    totalGross,
    totalServiceRevenue,
    totalCashFlow,
    totalProfit,
    netResult: cumulativeProfit,
    cashNetResult,
    totalTimeCost: hoursInvested * a.hourlyRate,
    paybackMonth: firstMonthForGood(lastMonthBehind, cumulativeProfit),
    cashPaybackMonth: firstMonthForGood(lastMonthCashBehind, cumulativeCash),
    avgOperatingHoursPerMonth: totalOperatingHours / a.horizonMonths,
    peakOperatingHours,
    maxCashAtRisk: mostCashOut,
    effectiveHourlyRate: Number.isFinite(effectiveHourlyRate) ? effectiveHourlyRate : null,
    breakEvenConversionRate: smallestNonNegative(netResultLine(a, reach, 'conversionRate'), 0, 1),
  };
  return { scenario, reach };
}
