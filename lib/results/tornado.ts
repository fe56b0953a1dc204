/*
 * The tornado chart's data: the base case's net result with one input at a
 * time moved down and up (the engine's sensitivity()), as bars and a value axis.
 */
import type { SensitivityField, SensitivityPoint, SensitivityResult } from '@/lib/underwrite';
import { formatHours, formatMinutes, formatMoney, formatNumber, formatPercent } from './format';

/** An input's value in its own unit, as the worksheet states it. */
export function formatInput(field: SensitivityField, value: number): string {
  switch (field) {
    case 'price':
    case 'adSpendPerMonth':
    case 'servicePackagePrice':
      return formatMoney(value);
    case 'monthlyVisitors':
      return formatNumber(value);
    case 'supportMinutesPerCustomer':
      return formatMinutes(value);
    case 'upkeepHoursPerMonth':
    case 'upfrontHours':
    case 'servicePackageHours':
      return formatHours(value);
    case 'visitorGrowthRate':
    case 'conversionRate':
    case 'refundRate':
    case 'feeRate':
    case 'churnRate':
    case 'servicePackageRate':
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
