/*
 * Plan vs actual: the weeks a founder logged, summed into the plan's months
 * and set against the base and stress cases, with sentences that say where
 * reality is tracking. Pure: the idea page renders it on the server.
 *
 * Month 1 starts on the Monday of the first logged week. The plan's month 1
 * is the first month with sales, and the first week a founder logs is when
 * the idea started selling (or pre-selling) as far as the app can know; a
 * launch date typed separately would be one more guess. Months are whole
 * days of an average month (30 or 31 days: day 0, 30, 61, 91, ... after the
 * anchor), so that twelve of them make a year whatever the anchor's date.
 *
 * A week that straddles two months counts in each by its days in it (a
 * seventh of the week's figures a day), since a week's figures have no
 * dates of their own. A month whose days are not all logged is partial: its
 * actual is compared with the plan for the logged days only, and the chart
 * draws it at its pace (the actual scaled to the whole month) as a hollow
 * dot, so a half-logged month never looks like a collapse.
 */
import { dayNumber, isoDay } from '@/lib/actuals';
import type { Scenario } from '@/lib/underwrite';
import type { ActualRates, LoggedWeek } from './actual-rates';
import { formatHours, formatMoney } from './format';
import { count } from './plan-vs-actual-view';
import { rateSentence, volumeSentence } from './plan-tracking';

/** An average month in days (365.25 / 12). */
export const DAYS_PER_MONTH = 365.25 / 12;
/** The chart shows at least this many months, and a few past the last logged, to see where the plan is heading. */
const MIN_SHOWN_MONTHS = 6;
const MONTHS_AHEAD = 2;

export const PLAN_METRICS = ['visitors', 'customers', 'cashFlow', 'hours'] as const;
export type PlanMetric = (typeof PLAN_METRICS)[number];

export type MonthSpan = { month: number; first: string; last: string; days: number };

export type MetricMonth = {
  month: number;
  span: MonthSpan;
  /** The whole month of each case. */
  base: number;
  stress: number;
  /** Summed over the month's logged days; null when none of its days has the figure. */
  actual: number | null;
  /** Days of the month the actual covers. */
  covered: number;
  /** The actual scaled to the whole month (the chart's point); equals it when every day is logged. */
  pace: number | null;
};

export type MetricView = {
  metric: PlanMetric;
  months: MetricMonth[];
  /** Over every logged day within the horizon: the actual and each case's plan for the same days. */
  soFar: { actual: number; base: number; stress: number; days: number } | null;
};

/**
 * on-plan: within ON_PLAN (plan-tracking.ts) of the base case; better: on the good side of it;
 * between: worse than the base but not than the stress case; worse: worse
 * than the stress case too; off-plan: worse than the base where the stress
 * case is no worse (fewer customers need fewer hours, so the stress case
 * can plan fewer hours than the base: it bounds nothing there).
 */
export type Standing = 'on-plan' | 'better' | 'between' | 'worse' | 'off-plan';

export type Tracking = {
  key: 'conversion' | 'traffic' | 'refunds' | 'hours';
  standing: Standing;
  /** "Conversion so far 0.8 % vs 1.2 % planned: below your stress case (0.84 %)." */
  text: string;
  /** What it rests on: "14 sales from 1,750 visitors, 2 weeks". */
  basis: string;
};

export type PlanVsActual = {
  /** The Monday month 1 starts on. */
  anchor: string;
  /** The last logged day (a Sunday). */
  lastDay: string;
  /** The months that have a logged day. */
  monthsLogged: number;
  /** Logged weeks that start after the horizon, left out. */
  weeksBeyondHorizon: number;
  metrics: MetricView[];
  tracking: Tracking[];
  /** What the actual cash flow had to take from the plan because the weeks do not say it, in words. */
  cashNotes: string[];
};

const dayOf = (iso: string): number => {
  const day = dayNumber(iso);
  if (day === null) throw new Error(`Not a date: ${iso}`);
  return day;
};

/** The first day (counted from the anchor) of month `m`. */
const monthStart = (m: number) => Math.round((m - 1) * DAYS_PER_MONTH);

function monthOfOffset(offset: number): number {
  let m = Math.floor(offset / DAYS_PER_MONTH) + 1;
  while (offset < monthStart(m)) m -= 1;
  while (offset >= monthStart(m + 1)) m += 1;
  return m;
}

export function monthSpan(anchor: number, m: number): MonthSpan {
  const first = anchor + monthStart(m);
  const next = anchor + monthStart(m + 1);
  return { month: m, first: isoDay(first), last: isoDay(next - 1), days: next - first };
}

type Notes = { refunds: boolean; fees: boolean; ads: boolean };

/**
 * A week's cash flow as the engine counts it (paid − refunded − fees − ad
 * spend), or null without revenue. What the week does not say comes from
 * the plan, and `notes` records it: refunded money from the refunds times
 * the week's average sale, else the planned refund rate; fees at the
 * planned rates; ad spend as planned (the log has no column for it).
 */
function weekCashFlow(week: LoggedWeek, plan: Scenario['assumptions'], notes: Notes): number | null {
  const revenue = week.revenue;
  if (revenue === null) return null;
  let refunded = week.refundedAmount;
  if (refunded === null) {
    notes.refunds = true;
    refunded = week.refunds !== null && week.sales ? (week.refunds * revenue) / week.sales : revenue * plan.refundRate;
  }
  let fees = week.fees;
  if (fees === null) {
    notes.fees = true;
    // Payments: revenue over the price (a subscriber pays every month), else the sales.
    const payments = plan.price > 0 ? revenue / plan.price : (week.sales ?? 0);
    fees = revenue * plan.feeRate + payments * plan.feePerTransaction;
  }
  if (plan.adSpendPerMonth > 0) notes.ads = true;
  return revenue - refunded - fees - (plan.adSpendPerMonth * 7) / DAYS_PER_MONTH;
}

const weekValue = (metric: PlanMetric, week: LoggedWeek, plan: Scenario['assumptions'], notes: Notes): number | null => {
  switch (metric) {
    case 'visitors':
      return week.visitors;
    case 'customers':
      return week.sales;
    case 'hours':
      return week.hoursSpent;
    case 'cashFlow':
      return weekCashFlow(week, plan, notes);
  }
};

const planValue = (metric: PlanMetric, row: Scenario['months'][number]): number => {
  switch (metric) {
    case 'visitors':
      return row.visitors;
    case 'customers':
      return row.newCustomers;
    case 'hours':
      return row.operatingHours;
    case 'cashFlow':
      return row.cashFlow;
  }
};

/**
 * The logged weeks against the base and stress cases, month by month, with
 * the tracking sentences. Null when no week is logged.
 */
export function planVsActual(weeks: readonly LoggedWeek[], rates: ActualRates, base: Scenario, stress: Scenario): PlanVsActual | null {
  if (weeks.length === 0) return null;
  const sorted = [...weeks].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1));
  const anchor = dayOf(sorted[0]!.weekStart);
  const horizon = base.months.length;
  const horizonEnd = anchor + monthStart(horizon + 1);
  const within = sorted.filter((week) => dayOf(week.weekStart) < horizonEnd);
  const lastDay = dayOf(within.at(-1)!.weekStart) + 6;
  const monthsLogged = Math.min(horizon, monthOfOffset(lastDay - anchor));
  const shown = Math.min(horizon, Math.max(MIN_SHOWN_MONTHS, monthsLogged + MONTHS_AHEAD));
  const spans = Array.from({ length: shown }, (_, i) => monthSpan(anchor, i + 1));
  const notes: Notes = { refunds: false, fees: false, ads: false };

  const metrics = PLAN_METRICS.map((metric): MetricView => {
    const sums = new Array<number>(shown).fill(0);
    const covered = new Array<number>(shown).fill(0);
    for (const week of within) {
      const value = weekValue(metric, week, base.assumptions, notes);
      if (value === null) continue;
      const monday = dayOf(week.weekStart);
      for (let day = monday; day < monday + 7 && day < horizonEnd; day++) {
        const m = monthOfOffset(day - anchor);
        if (m > shown) continue;
        sums[m - 1]! += value / 7;
        covered[m - 1]! += 1;
      }
    }
    let soFar: MetricView['soFar'] = null;
    const months = spans.map((span, i): MetricMonth => {
      const row = (scenario: Scenario) => planValue(metric, scenario.months[i]!);
      const days = covered[i]!;
      const actual = days > 0 ? sums[i]! : null;
      if (actual !== null) {
        const part = days / span.days;
        soFar ??= { actual: 0, base: 0, stress: 0, days: 0 };
        soFar.actual += actual;
        soFar.base += row(base) * part;
        soFar.stress += row(stress) * part;
        soFar.days += days;
      }
      return { month: span.month, span, base: row(base), stress: row(stress), actual, covered: days, pace: actual === null ? null : (actual * span.days) / days };
    });
    return { metric, months, soFar };
  });

  const view = (metric: PlanMetric) => metrics.find((m) => m.metric === metric);
  const tracking = [
    rateSentence('conversion', rates.conversion, base.assumptions.conversionRate, stress.assumptions.conversionRate, {
      label: 'Conversion',
      of: '',
      basis: `${count(rates.conversion.numerator, 'sale')} from ${count(rates.conversion.denominator, 'visitor')}`,
    }),
    volumeSentence('traffic', view('visitors'), (n) => count(Math.round(n), 'visitor'), 'Traffic', 'higher'),
    rateSentence('refunds', rates.refundRate, base.assumptions.refundRate, stress.assumptions.refundRate, {
      label: 'Refunds',
      of: ' of sales',
      basis: `${count(rates.refundRate.numerator, 'refund')} of ${count(rates.refundRate.denominator, 'sale')}`,
    }),
    volumeSentence('hours', view('hours'), formatHours, 'Hours', 'lower'),
  ].filter((t): t is Tracking => t !== null);

  const cashNotes = [
    notes.refunds ? 'money refunded, where a week does not say it, is its refunds times its average sale (or your planned refund rate)' : null,
    notes.fees ? 'fees, where a week does not say them, are your worksheet’s fee rate and fee per payment' : null,
    notes.ads ? `ad spend is not logged, so your planned ${formatMoney(base.assumptions.adSpendPerMonth)} a month counts as spent` : null,
  ].filter((n): n is string => n !== null);

  return {
    anchor: isoDay(anchor),
    lastDay: isoDay(lastDay),
    monthsLogged,
    weeksBeyondHorizon: sorted.length - within.length,
    metrics,
    tracking,
    cashNotes,
  };
}
