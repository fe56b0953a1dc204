/*
 * Where one sale's money goes (one subscriber-month's, for a subscription):
 * the engine's unit margin, cost by cost, for the per-sale chart and the
 * "left per sale" key number.
 */
import { unitMargin, type Assumptions } from '@/lib/underwrite';
import { formatMinutes, formatMoney, formatPercent } from './format';

export interface UnitEconomics {
  price: number;
  /** Each cost as a positive amount taken from the price. */
  refunds: number;
  fees: number;
  support: number;
  /** The engine's unitMargin: what the price leaves after the three costs. */
  left: number;
}

/**
 * The engine's unitMargin taken apart: each cost is what unitMargin gains
 * when that cost alone is left out, so the chart and the key number can
 * never drift from the engine, nor from its NEGATIVE_UNIT_MARGIN warning.
 *
 * unitMargin checks a whole worksheet against its limits, and a stress case
 * can be past them (500 support minutes +50 %, 700 upkeep hours +25 %). So
 * the volume inputs, which play no part in one sale, are left out, and
 * support time, which costs the same for every minute, is priced for one
 * minute and multiplied.
 */
export function unitEconomics(a: Assumptions): UnitEconomics {
  const sale: Assumptions = { ...a, monthlyVisitors: 0, upkeepHoursPerMonth: 0, upfrontHours: 0, supportMinutesPerCustomer: 0 };
  const beforeSupport = unitMargin(sale);
  const support = (beforeSupport - unitMargin({ ...sale, supportMinutesPerCustomer: 1 })) * a.supportMinutesPerCustomer;
  return {
    price: a.price,
    refunds: unitMargin({ ...sale, refundRate: 0 }) - beforeSupport,
    fees: unitMargin({ ...sale, feeRate: 0, feePerTransaction: 0 }) - beforeSupport,
    support,
    left: beforeSupport - support,
  };
}

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

const span = (from: number, to: number): [number, number] => [Math.min(from, to), Math.max(from, to)];

/** The waterfall: the price, minus refunds, minus fees, minus support time, leaves the unit margin. */
export function perSaleSteps(a: Assumptions): PerSaleStep[] {
  const { price, refunds, fees, support, left } = unitEconomics(a);
  const afterRefunds = price - refunds;
  const afterFees = afterRefunds - fees;
  return [
    { key: 'price', label: 'Price', shortLabel: 'Price', amount: price, range: span(0, price), basis: 'what the customer pays' },
    {
      key: 'refunds',
      label: 'Refunds',
      shortLabel: 'Refunds',
      amount: -refunds,
      range: span(afterRefunds, price),
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
      range: span(left, afterFees),
      basis: `${formatMinutes(a.supportMinutesPerCustomer)} at ${formatMoney(a.hourlyRate)} an hour`,
    },
    { key: 'left', label: 'What is left', shortLabel: 'Left', amount: left, range: span(0, left), basis: 'price − refunds − fees − support time' },
  ];
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
