import { runScenario } from './scenario';
import type { Assumptions, AssumptionsInput } from './schema';
import { ASSUMPTION_RANGES, clampToRange, parseAssumptions } from './validate';

/** The inputs a tornado chart varies, in the order that breaks ties between equal swings. */
export const SENSITIVITY_FIELDS = [
  'price',
  'monthlyVisitors',
  'visitorGrowthRate',
  'conversionRate',
  'refundRate',
  'feeRate',
  'supportMinutesPerCustomer',
  'upkeepHoursPerMonth',
  'adSpendPerMonth',
  'upfrontHours',
  'servicePackageRate',
  'servicePackagePrice',
  'servicePackageHours',
  'churnRate',
] as const;
export type SensitivityField = (typeof SENSITIVITY_FIELDS)[number];

export const SENSITIVITY_LABELS: Readonly<Record<SensitivityField, string>> = {
  price: 'Price',
  monthlyVisitors: 'Monthly visitors',
  visitorGrowthRate: 'Visitor growth',
  conversionRate: 'Conversion rate',
  refundRate: 'Refund rate',
  feeRate: 'Fee rate',
  supportMinutesPerCustomer: 'Support minutes per customer',
  upkeepHoursPerMonth: 'Upkeep hours',
  adSpendPerMonth: 'Ad spend',
  upfrontHours: 'Build hours',
  servicePackageRate: 'Service package take-up',
  servicePackagePrice: 'Service package price',
  servicePackageHours: 'Hours per service package',
  churnRate: 'Churn rate',
};

export interface SensitivityPoint {
  /** The input's value at this end, clamped into its valid range. */
  value: number;
  /** The base case's netResult with that value. */
  netResult: number;
}

export interface SensitivityRow {
  field: SensitivityField;
  label: string;
  /** The input × (1 - delta); for a negative growth rate this is the higher number. */
  low: SensitivityPoint;
  /** The input × (1 + delta). */
  high: SensitivityPoint;
  /** |high.netResult - low.netResult|: the bar's length. */
  swing: number;
}

export interface SensitivityResult {
  delta: number;
  /** The base case's netResult, where every bar starts. */
  baseline: number;
  /** Longest swing first; swings equal to the cent in SENSITIVITY_FIELDS order. */
  rows: SensitivityRow[];
}

function netResultWith(a: Assumptions, field: SensitivityField, value: number): SensitivityPoint {
  const clamped = clampToRange(value, ASSUMPTION_RANGES[field]);
  return { value: clamped, netResult: runScenario({ ...a, [field]: clamped }).scenario.netResult };
}

/**
 * How much the base case's netResult moves when one input alone is
 * `delta` lower or higher (relative, so 0.2 means ×0.8 and ×1.2): the data of
 * a tornado chart. Churn is left out for one-time sales, and the service
 * package's fields when no package is sold, where they play no part.
 */
export function sensitivity(assumptions: AssumptionsInput, { delta = 0.2 }: { delta?: number } = {}): SensitivityResult {
  const a = parseAssumptions(assumptions);
  if (!(delta >= 0 && delta <= 1)) throw new RangeError(`delta must be between 0 and 1, got ${delta}.`);

  const sellsPackages = a.servicePackageRate > 0;
  const fields = SENSITIVITY_FIELDS.filter((field) => {
    if (field === 'churnRate') return a.pricingModel === 'subscription';
    return field.startsWith('servicePackage') ? sellsPackages : true;
  });
  const rows = fields.map((field): SensitivityRow => {
    const low = netResultWith(a, field, a[field] * (1 - delta));
    const high = netResultWith(a, field, a[field] * (1 + delta));
    return { field, label: SENSITIVITY_LABELS[field], low, high, swing: Math.abs(high.netResult - low.netResult) };
  });
  // Swings are compared to the cent: traffic and conversion, for one, move
  // netResult identically but for rounding noise, and should tie. fields is
  // already in tie-break order and Array.prototype.sort is stable.
  const cents = (row: SensitivityRow) => Math.round(row.swing * 100);
  rows.sort((x, y) => cents(y) - cents(x));
  return { delta, baseline: runScenario(a).scenario.netResult, rows };
}
