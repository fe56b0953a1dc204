/**
 * The key numbers of the idea page, base and stress side by side, each with
 * the contract's formula and the same formula with this idea's numbers in
 * it: every figure on screen can be traced back by the founder.
 *
 * Pure and framework-free like the engine, so the page can recompute it in
 * the browser as the stress sliders move.
 */
import { breakEven, type Scenario, type UnderwriteResult } from '@/lib/underwrite';
import { busiestMonth, cashAtRisk, cashEarned, hoursOf, payback, perHour, serviceShare, timeCost } from './cash-and-time';
import { formatHours, formatMoney, formatMonths, formatNumber, formatPercent } from './format';
import { perUnit } from './labels';
import { unitEconomics } from './per-sale';

export type Side = {
  value: number | null;
  text: string;
  /** A short second line, e.g. "assumed 1.2 %". */
  sub?: string;
  worked: string;
  bad?: boolean;
};

export type KeyNumber = {
  key: string;
  label: string;
  /** A plain-words subtitle, e.g. "how passive is it". */
  hint?: string;
  formula: string;
  base: Side;
  stress: Side;
  /** The calibrated case's base scenario (measured values in place of guesses), where there is one. */
  calibrated?: Side;
};

/** Words for an average monthly workload: the seeds' "semi-passive is real, passive is a myth". */
export function passiveLabel(hoursPerMonth: number): string {
  if (hoursPerMonth <= 5) return 'close to passive';
  if (hoursPerMonth <= 20) return 'semi-passive';
  if (hoursPerMonth <= 40) return 'a side job';
  return 'a job, not passive';
}

function safeBreakEven(assumptions: Scenario['assumptions'], field: 'monthlyVisitors' | 'price'): number | null {
  try {
    return breakEven(assumptions, field);
  } catch {
    // A harsh stress profile can push the stressed inputs past the worksheet's
    // limits, which the solver refuses; there is then no figure to show.
    return null;
  }
}

function netResult(s: Scenario): Side {
  const horizon = formatMonths(s.assumptions.horizonMonths);
  return {
    value: s.netResult,
    text: formatMoney(s.netResult),
    bad: s.netResult < 0,
    worked: `−${formatMoney(s.upfrontInvestment)} upfront + ${formatMoney(s.totalProfit)} profit over ${horizon} = ${formatMoney(s.netResult)}`,
  };
}

function hourlyRate(s: Scenario): Side {
  const a = s.assumptions;
  const hours = a.upfrontHours + hoursOf(s);
  const worked = `(${formatMoney(s.totalCashFlow)} cash flow − ${formatMoney(a.upfrontCash)} build cash) ÷ (${formatHours(a.upfrontHours)} building + ${formatHours(hoursOf(s))} running)`;
  if (s.effectiveHourlyRate === null) return { value: null, text: '—', worked: `${worked}: no hours, so no rate.` };
  return {
    value: s.effectiveHourlyRate,
    text: perHour(s.effectiveHourlyRate),
    bad: s.effectiveHourlyRate < a.hourlyRate,
    worked: `${worked} = ${formatMoney(s.totalCashFlow - a.upfrontCash)} ÷ ${formatHours(hours)} = ${perHour(s.effectiveHourlyRate)}, against the ${perHour(a.hourlyRate)} your time is worth.`,
  };
}

function operatingHours(s: Scenario): Side {
  const h = s.avgOperatingHoursPerMonth;
  return {
    value: h,
    text: `${formatNumber(h, 1)} h`,
    sub: passiveLabel(h),
    bad: h > 40,
    worked: `${formatHours(hoursOf(s))} of support, upkeep and service ÷ ${formatMonths(s.assumptions.horizonMonths)} = ${formatHours(h)} a month: ${passiveLabel(h)}.`,
  };
}

function upfront(s: Scenario): Side {
  const a = s.assumptions;
  return {
    value: s.upfrontInvestment,
    text: formatMoney(s.upfrontInvestment),
    worked: `${formatMoney(a.upfrontCash)} cash + ${formatHours(a.upfrontHours)} × ${perHour(a.hourlyRate)} = ${formatMoney(s.upfrontInvestment)}`,
  };
}

function margin(s: Scenario): Side {
  const a = s.assumptions;
  const m = unitEconomics(a).left;
  return {
    value: m,
    text: formatMoney(m),
    bad: m < 0,
    worked: `${formatMoney(a.price)} × (1 − ${formatPercent(a.refundRate)} refunds − ${formatPercent(a.feeRate)} fees) − ${formatMoney(a.feePerTransaction)} fixed fee − ${formatNumber(a.supportMinutesPerCustomer)} min ÷ 60 × ${perHour(a.hourlyRate)} support = ${formatMoney(m)}`,
  };
}

function conversionNeeded(s: Scenario): Side {
  const assumed = formatPercent(s.assumptions.conversionRate, 2);
  const needed = s.breakEvenConversionRate;
  if (needed === null) {
    return {
      value: null,
      text: 'None',
      sub: `assumed ${assumed}`,
      bad: true,
      worked: `No conversion rate up to 100 % ends the horizon in the black; it assumes ${assumed}.`,
    };
  }
  return {
    value: needed,
    text: formatPercent(needed, 2),
    sub: `assumed ${assumed}`,
    bad: needed > s.assumptions.conversionRate,
    worked: `Net result grows in a straight line with conversion, so it is solved exactly: at ${formatPercent(needed, 2)} the net result is $0; the worksheet assumes ${assumed}.`,
  };
}

function breakEvenSide(s: Scenario, field: 'monthlyVisitors' | 'price'): Side {
  const needed = safeBreakEven(s.assumptions, field);
  const assumedValue = s.assumptions[field];
  const show = (n: number) => (field === 'price' ? formatMoney(n) : formatNumber(n));
  const what = field === 'price' ? 'price' : 'month-1 traffic';
  if (needed === null) {
    return {
      value: null,
      text: 'None',
      sub: `assumed ${show(assumedValue)}`,
      bad: true,
      worked: `No ${what} within the worksheet’s limits ends the horizon in the black; it assumes ${show(assumedValue)}.`,
    };
  }
  return {
    value: needed,
    text: show(needed),
    sub: `assumed ${show(assumedValue)}`,
    bad: needed > assumedValue,
    worked: `The smallest ${what} at which the net result reaches $0, everything else held (solved exactly: net result is a straight line in it). The worksheet assumes ${show(assumedValue)}.`,
  };
}

type SideOf = (s: Scenario) => Side;

/** One key number, worked out the same way for every case. */
const row = (key: string, label: string, formula: string, side: SideOf, hint?: string) => (r: UnderwriteResult, c?: UnderwriteResult): KeyNumber => ({
  key,
  label,
  hint,
  formula,
  base: side(r.base),
  stress: side(r.stress),
  ...(c ? { calibrated: side(c.base) } : {}),
});

const ROWS = [
  row('cashNetResult', 'Cash earned', 'cashNetResult = totalCashFlow − upfrontCash', cashEarned, 'money only: your time unpaid'),
  row('totalTimeCost', 'Your time', 'totalTimeCost = (upfrontHours + sum of operatingHours) × hourlyRate', timeCost, 'your hours × your hourly rate'),
  row(
    'paybackMonth',
    'Payback',
    'paybackMonth = first month from which cumulativeProfit stays ≥ 0 through the last month',
    (s) => payback(s, 'profit'),
    'in the black for good, your time counted',
  ),
  row(
    'cashPaybackMonth',
    'Cash payback',
    'cashPaybackMonth = first month from which cumulativeCash stays ≥ 0 through the last month',
    (s) => payback(s, 'cash'),
    'in the black for good, money only',
  ),
  row('maxCashAtRisk', 'Most out of pocket', 'maxCashAtRisk = max(upfrontCash, −lowest cumulativeCash)', cashAtRisk, 'maximum cash at risk'),
  row(
    'effectiveHourlyRate',
    'Effective hourly rate',
    'effectiveHourlyRate = (totalCashFlow − upfrontCash) ÷ (upfrontHours + sum of operatingHours)',
    hourlyRate,
  ),
  row(
    'avgOperatingHoursPerMonth',
    'How passive is it',
    'avgOperatingHoursPerMonth = sum of (support + upkeep + service hours) ÷ horizon',
    operatingHours,
    'average hours of your time a month',
  ),
  row(
    'peakOperatingHours',
    'Busiest month',
    'peakOperatingHours = the largest monthly operatingHours, against availableHoursPerMonth',
    busiestMonth,
    'your hours against the hours you can give',
  ),
  row('upfrontInvestment', 'Upfront investment', 'upfrontInvestment = upfrontCash + upfrontHours × hourlyRate', upfront),
];

const SERVICE_ROW = row(
  'serviceShare',
  'Service share of income',
  'totalServiceRevenue ÷ totalGross',
  serviceShare,
  'the service package’s part of all income',
);

const BREAK_EVEN_ROWS = [
  row('breakEvenConversionRate', 'Break-even conversion', 'the smallest conversionRate in 0..1 at which netResult ≥ 0', conversionNeeded, 'needed vs assumed'),
  row(
    'breakEvenVisitors',
    'Break-even traffic',
    'the smallest monthlyVisitors at which netResult ≥ 0',
    (s) => breakEvenSide(s, 'monthlyVisitors'),
    'visitors in month 1, needed vs assumed',
  ),
  row('breakEvenPrice', 'Break-even price', 'the smallest price at which netResult ≥ 0', (s) => breakEvenSide(s, 'price'), 'needed vs assumed'),
];

/** The key numbers of base and stress, and of the calibrated case (`calibrated`'s base scenario) where there is one. */
export function keyNumbers(result: UnderwriteResult, calibrated?: UnderwriteResult | null): KeyNumber[] {
  const c = calibrated ?? undefined;
  const { base } = result;
  const horizon = formatMonths(base.assumptions.horizonMonths);
  const unit = row(
    'unitMargin',
    `Left ${perUnit(base.assumptions.pricingModel)}`,
    'price × (1 − refundRate − feeRate) − feePerTransaction − supportMinutesPerCustomer ÷ 60 × hourlyRate',
    margin,
  );
  return [
    row('netResult', `Net result after ${horizon}`, 'netResult = −upfrontInvestment + sum of monthly profit', netResult)(result, c),
    ...ROWS.map((make) => make(result, c)),
    unit(result, c),
    // Only for an idea that sells a package: the row would read 0 % for every other.
    ...(base.totalServiceRevenue > 0 ? [SERVICE_ROW(result, c)] : []),
    ...BREAK_EVEN_ROWS.map((make) => make(result, c)),
  ];
}
