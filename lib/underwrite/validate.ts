import { z } from 'zod';
import { InvalidAssumptionsError } from './errors';
import { assumptionsSchema, stressProfileSchema, type Assumptions, type AssumptionsInput, type StressProfile } from './schema';

/*
 * zod's safeParse costs about 5 µs per call here, half of the engine's whole
 * budget for underwrite(). So valid input takes a hand-rolled check whose
 * bounds are read from the schemas once, at load; only rejected input goes
 * through zod, which then supplies the issues and their messages. The rules
 * thus still live in schema.ts alone. What the bounds cannot express (a
 * refine added to schema.ts one day) is caught by validate.test.ts, which
 * checks that both paths agree on random input.
 */

/** The valid interval of one numeric field, as the schema defines it. */
export interface NumberRange {
  readonly min: number;
  readonly minInclusive: boolean;
  readonly max: number;
  readonly maxInclusive: boolean;
  readonly integer: boolean;
}

type Rule =
  | { key: string; kind: 'number'; range: NumberRange; fallback: number | undefined }
  | { key: string; kind: 'enum'; values: readonly string[] };

function rulesOf(schema: z.ZodObject): Rule[] {
  return Object.entries(schema.shape).map(([key, declared]): Rule => {
    if (declared instanceof z.ZodEnum) return { key, kind: 'enum', values: declared.options.map(String) };
    // A field with a default (contract v2's new fields, every stress lever)
    // takes that default when it is left out, as zod's parse would.
    const withDefault = declared instanceof z.ZodDefault;
    const field = withDefault ? declared.unwrap() : declared;
    if (field instanceof z.ZodNumber && field.minValue !== null && field.maxValue !== null) {
      const { minValue: min, maxValue: max } = field;
      return {
        key,
        kind: 'number',
        fallback: withDefault ? (declared.parse(undefined) as number) : undefined,
        // Frozen: ASSUMPTION_RANGES hands these out, and the validator relies on them.
        range: Object.freeze({
          min,
          max,
          // A bound is inclusive exactly when the schema accepts the bound itself.
          minInclusive: field.safeParse(min).success,
          maxInclusive: field.safeParse(max).success,
          integer: field.format === 'safeint',
        }),
      };
    }
    // Fail at load rather than let the fast check silently drift from the schema.
    throw new Error(`validate.ts cannot mirror schema field "${key}": expected a bounded number or an enum.`);
  });
}

const assumptionRules = rulesOf(assumptionsSchema);
const stressRules = rulesOf(stressProfileSchema);

function numberRanges<K extends string>(rules: Rule[]): Readonly<Record<K, NumberRange>> {
  const entries = rules.flatMap((rule) => (rule.kind === 'number' ? [[rule.key, rule.range]] : []));
  return Object.freeze(Object.fromEntries(entries) as Record<K, NumberRange>);
}

type NumericAssumptionKey = { [K in keyof Assumptions]: Assumptions[K] extends number ? K : never }[keyof Assumptions];

/** The valid range of each numeric assumption, read from assumptionsSchema. */
export const ASSUMPTION_RANGES = numberRanges<NumericAssumptionKey>(assumptionRules);

/** The bounds of each stress lever, read from stressProfileSchema: each only moves its input the adverse way. */
export const STRESS_RANGES = numberRanges<keyof StressProfile>(stressRules);

function inRange(value: number, range: NumberRange): boolean {
  return (
    (range.minInclusive ? value >= range.min : value > range.min) &&
    (range.maxInclusive ? value <= range.max : value < range.max) &&
    (!range.integer || Number.isSafeInteger(value))
  );
}

function passes(input: unknown, rules: Rule[]): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const record = input as Record<string, unknown>;
  for (const rule of rules) {
    const value = record[rule.key];
    if (rule.kind === 'enum') {
      if (typeof value !== 'string' || !rule.values.includes(value)) return false;
    } else if (value === undefined && rule.fallback !== undefined) {
      continue;
    } else if (typeof value !== 'number' || !inRange(value, rule.range)) {
      // NaN fails every comparison, ±Infinity fails the finite bounds.
      return false;
    }
  }
  return true;
}

/** The schema's default of a field, for a value that was left out. */
function fallbackOf(rules: Rule[]): Record<string, number> {
  return Object.fromEntries(rules.flatMap((rule) => (rule.kind === 'number' && rule.fallback !== undefined ? [[rule.key, rule.fallback]] : [])));
}
const assumptionFallbacks = fallbackOf(assumptionRules);
const stressFallbacks = fallbackOf(stressRules);
const or = (value: unknown, fallback: number | undefined) => (value === undefined ? fallback : value) as number;

/** True exactly when assumptionsSchema.safeParse(input).success. */
export function isValidAssumptions(input: unknown): input is AssumptionsInput {
  return passes(input, assumptionRules);
}

/** True exactly when stressProfileSchema.safeParse(input).success. */
export function isValidStressProfile(input: unknown): input is Partial<StressProfile> {
  return passes(input, stressRules);
}

function reject(schema: z.ZodObject, input: unknown, prefix: 'assumptions' | 'stress'): never {
  const result = schema.safeParse(input);
  const issues = result.success ? [] : result.error.issues;
  const first = issues[0]?.path[0];
  const field = first === undefined ? prefix : prefix === 'stress' ? `stress.${String(first)}` : String(first);
  throw new InvalidAssumptionsError(field, issues);
}

/**
 * The input as a fresh Assumptions object with only the schema's keys, like
 * zod's parse; throws InvalidAssumptionsError naming the first bad field.
 */
export function parseAssumptions(input: unknown): Assumptions {
  if (!isValidAssumptions(input)) return reject(assumptionsSchema, input, 'assumptions');
  // Written out, not copied in a loop, so every Assumptions object the engine
  // computes with has the same shape, which keeps the month loop fast.
  return {
    pricingModel: input.pricingModel,
    price: input.price,
    monthlyVisitors: input.monthlyVisitors,
    visitorGrowthRate: input.visitorGrowthRate,
    conversionRate: input.conversionRate,
    refundRate: input.refundRate,
    feeRate: input.feeRate,
    feePerTransaction: input.feePerTransaction,
    churnRate: input.churnRate,
    supportMinutesPerCustomer: input.supportMinutesPerCustomer,
    upkeepHoursPerMonth: input.upkeepHoursPerMonth,
    adSpendPerMonth: input.adSpendPerMonth,
    hourlyRate: input.hourlyRate,
    upfrontHours: input.upfrontHours,
    upfrontCash: input.upfrontCash,
    horizonMonths: or(input.horizonMonths, assumptionFallbacks.horizonMonths),
    servicePackageRate: or(input.servicePackageRate, assumptionFallbacks.servicePackageRate),
    servicePackagePrice: or(input.servicePackagePrice, assumptionFallbacks.servicePackagePrice),
    servicePackageHours: or(input.servicePackageHours, assumptionFallbacks.servicePackageHours),
    availableHoursPerMonth: or(input.availableHoursPerMonth, assumptionFallbacks.availableHoursPerMonth),
  };
}

/** Like parseAssumptions, for a stress profile; bad fields are named `stress.<key>`. */
export function parseStressProfile(input: unknown): StressProfile {
  if (!isValidStressProfile(input)) return reject(stressProfileSchema, input, 'stress');
  const f = stressFallbacks;
  return {
    priceChange: or(input.priceChange, f.priceChange),
    trafficChange: or(input.trafficChange, f.trafficChange),
    growthRateAdd: or(input.growthRateAdd, f.growthRateAdd),
    conversionChange: or(input.conversionChange, f.conversionChange),
    refundRateAdd: or(input.refundRateAdd, f.refundRateAdd),
    supportChange: or(input.supportChange, f.supportChange),
    churnRateAdd: or(input.churnRateAdd, f.churnRateAdd),
    upkeepChange: or(input.upkeepChange, f.upkeepChange),
    buildOverrun: or(input.buildOverrun, f.buildOverrun),
  };
}

/**
 * The valid value nearest to `value`: a bound when it is inclusive, a value a
 * few ulps inside it when it is exclusive (growth must stay above -100 %).
 */
export function clampToRange(value: number, range: NumberRange): number {
  const nudge = (bound: number) => Number.EPSILON * Math.max(1, Math.abs(bound));
  if (value < range.min || (value === range.min && !range.minInclusive)) {
    return range.minInclusive ? range.min : range.min + nudge(range.min);
  }
  if (value > range.max || (value === range.max && !range.maxInclusive)) {
    return range.maxInclusive ? range.max : range.max - nudge(range.max);
  }
  return value;
}
