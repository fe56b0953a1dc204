import type { Assumptions } from './schema';

/** One month of one scenario: every quantity of the engine contract, in contract order. */
export interface MonthRow {
  /** 1-based. */
  month: number;
  visitors: number;
  newCustomers: number;
  payingCustomers: number;
  gross: number;
  refunds: number;
  fees: number;
  adSpend: number;
  supportHours: number;
  operatingHours: number;
  cashFlow: number;
  timeCost: number;
  profit: number;
  cumulativeProfit: number;
}

export interface Scenario {
  /** The assumptions this scenario was computed from (the stressed ones for the stress case). */
  assumptions: Assumptions;
  months: MonthRow[];
  /** upfrontCash + upfrontHours × hourlyRate. */
  upfrontInvestment: number;
  totalGross: number;
  totalCashFlow: number;
  totalProfit: number;
  /** cumulativeProfit of the last month. */
  netResult: number;
  /** First month whose cumulativeProfit >= 0, or null when none does within the horizon. */
  paybackMonth: number | null;
  avgOperatingHoursPerMonth: number;
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
