/*
 * Pure mapping from the engine's results to what the charts and their tables
 * draw. No React and no recharts here, so every number a chart shows can be
 * unit-tested by hand (tests/unit/charts/data.test.ts).
 */
import {
  formatHours,
  formatMoney,
  formatMonths,
  formatPercent,
  unitMargin,
  type Assumptions,
  type PricingModel,
  type Scenario,
  type SensitivityField,
  type SensitivityPoint,
  type SensitivityResult,
} from '@/lib/underwrite';

// ---------------------------------------------------------------------------
// Axis and label formatting

const LOCALE = 'en-US';

const compactDollars = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  // Currency formats default to two decimals; ticks read better without "$35.0K".
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
  signDisplay: 'negative',
});

/** Short money for axis ticks: "$1.2K", "-$35K", "$12.5". Tooltips and tables show formatMoney's full value. */
export function formatMoneyTick(amount: number): string {
  return compactDollars.format(amount);
}

/** "Month 6". Month 0 is the moment before the first sale, when only the upfront investment is spent. */
export function formatMonth(month: number): string {
  return `Month ${month}`;
}

const TICK_STEPS = [1, 2, 3, 6, 12, 24];
const MAX_MONTH_TICKS = 6;

/**
 * Month ticks on round steps (every 3, 6, 12... months) so that a 24-month
 * horizon reads 0, 6, 12, 18, 24 rather than whatever recharts would skip to.
 * `first` is 0 for the cumulative chart, which starts before the first sale,
 * and 1 for monthly charts. The horizon itself is always a tick.
 */
export function monthTicks(horizon: number, first: 0 | 1): number[] {
  const step = TICK_STEPS.find((s) => Math.ceil(horizon / s) + 1 <= MAX_MONTH_TICKS) ?? Math.ceil(horizon / (MAX_MONTH_TICKS - 1));
  const ticks: number[] = [first];
  for (let m = step; m < horizon; m += step) if (m - first > step / 2) ticks.push(m);
  if (horizon > first) {
    // Round ticks closer than half a step to the first or the last one would
    // crowd their labels: month 1 and 2, or 6 and 7, side by side.
    const last = ticks[ticks.length - 1] ?? first;
    if (ticks.length > 1 && horizon - last <= step / 2) ticks.pop();
    ticks.push(horizon);
  }
  return ticks;
}

// ---------------------------------------------------------------------------
// Month-by-month series

/** One month of the base and stress cases, as one chart point and one table row. */
export interface MonthPoint {
  month: number;
  base: number;
  stress: number;
}

/*
 * Both scenarios come from one underwrite() call and the stress profile never
 * changes the horizon, so their months line up one to one. A mismatch is a
 * wiring mistake, and a chart quietly dropping months would hide it.
 */
function zipMonths(base: Scenario, stress: Scenario, pick: (row: Scenario['months'][number]) => number): MonthPoint[] {
  if (base.months.length !== stress.months.length) {
    throw new Error(`Base and stress cover different horizons (${base.months.length} and ${stress.months.length} months).`);
  }
  return base.months.map((row, i) => ({ month: row.month, base: pick(row), stress: pick(stress.months[i]!) }));
}

/** Profit of each month (cash flow minus the founder's time), base and stress. */
export function monthlySeries(base: Scenario, stress: Scenario): MonthPoint[] {
  return zipMonths(base, stress, (row) => row.profit);
}

/**
 * Cumulative profit from month 0, where both lines start at minus their
 * upfront investment (the build is paid before anything sells), so the
 * chart shows the hole the idea has to climb out of.
 */
export function cumulativeSeries(base: Scenario, stress: Scenario): MonthPoint[] {
  return [
    { month: 0, base: -base.upfrontInvestment, stress: -stress.upfrontInvestment },
    ...zipMonths(base, stress, (row) => row.cumulativeProfit),
  ];
}

/** Where the cumulative chart marks a payback: the first month at or above zero. */
export interface PaybackMark {
  month: number;
  cumulativeProfit: number;
  /** "Base pays back: month 7". */
  label: string;
}

export function paybackMark(name: string, scenario: Scenario): PaybackMark | null {
  const month = scenario.paybackMonth;
  if (month === null) return null;
  const row = scenario.months[month - 1];
  if (!row) return null;
  return { month, cumulativeProfit: row.cumulativeProfit, label: `${name} pays back: month ${month}` };
}

/** The legend's words for a payback, so that "never" is said, not only left unmarked. */
export function paybackNote(scenario: Scenario): string {
  return scenario.paybackMonth === null
    ? `never pays back within ${formatMonths(scenario.months.length)}`
    : `pays back in month ${scenario.paybackMonth}`;
}

// ---------------------------------------------------------------------------
// Where one sale's money goes

export type PerSaleStepKey = 'price' | 'refunds' | 'fees' | 'support' | 'left';

/** One step of the per-sale waterfall. */
export interface PerSaleStep {
  key: PerSaleStepKey;
  /** "Support time": for tables and tooltips. */
  label: string;
  /** "Support": short enough for five categories on a phone's axis. */
  shortLabel: string;
  /** Signed: the price and what is left count up from zero, the costs are negative. */
  amount: number;
  /** [low, high] of the floating bar: costs hang down from the running total. */
  range: [number, number];
  /** How the amount comes about, with this scenario's inputs: "8 % of the price". */
  basis: string;
}

const minutes = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

const span = (from: number, to: number): [number, number] => [Math.min(from, to), Math.max(from, to)];

/**
 * The waterfall of PRODUCT.md's unit margin: price, minus refunds
 * (price × refundRate), minus fees (price × feeRate + feePerTransaction),
 * minus support time (supportMinutesPerCustomer / 60 × hourlyRate), leaves
 * unitMargin. "What is left" is the engine's own unitMargin, so the chart
 * cannot drift from the NEGATIVE_UNIT_MARGIN warning.
 */
export function perSaleSteps(a: Assumptions): PerSaleStep[] {
  const refunds = a.price * a.refundRate;
  const fees = a.price * a.feeRate + a.feePerTransaction;
  const support = (a.supportMinutesPerCustomer / 60) * a.hourlyRate;
  const afterRefunds = a.price - refunds;
  const afterFees = afterRefunds - fees;
  const left = unitMargin(a);
  return [
    { key: 'price', label: 'Price', shortLabel: 'Price', amount: a.price, range: span(0, a.price), basis: 'what the customer pays' },
    {
      key: 'refunds',
      label: 'Refunds',
      shortLabel: 'Refunds',
      amount: -refunds,
      range: span(afterRefunds, a.price),
      basis: `${formatPercent(a.refundRate)} of the price`,
    },
    {
      key: 'fees',
      label: 'Fees',
      shortLabel: 'Fees',
      amount: -fees,
      range: span(afterFees, afterRefunds),
      basis: `${formatPercent(a.feeRate)} of the price + ${formatMoney(a.feePerTransaction)}`,
    },
    {
      key: 'support',
      label: 'Support time',
      shortLabel: 'Support',
      amount: -support,
      range: span(afterFees - support, afterFees),
      basis: `${minutes.format(a.supportMinutesPerCustomer)} min at ${formatMoney(a.hourlyRate)} an hour`,
    },
    { key: 'left', label: 'What is left', shortLabel: 'Left', amount: left, range: span(0, left), basis: 'price − refunds − fees − support time' },
  ];
}

/** What one bar of the per-sale chart is per: a subscription earns its price every month. */
export function perSaleUnit(model: PricingModel): string {
  return model === 'subscription' ? 'per paying customer per month' : 'per sale';
}

/** One category of the per-sale chart: the same step in the base and the stress case. */
export interface PerSaleRow {
  key: PerSaleStepKey;
  label: string;
  shortLabel: string;
  base: PerSaleStep;
  stress: PerSaleStep;
  /** The bars' spans, flat for recharts' dataKey. */
  baseRange: [number, number];
  stressRange: [number, number];
}

export function perSaleSeries(base: Assumptions, stress: Assumptions): PerSaleRow[] {
  const stressSteps = perSaleSteps(stress);
  return perSaleSteps(base).map((step, i) => {
    const stressStep = stressSteps[i]!;
    return {
      key: step.key,
      label: step.label,
      shortLabel: step.shortLabel,
      base: step,
      stress: stressStep,
      baseRange: step.range,
      stressRange: stressStep.range,
    };
  });
}

// ---------------------------------------------------------------------------
// Sensitivity tornado

const wholeNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** An input's value in its own unit, as the worksheet states it. */
export function formatInput(field: SensitivityField, value: number): string {
  switch (field) {
    case 'price':
    case 'adSpendPerMonth':
      return formatMoney(value);
    case 'monthlyVisitors':
      return wholeNumber.format(value);
    case 'supportMinutesPerCustomer':
      return `${minutes.format(value)} min`;
    case 'upkeepHoursPerMonth':
      return formatHours(value);
    case 'visitorGrowthRate':
    case 'conversionRate':
    case 'refundRate':
    case 'feeRate':
    case 'churnRate':
      // Two decimals: a 1.2 % conversion rate 20 % lower is 0.96 %.
      return formatPercent(value, 2);
  }
}

/** One bar of the tornado. */
export interface TornadoRow {
  field: SensitivityField;
  label: string;
  low: SensitivityPoint;
  high: SensitivityPoint;
  /** [lowest, highest] of both ends and the baseline: the bar always starts at the baseline. */
  range: [number, number];
  /**
   * Which end of the input gives the lower net result: 'low' for most inputs
   * (less price, less money), 'high' for costs (more refunds, less money).
   */
  lowerResultFrom: 'low' | 'high';
  /** "Price $31.20 → $46.80". */
  inputChange: string;
  swing: number;
}

export function tornadoRows(result: SensitivityResult): TornadoRow[] {
  return result.rows.map((row) => ({
    field: row.field,
    label: row.label,
    low: row.low,
    high: row.high,
    range: [
      Math.min(row.low.netResult, row.high.netResult, result.baseline),
      Math.max(row.low.netResult, row.high.netResult, result.baseline),
    ],
    lowerResultFrom: row.high.netResult < row.low.netResult ? 'high' : 'low',
    inputChange: `${row.label} ${formatInput(row.field, row.low.value)} → ${formatInput(row.field, row.high.value)}`,
    swing: row.swing,
  }));
}

/** A round step (1, 2, 2.5 or 5 × a power of ten) that cuts `span` into at most `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5].map((m) => m * magnitude).find((step) => step >= raw) ?? 10 * magnitude;
}

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * The tornado's value axis: every bar end and the baseline, with 5 % of room
 * either side, and ticks on round values ($40K, $60K...) inside it, since
 * recharts would split an explicit domain at odd ones. Zero is not forced in:
 * a $50k idea whose inputs move it by $5k would get hairline bars; the zero
 * line shows whenever the bars reach it.
 */
export function tornadoAxis(result: SensitivityResult, tickCount = 4): ValueAxis {
  const values = [result.baseline, ...result.rows.flatMap((r) => [r.low.netResult, r.high.netResult])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  // When nothing moves the result, centre the baseline in a window of 10 % of it.
  const pad = max - min > 1e-9 ? (max - min) * 0.05 : Math.max(1, Math.abs(result.baseline) * 0.1);
  const domain: [number, number] = [min - pad, max + pad];
  const step = niceStep(domain[1] - domain[0], tickCount);
  const ticks: number[] = [];
  // `+ 0` turns Math.ceil's -0 into a plain 0, the tick a reader would write.
  for (let i = Math.ceil(domain[0] / step); i * step <= domain[1]; i++) ticks.push(i * step + 0);
  return { domain, ticks };
}
