import { z } from 'zod';
import { InvalidAssumptionsError } from './errors';
import { createRandom } from './random';
import { fillDraws, parseRanges, RANGE_FIELDS, type ParsedRange, type RangeField } from './ranges';
import type { Assumptions, AssumptionsInput } from './schema';
import { orderStatistics } from './select';
import { averageRanks, nearestRankIndex, rankCorrelation, sortOrder } from './stats';
import { parseAssumptions } from './validate';

/*
 * The uncertainty contract (PRODUCT.md): a Monte Carlo over the base case,
 * each ranged field drawn once per trial. Inputs are validated once; the
 * trial loop then runs on plain numbers and typed arrays, with no object per
 * month and no validation per trial.
 */

export interface SimulationOptions {
  trials?: number;
  seed?: number;
}

/** Enough for stable percentiles; more would only cost memory (the bands keep trials × months numbers). */
export const MAX_TRIALS = 100_000;

const optionsSchema = z.object({
  trials: z
    .number({ error: 'Trials must be a number.' })
    .int({ error: 'Trials must be a whole number.' })
    .min(1, { error: 'Run at least 1 trial.' })
    .max(MAX_TRIALS, { error: `Run at most ${MAX_TRIALS.toLocaleString('en-US')} trials.` })
    .default(10_000),
  seed: z.number({ error: 'The seed must be a number.' }).int({ error: 'The seed must be a whole number.' }).default(1),
});

export function parseOptions(options: unknown): { trials: number; seed: number } {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]?.path[0];
  throw new InvalidAssumptionsError(first === undefined ? 'options' : `options.${String(first)}`, parsed.error.issues);
}

export interface SimulationResult {
  trials: number;
  /** Share of trials whose netResult >= 0. */
  probabilityPayback: number;
  netResult: { p5: number; p10: number; p25: number; p50: number; p75: number; p90: number; p95: number; mean: number };
  /** null where the percentile falls on trials that never pay back. */
  paybackMonth: { p10: number | null; p50: number | null; p90: number | null };
  /** cumulativeProfit's P10, P50 and P90 per month. */
  cumulativeBands: { month: number; p10: number; p50: number; p90: number }[];
  /** Spearman rank correlation of each ranged field with netResult, largest |correlation| first. */
  drivers: { field: RangeField; correlation: number }[];
}

// Where each ranged input sits in a trial's values (RANGE_FIELDS order).
const at = (field: RangeField): number => RANGE_FIELDS.indexOf(field);
const PRICE = at('price');
const VISITORS = at('monthlyVisitors');
const GROWTH = at('visitorGrowthRate');
const CONVERSION = at('conversionRate');
const REFUNDS = at('refundRate');
const FEES = at('feeRate');
const CHURN = at('churnRate');
const SUPPORT = at('supportMinutesPerCustomer');
const UPKEEP = at('upkeepHoursPerMonth');
const ADS = at('adSpendPerMonth');
const BUILD_HOURS = at('upfrontHours');
const SERVICE_RATE = at('servicePackageRate');

/**
 * One trial of the base case: the same arithmetic, in the same order, as
 * runScenario (so a trial with the worksheet's own values reproduces its
 * netResult to the last bit). Trial t's value of each contract field is
 * `c[field][t]`: drawn, or the worksheet's own where the field has no range. Writes cumulativeProfit of each month into
 * `bands` (month-major: month m of trial t at m × `stride` + t, so each
 * month's values lie side by side for its percentiles, and consecutive trials
 * write neighbouring slots) and returns netResult; the month it pays back for
 * good goes into `payback` (0 = never).
 */
function runTrial(a: Assumptions, c: Float64Array[], trial: number, bands: Float64Array, stride: number, payback: Uint16Array): number {
  const price = c[PRICE]![trial]!;
  const conversionRate = c[CONVERSION]![trial]!;
  const refundRate = c[REFUNDS]![trial]!;
  const feeRate = c[FEES]![trial]!;
  const supportMinutes = c[SUPPORT]![trial]!;
  const upkeepHours = c[UPKEEP]![trial]!;
  const adSpend = c[ADS]![trial]!;
  const servicePackageRate = c[SERVICE_RATE]![trial]!;
  const { hourlyRate, feePerTransaction, servicePackagePrice, servicePackageHours } = a;
  const retained = a.pricingModel === 'subscription' ? 1 - c[CHURN]![trial]! : 0;
  const growth = 1 + c[GROWTH]![trial]!;
  const launchVisitors = c[VISITORS]![trial]!;
  let growthFactor = 1;
  let payingCustomers = 0;
  let cumulativeProfit = -(a.upfrontCash + c[BUILD_HOURS]![trial]! * hourlyRate);
  let lastMonthBehind = 0;
  for (let month = 1, horizon = a.horizonMonths; month <= horizon; month++) {
    const visitors = launchVisitors * growthFactor;
    const newCustomers = visitors * conversionRate;
    payingCustomers = payingCustomers * retained + newCustomers;
    const productRevenue = payingCustomers * price;
    const serviceBuyers = newCustomers * servicePackageRate;
    const serviceRevenue = serviceBuyers * servicePackagePrice;
    const gross = productRevenue + serviceRevenue;
    const refunds = gross * refundRate;
    const fees = gross * feeRate + payingCustomers * feePerTransaction;
    const supportHours = (payingCustomers * supportMinutes) / 60;
    const serviceHours = serviceBuyers * servicePackageHours;
    const operatingHours = supportHours + upkeepHours + serviceHours;
    const cashFlow = gross - refunds - fees - adSpend;
    const profit = cashFlow - operatingHours * hourlyRate;
    cumulativeProfit += profit;
    bands[(month - 1) * stride + trial] = cumulativeProfit;
    if (cumulativeProfit < 0) lastMonthBehind = month;
    growthFactor *= growth;
  }
  payback[trial] = cumulativeProfit >= 0 ? lastMonthBehind + 1 : 0;
  return cumulativeProfit;
}

/** Payback percentiles from a count per month; index 0 counts the trials that never pay back, sorted last. */
function paybackPercentiles(payback: Uint16Array, horizon: number): SimulationResult['paybackMonth'] {
  const counts = new Uint32Array(horizon + 1);
  for (let i = 0; i < payback.length; i++) counts[payback[i]!]!++;
  const at = (p: number): number | null => {
    const index = nearestRankIndex(p, payback.length);
    let seen = 0;
    for (let month = 1; month <= horizon; month++) {
      seen += counts[month]!;
      if (index < seen) return month;
    }
    return null;
  };
  return { p10: at(10), p50: at(50), p90: at(90) };
}

/** The draws: one column of trials per contract field. */
export interface Draws {
  /** By RANGE_FIELDS index: a ranged field's draws, else the worksheet's own value in every trial. */
  columns: Float64Array[];
}

/** What the trial loop leaves for the summary: per trial, and per month for the bands. */
export interface Trials extends Draws {
  netResults: Float64Array;
  /** Month each trial pays back for good; 0 = never. */
  payback: Uint16Array;
  /** cumulativeProfit, month-major: month m (from 0) of trial t at m × trials + t. */
  bands: Float64Array;
  paidBack: number;
  sum: number;
}

/** Draws every ranged field for every trial, each field from its own stream. */
export function drawInputs(a: Assumptions, fields: ParsedRange[], trials: number, seed: number): Draws {
  // A column for every field, so the trial loop reads each input the same way, with no branch.
  const columns = RANGE_FIELDS.map((field) => new Float64Array(trials).fill(a[field]));
  for (const { field, distribution } of fields) fillDraws(distribution, createRandom(seed, at(field)), columns[at(field)]!);
  return { columns };
}

/** The trials themselves: the hot loop, on validated input and drawn inputs. */
export function runTrialLoop(a: Assumptions, { columns }: Draws): Trials {
  const trials = columns[0]!.length;
  const netResults = new Float64Array(trials);
  const payback = new Uint16Array(trials);
  const horizon = a.horizonMonths;
  const bands = new Float64Array(horizon * trials);
  let paidBack = 0;
  let sum = 0;
  for (let t = 0; t < trials; t++) {
    const net = runTrial(a, columns, t, bands, trials, payback);
    netResults[t] = net;
    sum += net;
    if (net >= 0) paidBack++;
  }
  return { columns, netResults, payback, bands, paidBack, sum };
}

/** Draws, then trials. */
export function runTrials(a: Assumptions, fields: ParsedRange[], trials: number, seed: number): Trials {
  return runTrialLoop(a, drawInputs(a, fields, trials, seed));
}

/** Validates once, then runs the trials and summarises them (see the uncertainty contract). */
export function simulate(assumptions: AssumptionsInput, ranges: unknown, options: SimulationOptions = {}): SimulationResult {
  const a = parseAssumptions(assumptions);
  const fields = parseRanges(ranges, a);
  const { trials, seed } = parseOptions(options);
  const horizon = a.horizonMonths;
  const { columns, netResults, payback, bands, paidBack, sum } = runTrials(a, fields, trials, seed);

  // One sort of the net results serves both its percentiles and its ranks for the drivers.
  const netOrder = sortOrder(netResults);
  const pick = (p: number) => netResults[netOrder[nearestRankIndex(p, trials)]!]!;
  const bandRanks = [nearestRankIndex(10, trials), nearestRankIndex(50, trials), nearestRankIndex(90, trials)];
  const scratch = new Float64Array(trials);
  const buckets = new Uint16Array(trials);
  const cumulativeBands = Array.from({ length: horizon }, (_, m) => {
    const month = bands.subarray(m * trials, (m + 1) * trials);
    const [p10, p50, p90] = orderStatistics(month, bandRanks, scratch, buckets) as [number, number, number];
    return { month: m + 1, p10, p50, p90 };
  });

  const netRanks = fields.length > 0 ? averageRanks(netResults, netOrder) : null;
  const drivers = fields.map(({ field, distribution }) => ({
    field,
    correlation:
      distribution.kind === 'constant' || netRanks === null ? 0 : rankCorrelation(columns[at(field)]!, sortOrder(columns[at(field)]!), netRanks),
  }));
  // Stable: equal strengths keep RANGE_FIELDS order.
  drivers.sort((x, y) => Math.abs(y.correlation) - Math.abs(x.correlation));

  return {
    trials,
    probabilityPayback: paidBack / trials,
    netResult: { p5: pick(5), p10: pick(10), p25: pick(25), p50: pick(50), p75: pick(75), p90: pick(90), p95: pick(95), mean: sum / trials },
    paybackMonth: paybackPercentiles(payback, horizon),
    cumulativeBands,
    drivers,
  };
}

/**
 * simulate()'s probabilityPayback alone, for a list of ideas: the same
 * validation, draws and trial loop, without the percentiles, bands and
 * drivers that cost most of a full run. Equal to simulate()'s for the same
 * input, seed and trials.
 */
export function chanceOfPayback(assumptions: AssumptionsInput, ranges: unknown, options: SimulationOptions = {}): number {
  const a = parseAssumptions(assumptions);
  const fields = parseRanges(ranges, a);
  const { trials, seed } = parseOptions(options);
  return runTrials(a, fields, trials, seed).paidBack / trials;
}
