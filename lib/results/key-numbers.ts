/**
 * The key numbers of the idea page, base and stress side by side, each with
 * the contract's formula and the same formula with this idea's numbers in
 * it: every figure on screen can be traced back by the founder.
 *
 * Pure and framework-free like the engine, so the page can recompute it in
 * the browser as the stress sliders move.
 */
import { breakEven, type Scenario, type UnderwriteResult } from '@/lib/underwrite';
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
};

const sum = (s: Scenario, pick: (m: Scenario['months'][number]) => number) => s.months.reduce((t, m) => t + pick(m), 0);
const hoursOf = (s: Scenario) => sum(s, (m) => m.operatingHours);
const perHour = (n: number) => `${formatMoney(n)}/h`;

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

function payback(s: Scenario): Side {
  const horizon = s.assumptions.horizonMonths;
  if (s.paybackMonth === null) {
    const last = s.months[s.months.length - 1]!;
    return {
      value: null,
      text: 'Never',
      bad: true,
      worked: `Cumulative profit is still ${formatMoney(last.cumulativeProfit)} in month ${horizon}, the last of the horizon.`,
    };
  }
  const m = s.paybackMonth;
  const before = m > 1 ? s.months[m - 2]!.cumulativeProfit : -s.upfrontInvestment;
  const at = s.months[m - 1]!.cumulativeProfit;
  return {
    value: m,
    text: `Month ${m}`,
    worked: `Cumulative profit goes from ${formatMoney(before)} ${m > 1 ? `in month ${m - 1}` : 'at launch'} to ${formatMoney(at)} in month ${m}.`,
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
    worked: `${formatHours(hoursOf(s))} of support and upkeep ÷ ${formatMonths(s.assumptions.horizonMonths)} = ${formatHours(h)} a month: ${passiveLabel(h)}.`,
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
      worked: `No conversion rate up to 100 % pays back within the horizon; it assumes ${assumed}.`,
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
      worked: `No ${what} within the worksheet’s limits pays back within the horizon; it assumes ${show(assumedValue)}.`,
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

export function keyNumbers({ base, stress }: UnderwriteResult): KeyNumber[] {
  const horizon = formatMonths(base.assumptions.horizonMonths);
  return [
    { key: 'netResult', label: `Net result after ${horizon}`, formula: 'netResult = −upfrontInvestment + sum of monthly profit', base: netResult(base), stress: netResult(stress) },
    { key: 'paybackMonth', label: 'Payback', formula: 'paybackMonth = first month whose cumulativeProfit ≥ 0', base: payback(base), stress: payback(stress) },
    {
      key: 'effectiveHourlyRate',
      label: 'Effective hourly rate',
      formula: 'effectiveHourlyRate = (totalCashFlow − upfrontCash) ÷ (upfrontHours + sum of operatingHours)',
      base: hourlyRate(base),
      stress: hourlyRate(stress),
    },
    {
      key: 'avgOperatingHoursPerMonth',
      label: 'How passive is it',
      hint: 'average hours of your time a month',
      formula: 'avgOperatingHoursPerMonth = sum of (support hours + upkeep hours) ÷ horizon',
      base: operatingHours(base),
      stress: operatingHours(stress),
    },
    { key: 'upfrontInvestment', label: 'Upfront investment', formula: 'upfrontInvestment = upfrontCash + upfrontHours × hourlyRate', base: upfront(base), stress: upfront(stress) },
    {
      key: 'unitMargin',
      label: `Left ${perUnit(base.assumptions.pricingModel)}`,
      formula: 'price × (1 − refundRate − feeRate) − feePerTransaction − supportMinutesPerCustomer ÷ 60 × hourlyRate',
      base: margin(base),
      stress: margin(stress),
    },
    {
      key: 'breakEvenConversionRate',
      label: 'Break-even conversion',
      hint: 'needed vs assumed',
      formula: 'the smallest conversionRate in 0..1 at which netResult ≥ 0',
      base: conversionNeeded(base),
      stress: conversionNeeded(stress),
    },
    {
      key: 'breakEvenVisitors',
      label: 'Break-even traffic',
      hint: 'visitors in month 1, needed vs assumed',
      formula: 'the smallest monthlyVisitors at which netResult ≥ 0',
      base: breakEvenSide(base, 'monthlyVisitors'),
      stress: breakEvenSide(stress, 'monthlyVisitors'),
    },
    {
      key: 'breakEvenPrice',
      label: 'Break-even price',
      hint: 'needed vs assumed',
      formula: 'the smallest price at which netResult ≥ 0',
      base: breakEvenSide(base, 'price'),
      stress: breakEvenSide(stress, 'price'),
    },
  ];
}
