/**
 * The key numbers that keep money and the founder's time apart (engine
 * contract v2): cash earned, your time, payback and cash payback (both "in
 * the black for good"), the most you are out of pocket, your busiest month
 * and the service package's share of income. Each is one side of a key
 * number with its working in founder words; every figure is a field of the
 * scenario or a sum of its month rows.
 */
import { SERVICE_DEPENDENT_SHARE, type MonthRow, type Scenario } from '@/lib/underwrite';
import { formatHours, formatMoney, formatNumber, formatPercent } from './format';
import type { Side } from './key-numbers';

export const sum = (s: Scenario, pick: (m: MonthRow) => number) => s.months.reduce((t, m) => t + pick(m), 0);
/** Support, upkeep and service hours over the horizon (the build's hours not included). */
export const hoursOf = (s: Scenario) => sum(s, (m) => m.operatingHours);
export const perHour = (n: number) => `${formatMoney(n)}/h`;

export function cashEarned(s: Scenario): Side {
  const a = s.assumptions;
  const flow =
    `${formatMoney(s.totalGross)} income − ${formatMoney(sum(s, (m) => m.refunds))} refunds − ` +
    `${formatMoney(sum(s, (m) => m.fees))} fees − ${formatMoney(sum(s, (m) => m.adSpend))} ads = ${formatMoney(s.totalCashFlow)} cash flow`;
  return {
    value: s.cashNetResult,
    text: formatMoney(s.cashNetResult),
    bad: s.cashNetResult < 0,
    worked: `${flow}, − ${formatMoney(a.upfrontCash)} build cash = ${formatMoney(s.cashNetResult)}. Money only: your hours are the next line.`,
  };
}

export function timeCost(s: Scenario): Side {
  const a = s.assumptions;
  const hours = a.upfrontHours + hoursOf(s);
  const unpriced = a.hourlyRate === 0 && hours > 0 ? ' At $0 an hour your hours cost nothing in these numbers: price them.' : '';
  return {
    value: s.totalTimeCost,
    text: formatMoney(s.totalTimeCost),
    sub: formatHours(hours),
    // Red when the hours are what turn money earned into a loss.
    bad: s.cashNetResult >= 0 && s.netResult < 0,
    worked:
      `(${formatHours(a.upfrontHours)} building + ${formatHours(hoursOf(s))} running) × ${perHour(a.hourlyRate)} = ${formatMoney(s.totalTimeCost)}. ` +
      `Cash earned − your time = ${formatMoney(s.cashNetResult)} − ${formatMoney(s.totalTimeCost)} = ${formatMoney(s.netResult)}, the net result.${unpriced}`,
  };
}

/**
 * Payback on profit (money and time) or on cash (money only): the first
 * month from which the running total stays at or above $0 to the end.
 */
export function payback(s: Scenario, on: 'profit' | 'cash'): Side {
  const cash = on === 'cash';
  const month = cash ? s.cashPaybackMonth : s.paybackMonth;
  const at = (row: MonthRow) => (cash ? row.cumulativeCash : row.cumulativeProfit);
  const what = cash ? 'Cumulative cash' : 'Cumulative profit';
  const horizon = s.assumptions.horizonMonths;
  if (month === null) {
    const end = formatMoney(at(s.months[s.months.length - 1]!));
    const ahead = s.months.find((row) => at(row) >= 0);
    return {
      value: null,
      text: 'Never',
      bad: true,
      worked: ahead
        ? `${what} is ahead in month ${ahead.month} but falls back to ${end} by month ${horizon}, the last of the horizon: not in the black for good.`
        : `${what} is still ${end} in month ${horizon}, the last of the horizon.`,
    };
  }
  const before = month > 1 ? at(s.months[month - 2]!) : cash ? -s.assumptions.upfrontCash : -s.upfrontInvestment;
  return {
    value: month,
    text: `Month ${month}`,
    worked:
      `${what} goes from ${formatMoney(before)} ${month > 1 ? `in month ${month - 1}` : 'at launch'} to ` +
      `${formatMoney(at(s.months[month - 1]!))} in month ${month}, and stays at $0 or above through month ${horizon}.`,
  };
}

export function cashAtRisk(s: Scenario): Side {
  const build = s.assumptions.upfrontCash;
  const lowest = s.months.reduce((low, row) => (row.cumulativeCash < low.cumulativeCash ? row : low));
  let worked: string;
  if (-lowest.cumulativeCash > build) {
    worked =
      `Cumulative cash is lowest in month ${lowest.month}, at ${formatMoney(lowest.cumulativeCash)}: deeper than the ` +
      `${formatMoney(build)} build cash, so ${formatMoney(s.maxCashAtRisk)} is the most you are out of pocket.`;
  } else {
    const after =
      lowest.cumulativeCash >= 0
        ? 'never goes below $0'
        : `is never lower (its lowest is ${formatMoney(lowest.cumulativeCash)}, in month ${lowest.month})`;
    worked =
      build > 0
        ? `The ${formatMoney(build)} build cash, spent before the first sale: after it, cumulative cash ${after}.`
        : `Nothing: no build cash, and cumulative cash ${after}.`;
  }
  return { value: s.maxCashAtRisk, text: formatMoney(s.maxCashAtRisk), worked };
}

export function busiestMonth(s: Scenario): Side {
  const a = s.assumptions;
  const peak = s.months.find((row) => row.operatingHours === s.peakOperatingHours) ?? s.months[0]!;
  const over = s.peakOperatingHours > a.availableHoursPerMonth;
  return {
    value: s.peakOperatingHours,
    text: `${formatNumber(s.peakOperatingHours, 1)} h`,
    sub: `of ${formatNumber(a.availableHoursPerMonth, 1)} h you can give`,
    bad: over,
    worked:
      `Month ${peak.month} needs the most: ${formatHours(peak.supportHours)} support + ${formatHours(a.upkeepHoursPerMonth)} upkeep + ` +
      `${formatHours(peak.serviceHours)} service = ${formatHours(peak.operatingHours)}, ${over ? 'more than' : 'within'} ` +
      `the ${formatHours(a.availableHoursPerMonth)} a month you can give it.`,
  };
}

export function serviceShare(s: Scenario): Side {
  if (s.totalGross === 0) return { value: null, text: '—', worked: 'This case brings in no income at all, so there is no share.' };
  const share = s.totalServiceRevenue / s.totalGross;
  const dependent = share > SERVICE_DEPENDENT_SHARE;
  return {
    value: share,
    text: formatPercent(share),
    sub: `${formatMoney(s.totalServiceRevenue)} of ${formatMoney(s.totalGross)}`,
    bad: dependent,
    worked:
      `${formatNumber(sum(s, (m) => m.serviceBuyers), 1)} packages × ${formatMoney(s.assumptions.servicePackagePrice)} = ` +
      `${formatMoney(s.totalServiceRevenue)} of ${formatMoney(s.totalGross)} income = ${formatPercent(share)}` +
      (dependent ? ': over half, a service business with a product attached.' : '.'),
  };
}
