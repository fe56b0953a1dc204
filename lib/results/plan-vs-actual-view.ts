/*
 * Plan vs actual in words and chart points: the month labels, each metric
 * in its unit, the table's cells and the "so far" line. The comparison
 * itself is in ./plan-vs-actual.
 */
import type { ActualRates } from './actual-rates';
import { formatCount, formatHours, formatMoney, formatNumber, formatPercent, withMinus } from './format';
import { formatDaySpan, formatWeek } from './format-week';
import type { MetricMonth, MetricView, MonthSpan, PlanMetric } from './plan-vs-actual';

// A no-break space keeps "1.75 %" on one line in a sentence.
export const rate = (fraction: number) => formatPercent(fraction, 2).replace(' %', '\u00a0%');
export const weeksText = (n: number) => `${formatNumber(n)} ${n === 1 ? 'week' : 'weeks'}`;
export const daysText = (n: number) => `${formatNumber(n)} ${n === 1 ? 'day' : 'days'}`;
export const count = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;


/** "Month 1 (Sep 7 – Oct 6)". */
export const monthLabel = (span: MonthSpan): string => `Month ${span.month} (${formatDaySpan(span.first, span.last)})`;

/** A metric's value in its unit, with the typographic minus. */
export function formatMetric(metric: PlanMetric, value: number): string {
  switch (metric) {
    case 'visitors':
    case 'customers':
      return withMinus(formatCount(value));
    case 'cashFlow':
      return withMinus(formatMoney(value));
    case 'hours':
      return withMinus(formatHours(value));
  }
}

/** A month's actual as the table says it: "1,200", or "612 in 14 of 30 days (pace 1,311)", or "not logged". */
export function actualCell(metric: PlanMetric, month: MetricMonth): string {
  if (month.actual === null) return 'not logged';
  if (month.covered === month.span.days) return formatMetric(metric, month.actual);
  return `${formatMetric(metric, month.actual)} in ${month.covered} of ${daysText(month.span.days)} (pace ${formatMetric(metric, month.pace!)})`;
}

/**
 * What the founder has logged so far, in one line: "2 weeks logged, Sep 7,
 * 2026 to Sep 20, 2026: 1,750 visitors, 14 sales, 1 refund, $406.00 revenue,
 * 10.5 hours." Figures no week logged are left out.
 */
export function soFarSentence(rates: ActualRates): string {
  if (rates.weeks === 0) return 'No week logged yet.';
  const { totals } = rates;
  const parts = [
    totals.visitors.weeks > 0 ? count(totals.visitors.total, 'visitor') : null,
    totals.sales.weeks > 0 ? count(totals.sales.total, 'sale') : null,
    totals.refunds.weeks > 0 ? count(totals.refunds.total, 'refund') : null,
    totals.revenue.weeks > 0 ? `${formatMoney(totals.revenue.total)} revenue` : null,
    totals.hoursSpent.weeks > 0 ? formatHours(totals.hoursSpent.total) : null,
  ].filter(Boolean);
  const span = rates.weeks === 1 ? `the week of ${formatWeek(rates.firstWeek!)}` : `the weeks of ${formatWeek(rates.firstWeek!)} to ${formatWeek(rates.lastWeek!)}`;
  return `${weeksText(rates.weeks)} logged, ${span}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

/** One month of a plan-vs-actual chart, with its words ready for the tooltip. */
export type PlanActualPoint = {
  month: number;
  base: number;
  stress: number;
  /** The month's pace (its actual when complete); null when not logged. */
  actual: number | null;
  partial: boolean;
  label: string;
  baseText: string;
  stressText: string;
  actualText: string;
};

export function chartPoints(view: MetricView): PlanActualPoint[] {
  return view.months.map((m) => ({
    month: m.month,
    base: m.base,
    stress: m.stress,
    actual: m.pace,
    partial: m.actual !== null && m.covered < m.span.days,
    label: monthLabel(m.span),
    baseText: formatMetric(view.metric, m.base),
    stressText: formatMetric(view.metric, m.stress),
    actualText: actualCell(view.metric, m),
  }));
}
