import type { Assumptions } from './schema';

/** One month of one scenario: every quantity of the engine contract, in contract order. */
export interface MonthRow {
  /** 1-based. */
  month: number;
  visitors: number;
  newCustomers: number;
  payingCustomers: number;
  productRevenue: number;
  /** New customers who also buy the service package. */
  serviceBuyers: number;
  serviceRevenue: number;
  /** productRevenue + serviceRevenue. */
  gross: number;
  refunds: number;
  fees: number;
  adSpend: number;
  supportHours: number;
  serviceHours: number;
  /** supportHours + upkeep + serviceHours. */
  operatingHours: number;
  cashFlow: number;
  timeCost: number;
  profit: number;
  /** -upfrontInvestment + Σ profit: money and the founder's time. */
  cumulativeProfit: number;
  /** -upfrontCash + Σ cashFlow: money only, the founder's time unpaid. */
  cumulativeCash: number;
}

export interface Scenario {
  /** The assumptions this scenario was computed from (the stressed ones for the stress case). */
  assumptions: Assumptions;
  months: MonthRow[];
  /** upfrontCash + upfrontHours × hourlyRate. */
  upfrontInvestment: number;
  totalGross: number;
  totalServiceRevenue: number;
  totalCashFlow: number;
  totalProfit: number;
  /** cumulativeProfit of the last month. */
  netResult: number;
  /** totalCashFlow - upfrontCash: the money result, the founder's hours unpaid. */
  cashNetResult: number;
  /** (upfrontHours + Σ operatingHours) × hourlyRate. */
  totalTimeCost: number;
  /**
   * The first month from which cumulativeProfit stays >= 0 through the
   * horizon ("in the black for good"); null when the last month is below 0.
   */
  paybackMonth: number | null;
  /** The same for cumulativeCash. */
  cashPaybackMonth: number | null;
  avgOperatingHoursPerMonth: number;
  /** The largest operatingHours of any month. */
  peakOperatingHours: number;
  /** The most money the founder is out of pocket at any point: max(upfrontCash, max of -cumulativeCash). */
  maxCashAtRisk: number;
  /**
   * (totalCashFlow - upfrontCash) / (upfrontHours + total operating hours);
   * null when there are no hours (or so few, like 1e-320, that the division overflows).
   */
  effectiveHourlyRate: number | null;
  /** Smallest conversion rate in 0..1 at which netResult >= 0, all else held; null when there is none. */
  breakEvenConversionRate: number | null;
}

export type VerdictLevel = 'fail' | 'fragile' | 'robust';

export interface Verdict {
  level: VerdictLevel;
  /** Sentences for the founder, with the numbers that decided the level. */
  reasons: string[];
}

export const WARNING_CODES = [
  'DOWNSIDE_NEGATIVE',
  'OPTIMISTIC_CONVERSION',
  'HIGH_OPERATING_LOAD',
  'NEGATIVE_UNIT_MARGIN',
  'OVER_CAPACITY',
  'TIME_COST_EXCEEDS_CASH',
  'AGGRESSIVE_GROWTH',
  'SERVICE_DEPENDENT',
  'UNPRICED_TIME',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  message: string;
}

export interface UnderwriteResult {
  base: Scenario;
  stress: Scenario;
  verdict: Verdict;
  /** In WARNING_CODES order. */
  warnings: Warning[];
}
