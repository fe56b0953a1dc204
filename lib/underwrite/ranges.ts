import { z } from 'zod';
import './zod-config';
import { InvalidAssumptionsError } from './errors';
import type { Random } from './random';
import type { Assumptions } from './schema';

/*
 * The uncertainty contract's inputs: a founder's "I'm 90 % sure it is
 * between low and high" on some of the guessed fields, and how one such
 * range becomes a distribution to draw from.
 */

/** The fields a range may be put on, in the order draws are taken (so key order in `ranges` never matters). */
export const RANGE_FIELDS = [
  'price',
  'monthlyVisitors',
  'visitorGrowthRate',
  'conversionRate',
  'refundRate',
  'feeRate',
  'churnRate',
  'supportMinutesPerCustomer',
  'upkeepHoursPerMonth',
  'adSpendPerMonth',
  'upfrontHours',
  'servicePackageRate',
] as const;
export type RangeField = (typeof RANGE_FIELDS)[number];

/** A 90 % interval: the 5th and 95th percentiles of the field's distribution. */
export interface Range {
  low: number;
  high: number;
}
export type Ranges = Partial<Record<RangeField, Range>>;

/** The standard normal's 5 %–95 % width: 2 × 1.6448536. */
export const Z90_WIDTH = 3.2897072;

const rangeSchema = z
  .object({
    low: z.number({ error: 'The low end must be a number.' }),
    high: z.number({ error: 'The high end must be a number.' }),
  })
  .refine((r) => r.low <= r.high, { error: 'The low end must not be above the high end.', path: ['low'] });

export const rangesSchema = z.strictObject(
  Object.fromEntries(RANGE_FIELDS.map((field) => [field, rangeSchema.optional()])) as Record<RangeField, z.ZodOptional<typeof rangeSchema>>,
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `A range cannot be put on ${issue.keys.join(', ')}.` : 'Ranges must be an object.') },
);

/** How one field is drawn: a constant, or a normal or lognormal with these parameters, then clamped. */
export interface Distribution {
  kind: 'constant' | 'normal' | 'lognormal';
  /** The constant; the normal's mean; the lognormal's mu (mean of the log). */
  location: number;
  /** 0; the normal's sd; the lognormal's sigma. */
  scale: number;
  min: number;
  max: number;
}

/** The fields that are shares of something, 0 to 1. */
export const RATES: ReadonlySet<RangeField> = new Set(['conversionRate', 'refundRate', 'feeRate', 'churnRate', 'servicePackageRate']);

/** The contract's clamps: rates 0..1, growth >= -0.99, everything else >= 0. */
export function validInterval(field: RangeField): [number, number] {
  if (RATES.has(field)) return [0, 1];
  if (field === 'visitorGrowthRate') return [-0.99, Infinity];
  return [0, Infinity];
}

export function distributionOf(field: RangeField, { low, high }: Range): Distribution {
  const [min, max] = validInterval(field);
  if (low === high) return { kind: 'constant', location: low, scale: 0, min, max };
  if (field === 'visitorGrowthRate' || low <= 0) {
    return { kind: 'normal', location: (low + high) / 2, scale: (high - low) / Z90_WIDTH, min, max };
  }
  const logLow = Math.log(low);
  const logHigh = Math.log(high);
  return { kind: 'lognormal', location: (logLow + logHigh) / 2, scale: (logHigh - logLow) / Z90_WIDTH, min, max };
}

/**
 * `out.length` draws, clamped to the field's valid range. A constant is the
 * worksheet's own (valid) value and is not clamped, so ranges with low = high
 * reproduce the deterministic base case.
 */
export function fillDraws(d: Distribution, random: Random, out: Float64Array): Float64Array {
  if (d.kind === 'constant') return out.fill(d.location);
  const { location, scale, min, max } = d;
  random.fillNormal(out);
  // One loop per kind: no per-draw test of which kind it is.
  if (d.kind === 'lognormal') {
    for (let i = 0; i < out.length; i++) {
      const value = Math.exp(location + scale * out[i]!);
      out[i] = value < min ? min : value > max ? max : value;
    }
  } else {
    for (let i = 0; i < out.length; i++) {
      const value = location + scale * out[i]!;
      out[i] = value < min ? min : value > max ? max : value;
    }
  }
  return out;
}

export interface ParsedRange {
  field: RangeField;
  distribution: Distribution;
}

/** The ranged fields in draw order, each with its distribution; throws InvalidAssumptionsError on bad ranges. */
export function parseRanges(input: unknown, a: Assumptions): ParsedRange[] {
  const parsed = rangesSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.path[0];
    throw new InvalidAssumptionsError(first === undefined ? 'ranges' : `ranges.${String(first)}`, parsed.error.issues);
  }
  const ranges = parsed.data;
  return RANGE_FIELDS.flatMap((field) => {
    const range = ranges[field];
    if (range === undefined) return [];
    if (!(range.low <= a[field] && a[field] <= range.high)) {
      const issue = {
        code: 'custom' as const,
        path: [field],
        input: range,
        message: `The worksheet's value ${a[field]} lies outside its range ${range.low}–${range.high}.`,
      };
      throw new InvalidAssumptionsError(`ranges.${field}`, [issue]);
    }
    return [{ field, distribution: distributionOf(field, range) }];
  });
}
