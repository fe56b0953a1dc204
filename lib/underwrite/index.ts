/**
 * The underwriting engine: pure functions from an idea's assumptions to its
 * base case, stress case, verdict and warnings (see PRODUCT.md, "Engine
 * contract"). No I/O, no clock, no framework: it runs unchanged on the
 * server, in the browser and in the benchmark.
 */
export { applyStress, runScenario, underwrite, unitMargin } from './engine';
export { breakEven, BREAK_EVEN_FIELDS, BISECTION_RELATIVE_TOLERANCE, type BreakEvenField } from './break-even';
export {
  sensitivity,
  SENSITIVITY_FIELDS,
  SENSITIVITY_LABELS,
  type SensitivityField,
  type SensitivityPoint,
  type SensitivityResult,
  type SensitivityRow,
} from './sensitivity';
export { HIGH_OPERATING_HOURS_PER_MONTH, OPTIMISTIC_CONVERSION_RATE } from './warnings';
export { formatHours, formatMoney, formatMonths, formatPercent } from './format';
export { InvalidAssumptionsError } from './errors';
export { ASSUMPTION_RANGES, isValidAssumptions, isValidStressProfile, parseAssumptions, parseStressProfile, type NumberRange } from './validate';
export {
  WARNING_CODES,
  type MonthRow,
  type Scenario,
  type UnderwriteResult,
  type Verdict,
  type VerdictLevel,
  type Warning,
  type WarningCode,
} from './types';
export {
  assumptionsSchema,
  DEFAULT_STRESS,
  LIMITS,
  PRICING_MODELS,
  stressProfileSchema,
  type AssumptionKey,
  type Assumptions,
  type PricingModel,
  type StressKey,
  type StressProfile,
} from './schema';
