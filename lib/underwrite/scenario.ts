import { netResultLine, smallestNonNegative, upfrontInvestmentOf } from './economics';
import type { Assumptions } from './schema';
import type { MonthRow, Scenario } from './types';

/** A scenario plus what the break-even solvers need beyond it. */
export interface Simulation {
  scenario: Scenario;
  /**
   * Paying customer-months over the horizon per month-1 new customer, i.e.
   * Σ payingCustomers / (monthlyVisitors × conversionRate). Tracked on its
   * own rather than divided out so it exists when traffic or conversion is 0.
   */
  reach: number;
}

/**
 * The one implementation of the contract's month-by-month formulas. Expects
 * valid assumptions (the public entry points validate); everything else in
 * the engine, from the stress case to sensitivity and break-even, reuses it.
 */
export function simulate(a: Assumptions): Simulation {
  const subscription = a.pricingModel === 'subscription';
  // One-time buyers pay once, so nobody carries over to the next month.
  const retained = subscription ? 1 - a.churnRate : 0;
  const upfrontInvestment = upfrontInvestmentOf(a);

  const months: MonthRow[] = [];
  let growthFactor = 1; // (1 + visitorGrowthRate)^(m - 1)
  let payingCustomers = 0; // active(m - 1) entering the loop, active(m) after it
  let payingPerLaunchCustomer = 0; // the same recurrence for 1 new customer in month 1
  let reach = 0;
  let cumulativeProfit = -upfrontInvestment;
  let totalGross = 0;
  let totalCashFlow = 0;
  let totalProfit = 0;
  let totalOperatingHours = 0;
  let paybackMonth: number | null = null;

  for (let month = 1; month <= a.horizonMonths; month++) {
    const visitors = a.monthlyVisitors * growthFactor;
    const newCustomers = visitors * a.conversionRate;
    payingCustomers = payingCustomers * retained + newCustomers;
    const gross = payingCustomers * a.price;
    const refunds = gross * a.refundRate;
    const fees = gross * a.feeRate + payingCustomers * a.feePerTransaction;
    const adSpend = a.adSpendPerMonth;
    const supportHours = (payingCustomers * a.supportMinutesPerCustomer) / 60;
    const operatingHours = supportHours + a.upkeepHoursPerMonth;
    const cashFlow = gross - refunds - fees - adSpend;
    const timeCost = operatingHours * a.hourlyRate;
    const profit = cashFlow - timeCost;
    cumulativeProfit += profit;
    months.push({
      month,
      visitors,
      newCustomers,
      payingCustomers,
      gross,
      refunds,
      fees,
      adSpend,
      supportHours,
      operatingHours,
      cashFlow,
      timeCost,
      profit,
      cumulativeProfit,
    });

    totalGross += gross;
    totalCashFlow += cashFlow;
    totalProfit += profit;
    totalOperatingHours += operatingHours;
    if (paybackMonth === null && cumulativeProfit >= 0) paybackMonth = month;

    payingPerLaunchCustomer = payingPerLaunchCustomer * retained + growthFactor;
    reach += payingPerLaunchCustomer;
    growthFactor *= 1 + a.visitorGrowthRate;
  }

  const hoursInvested = a.upfrontHours + totalOperatingHours;
  // A vanishing number of hours (say 5e-324) overflows the division to
  // ±Infinity, which is no more a rate than dividing by 0 hours would be.
  const effectiveHourlyRate = (totalCashFlow - a.upfrontCash) / hoursInvested;
  const scenario: Scenario = {
    assumptions: a,
    months,
    upfrontInvestment,
    totalGross,
    totalCashFlow,
    totalProfit,
    netResult: cumulativeProfit,
    paybackMonth,
    avgOperatingHoursPerMonth: totalOperatingHours / a.horizonMonths,
    effectiveHourlyRate: Number.isFinite(effectiveHourlyRate) ? effectiveHourlyRate : null,
    breakEvenConversionRate: smallestNonNegative(netResultLine(a, reach, 'conversionRate'), 0, 1),
  };
  return { scenario, reach };
}
