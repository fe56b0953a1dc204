/**
 * The underwriting engine: pure functions from an idea's assumptions to its
 * base case, stress case, verdict and warnings (see PRODUCT.md, "Engine
 * contract v2"). No I/O, no clock, no framework: it runs unchanged on the
 * server, in the browser and in the benchmark. This is what the app uses;
 * tests reach the internals through their own modules.
 */
export { underwrite, unitMargin } from './engine';
export { breakEven, BREAK_EVEN_FIELDS, type BreakEvenField } from './break-even';
export { sensitivity, type SensitivityField, type SensitivityPoint, type SensitivityResult, type SensitivityRow } from './sensitivity';
// simulate() and chanceOfPayback() are imported from './simulate' itself: the
// browser runs them only in its Web Worker, and a value re-exported here would
// ride along into every page's engine chunk (the bundler keeps an export that
// any bundle uses).
export type { SimulationOptions, SimulationResult } from './simulate';
export { RANGE_FIELDS, rangesSchema, type Range, type RangeField, type Ranges } from './ranges';
export { formatCount, formatHours, formatMoney, formatMonths, formatPercent } from './format';
export { InvalidAssumptionsError } from './errors';
export { STRESS_RANGES } from './validate';
export { SERVICE_DEPENDENT_SHARE } from './warnings';
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
  ASSUMPTION_DEFAULTS,
  assumptionsSchema,
  DEFAULT_STRESS,
  LIMITS,
  PRICING_MODELS,
  stressProfileSchema,
  type AssumptionKey,
  type Assumptions,
  type AssumptionsInput,
  type PricingModel,
  type StressKey,
  type StressProfile,
  type StressProfileInput,
} from './schema';
