/**
 * The founder's real figures so far, from the weeks of actuals logged for an
 * idea: totals, and the rates the worksheet guesses (conversion, refund
 * rate, hours), each with how many weeks it rests on. Pure, so the idea
 * page, the actuals page and the calibrated case read one answer.
 *
 * A rate pairs its two figures week by week: conversion uses only the weeks
 * in which both visitors and sales were logged, so a week with visitors but
 * no sales logged (an analytics import alone) cannot pass for a week of
 * 0 sales. A rate counts as measured only from MIN_MEASURED_WEEKS such weeks
 * on: one week is an anecdote, and the calibrated case must not replace a
 * guess with it.
 */

/** A week of actuals as stored (lib/ideas/actuals-schema.ts's ActualWeek); null is "not logged", never 0. */
export type LoggedWeek = {
  /** The week's Monday, as 2026-09-07. */
  weekStart: string;
  visitors: number | null;
  /** New customers. */
  sales: number | null;
  refunds: number | null;
  /** Paid before refunds, in whole currency units. */
  revenue: number | null;
  refundedAmount: number | null;
  fees: number | null;
  hoursSpent: number | null;
};

export const LOGGED_FIGURES = ['visitors', 'sales', 'refunds', 'revenue', 'refundedAmount', 'fees', 'hoursSpent'] as const;
export type LoggedFigure = (typeof LOGGED_FIGURES)[number];

/** "Derived from at least 2 weeks of actuals" (issue #9's calibrated case). */
export const MIN_MEASURED_WEEKS = 2;

/** An average month: 365.25 / 12 days, in weeks (about 4.35). */
export const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** A figure summed over the weeks that logged it. */
export type FigureTotal = { total: number; weeks: number };

export type ActualRate = {
  /** numerator / denominator (scaled, for a per-month rate); null when no week has both figures or the denominator is 0. */
  value: number | null;
  /** The weeks that logged both figures, which the rate rests on. */
  weeks: number;
  /** The sums the rate divides, over those weeks: 14 sales and 1,750 visitors. */
  numerator: number;
  denominator: number;
  /** True when the rate rests on at least MIN_MEASURED_WEEKS weeks and has a value: fit to stand in for a guess. */
  measured: boolean;
};

export type ActualRates = {
  /** Weeks logged, with or without figures. */
  weeks: number;
  firstWeek: string | null;
  lastWeek: string | null;
  totals: Record<LoggedFigure, FigureTotal>;
  /** Sales / visitors. */
  conversion: ActualRate;
  /** Refunds / sales: the share of sales refunded. */
  refundRate: ActualRate;
  /** Refunded amount / revenue: the share of money refunded, as the engine's refund rate counts it. */
  refundedShare: ActualRate;
  /** Hours spent / sales. */
  hoursPerCustomer: ActualRate;
  /** Hours spent a week, times WEEKS_PER_MONTH (numerator: hours; denominator: weeks). */
  hoursPerMonth: ActualRate;
  /** Revenue / sales (for a subscription, renewals make this more than the price). */
  revenuePerSale: ActualRate;
  /** Visitors a week, times WEEKS_PER_MONTH (numerator: visitors; denominator: weeks). */
  visitorsPerMonth: ActualRate;
};

function totalOf(weeks: readonly LoggedWeek[], figure: LoggedFigure): FigureTotal {
  let total = 0;
  let count = 0;
  for (const week of weeks) {
    const value = week[figure];
    if (value === null) continue;
    total += value;
    count += 1;
  }
  return { total, weeks: count };
}

/** numerator / denominator over the weeks that logged both; `'weeks'` as the denominator divides by how many weeks logged the numerator. */
function rateOf(weeks: readonly LoggedWeek[], top: LoggedFigure, bottom: LoggedFigure | 'weeks', scale = 1): ActualRate {
  let numerator = 0;
  let denominator = 0;
  let count = 0;
  for (const week of weeks) {
    const a = week[top];
    const b = bottom === 'weeks' ? 1 : week[bottom];
    if (a === null || b === null) continue;
    numerator += a;
    denominator += b;
    count += 1;
  }
  const value = count > 0 && denominator > 0 ? (numerator / denominator) * scale : null;
  return { value, weeks: count, numerator, denominator, measured: value !== null && count >= MIN_MEASURED_WEEKS };
}

/** The founder's figures so far, from the weeks in any order. */
export function actualRates(weeks: readonly LoggedWeek[]): ActualRates {
  const starts = weeks.map((week) => week.weekStart).sort();
  return {
    weeks: weeks.length,
    firstWeek: starts[0] ?? null,
    lastWeek: starts.at(-1) ?? null,
    totals: Object.fromEntries(LOGGED_FIGURES.map((figure) => [figure, totalOf(weeks, figure)])) as Record<LoggedFigure, FigureTotal>,
    conversion: rateOf(weeks, 'sales', 'visitors'),
    refundRate: rateOf(weeks, 'refunds', 'sales'),
    refundedShare: rateOf(weeks, 'refundedAmount', 'revenue'),
    hoursPerCustomer: rateOf(weeks, 'hoursSpent', 'sales'),
    hoursPerMonth: rateOf(weeks, 'hoursSpent', 'weeks', WEEKS_PER_MONTH),
    revenuePerSale: rateOf(weeks, 'revenue', 'sales'),
    visitorsPerMonth: rateOf(weeks, 'visitors', 'weeks', WEEKS_PER_MONTH),
  };
}

/** A rate's value when it is measured (at least MIN_MEASURED_WEEKS weeks), else null: what may replace a guess. */
export const measuredValue = (rate: ActualRate): number | null => (rate.measured ? rate.value : null);
