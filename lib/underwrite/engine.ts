import { unitMarginOf } from './economics';
import { simulate } from './scenario';
import { DEFAULT_STRESS, type Assumptions, type StressProfile } from './schema';
import type { Scenario, UnderwriteResult } from './types';
import { parseAssumptions, parseStressProfile } from './validate';
import { decideVerdict } from './verdict';
import { collectWarnings } from './warnings';

/*
 * The public entry points. Each validates its input (throwing
 * InvalidAssumptionsError) and then calls the unvalidated internals, so a
 * value the schema rejects can never reach a formula.
 */

/** A rate kept a share: 0..100 %. */
const share = (rate: number) => Math.min(1, Math.max(0, rate));

function stressed(a: Assumptions, p: StressProfile): Assumptions {
  return {
    ...a,
    monthlyVisitors: a.monthlyVisitors * (1 + p.trafficChange),
    // The contract caps refunds and churn at 1. Conversion is capped too, and
    // all three are kept >= 0, so that a custom profile (conversion +50 % on
    // 80 %, refunds -10 points on 5 %) still yields shares of 0..100 %. With
    // DEFAULT_STRESS only the contract's own caps can ever apply.
    conversionRate: share(a.conversionRate * (1 + p.conversionChange)),
    refundRate: share(a.refundRate + p.refundRateAdd),
    supportMinutesPerCustomer: a.supportMinutesPerCustomer * (1 + p.supportChange),
    churnRate: share(a.churnRate + p.churnRateAdd),
    upkeepHoursPerMonth: a.upkeepHoursPerMonth * (1 + p.upkeepChange),
  };
}

/**
 * The base assumptions as the stress profile changes them. A harsh custom
 * profile can push traffic, support or upkeep past the schema's input limits;
 * those limits bound what a founder types, and results stay finite well
 * beyond them.
 */
export function applyStress(assumptions: Assumptions, profile: StressProfile = DEFAULT_STRESS): Assumptions {
  return stressed(parseAssumptions(assumptions), parseStressProfile(profile));
}

/** One scenario, month by month, for exactly these assumptions. */
export function runScenario(assumptions: Assumptions): Scenario {
  return simulate(parseAssumptions(assumptions)).scenario;
}

/**
 * What one paying customer leaves in a month:
 * price × (1 - refundRate - feeRate) - feePerTransaction - supportMinutesPerCustomer / 60 × hourlyRate.
 */
export function unitMargin(assumptions: Assumptions): number {
  return unitMarginOf(parseAssumptions(assumptions));
}

/** The base case, the stress case, the verdict and the warnings for one idea. */
export function underwrite(assumptions: Assumptions, stress: StressProfile = DEFAULT_STRESS): UnderwriteResult {
  const a = parseAssumptions(assumptions);
  const base = simulate(a).scenario;
  const stressCase = simulate(stressed(a, parseStressProfile(stress))).scenario;
  return {
    base,
    stress: stressCase,
    verdict: decideVerdict(base, stressCase),
    warnings: collectWarnings(base, stressCase),
  };
}
