import { unitMarginOf } from './economics';
import { runScenario } from './scenario';
import type { Assumptions, AssumptionsInput, StressProfile, StressProfileInput } from './schema';
import type { Scenario, UnderwriteResult } from './types';
import { parseAssumptions, parseStressProfile } from './validate';
import { decideVerdict } from './verdict';
import { collectWarnings } from './warnings';

/*
 * The public entry points. Each validates its input once (throwing
 * InvalidAssumptionsError) and then calls the unvalidated internals, so a
 * value the schema rejects can never reach a formula.
 */

/** Growth may not be pushed below -99 % a month, unless the base is already lower. */
const GROWTH_FLOOR = -0.99;

/**
 * The contract's stress case. Every lever's bounds only let it move its input
 * the adverse way, so no clamping to 0 is needed; refunds and churn are
 * capped at 100 %. The service package's price is not changed.
 */
export function stressed(a: Assumptions, p: StressProfile): Assumptions {
  return {
    ...a,
    price: a.price * (1 + p.priceChange),
    monthlyVisitors: a.monthlyVisitors * (1 + p.trafficChange),
    visitorGrowthRate: Math.max(a.visitorGrowthRate + p.growthRateAdd, Math.min(a.visitorGrowthRate, GROWTH_FLOOR)),
    conversionRate: a.conversionRate * (1 + p.conversionChange),
    refundRate: Math.min(1, a.refundRate + p.refundRateAdd),
    supportMinutesPerCustomer: a.supportMinutesPerCustomer * (1 + p.supportChange),
    churnRate: Math.min(1, a.churnRate + p.churnRateAdd),
    upkeepHoursPerMonth: a.upkeepHoursPerMonth * (1 + p.upkeepChange),
    upfrontHours: a.upfrontHours * (1 + p.buildOverrun),
  };
}

/**
 * The base assumptions as the stress profile changes them. A harsh profile
 * can push support, upkeep or build hours past the schema's input limits;
 * those limits bound what a founder types, and results stay finite beyond them.
 */
export function applyStress(assumptions: AssumptionsInput, profile: StressProfileInput = {}): Assumptions {
  return stressed(parseAssumptions(assumptions), parseStressProfile(profile));
}

/** One scenario, month by month, for exactly these assumptions. */
export function scenarioOf(assumptions: AssumptionsInput): Scenario {
  return runScenario(parseAssumptions(assumptions)).scenario;
}

/**
 * What one paying customer leaves (per sale, or per subscriber a month):
 * price × (1 - refundRate - feeRate) - feePerTransaction - supportMinutesPerCustomer / 60 × hourlyRate.
 */
export function unitMargin(assumptions: AssumptionsInput): number {
  return unitMarginOf(parseAssumptions(assumptions));
}

/**
 * The base case, the stress case, the verdict and the warnings for one idea.
 * A stress lever left out takes its default (DEFAULT_STRESS).
 */
export function underwrite(assumptions: AssumptionsInput, stress: StressProfileInput = {}): UnderwriteResult {
  const a = parseAssumptions(assumptions);
  const base = runScenario(a);
  const stressRun = runScenario(stressed(a, parseStressProfile(stress)));
  return {
    base: base.scenario,
    stress: stressRun.scenario,
    verdict: decideVerdict(base, stressRun),
    warnings: collectWarnings(base.scenario, stressRun.scenario),
  };
}
