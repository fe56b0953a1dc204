import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_DEFAULTS,
  DEFAULT_STRESS,
  InvalidAssumptionsError,
  assumptionsSchema,
  breakEven,
  sensitivity,
  stressProfileSchema,
  underwrite,
  unitMargin,
  type Assumptions,
} from '@/lib/underwrite';
import { applyStress, scenarioOf as runScenario } from '@/lib/underwrite/engine';
import { ASSUMPTION_RANGES, isValidAssumptions, isValidStressProfile, parseAssumptions } from '@/lib/underwrite/validate';
import { idea, validAssumptions, validStressProfile } from './support';

/*
 * The engine validates with a hand-rolled check (zod's safeParse is too slow
 * for the 10 µs budget). These tests hold it to the schema: same verdict on
 * any input, and a typed error naming the field otherwise.
 */

const NUMERIC_KEYS = Object.keys(ASSUMPTION_RANGES) as (keyof typeof ASSUMPTION_RANGES)[];

/** Values a field must refuse: wrong types, non-finite, just past each bound, a fraction for a whole number. */
function badValuesFor(key: keyof Assumptions): unknown[] {
  if (key === 'pricingModel') return ['lifetime', '', 1, null, undefined];
  const { min, max, integer } = ASSUMPTION_RANGES[key];
  const justBelow = min === -1 ? -1 : min - Number.EPSILON * Math.max(1, Math.abs(min));
  const justAbove = max + Number.EPSILON * Math.max(1, Math.abs(max));
  // A field with a default takes it when left out, so undefined is no bad value there.
  const missing = key in ASSUMPTION_DEFAULTS ? [] : [undefined];
  return [NaN, Infinity, -Infinity, '1', null, ...missing, justBelow, min - 1, justAbove, max * 10, ...(integer ? [1.5] : [])];
}

const anyKey = fc.constantFrom(...(Object.keys(assumptionsSchema.shape) as (keyof Assumptions)[]));
const singleBadField = fc
  .tuple(validAssumptions, anyKey)
  .chain(([a, key]) => fc.constantFrom(...badValuesFor(key)).map((bad) => ({ a, key, input: { ...a, [key]: bad } })));

/** Valid, slightly broken and thoroughly broken inputs mixed. */
const anyInput = fc.oneof(
  validAssumptions,
  singleBadField.map(({ input }) => input),
  fc.tuple(validAssumptions, anyKey).map(([a, key]) => {
    const { [key]: _dropped, ...rest } = a;
    return rest;
  }),
  validAssumptions.map((a) => ({ ...a, extra: 'ignored' })),
  fc.anything(),
);

describe('the fast validator agrees with the zod schema', () => {
  it('on any input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(isValidAssumptions(input)).toBe(assumptionsSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('on stress profiles', () => {
    const change = fc.oneof(
      fc.double({ min: -2, max: 6 }),
      fc.constantFrom(-1, -0.9, 0, 1, 5, -Number.EPSILON, NaN, Infinity, undefined, '0.1' as unknown as number),
    );
    const profile = fc.record(Object.fromEntries(Object.keys(DEFAULT_STRESS).map((key) => [key, change])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(profile, validStressProfile, fc.anything()), (input) => {
        expect(isValidStressProfile(input)).toBe(stressProfileSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns what zod would: the schema keys only', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        expect(parseAssumptions({ ...a, extra: 1 })).toEqual(assumptionsSchema.parse({ ...a, extra: 1 }));
      }),
      { numRuns: 200 },
    );
  });

  it('fills in the contract defaults for fields left out, as zod does', () => {
    const { horizonMonths: _h, servicePackageRate: _r, servicePackagePrice: _p, servicePackageHours: _s, availableHoursPerMonth: _a, ...v1 } = idea();
    expect(parseAssumptions(v1)).toEqual({ ...v1, ...ASSUMPTION_DEFAULTS });
    expect(parseAssumptions(v1)).toEqual(assumptionsSchema.parse(v1));
    expect(ASSUMPTION_DEFAULTS).toEqual({ horizonMonths: 24, servicePackageRate: 0, servicePackagePrice: 0, servicePackageHours: 0, availableHoursPerMonth: 40 });
    expect(underwrite(v1)).toEqual(underwrite(idea()));
  });

  it('gives every missing stress lever its default, and the defaults are the contract\'s', () => {
    expect(DEFAULT_STRESS).toEqual({
      priceChange: 0,
      trafficChange: -0.4,
      growthRateAdd: -0.02,
      conversionChange: -0.3,
      refundRateAdd: 0.05,
      supportChange: 0.5,
      churnRateAdd: 0.03,
      upkeepChange: 0.25,
      buildOverrun: 0.5,
    });
    const a = idea({ price: 20, monthlyVisitors: 1000, conversionRate: 0.02, upfrontHours: 10, hourlyRate: 30 });
    expect(underwrite(a, {})).toEqual(underwrite(a, DEFAULT_STRESS));
    expect(underwrite(a, { trafficChange: -0.1 }).stress).toEqual(underwrite(a, { ...DEFAULT_STRESS, trafficChange: -0.1 }).stress);
  });

  it('reads exclusive bounds and whole numbers from the schema', () => {
    expect(ASSUMPTION_RANGES.visitorGrowthRate).toMatchObject({ min: -1, minInclusive: false, max: 1, maxInclusive: true });
    expect(ASSUMPTION_RANGES.horizonMonths).toMatchObject({ min: 1, max: 120, integer: true });
    expect(NUMERIC_KEYS).toHaveLength(19);
  });
});

describe('invalid input', () => {
  it('throws InvalidAssumptionsError naming the field, with zod issues', () => {
    fc.assert(
      fc.property(singleBadField, ({ key, input }) => {
        let error: unknown;
        try {
          underwrite(input as Assumptions);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InvalidAssumptionsError);
        const { field, issues, message } = error as InvalidAssumptionsError;
        expect(field).toBe(key);
        expect(issues[0]?.path).toEqual([key]);
        expect(message).toContain(issues[0]?.message);
      }),
      { numRuns: 500 },
    );
  });

  it('names a bad stress profile field with a stress. prefix', () => {
    expect(() => underwrite(idea(), { ...DEFAULT_STRESS, trafficChange: 7 })).toThrow(
      expect.objectContaining({ name: 'InvalidAssumptionsError', field: 'stress.trafficChange' }),
    );
  });

  it('refuses every lever pushed the favourable way, or past its worst end', () => {
    const favourable: [string, number][] = [
      ['priceChange', 0.1],
      ['priceChange', -0.95],
      ['trafficChange', 0.01],
      ['growthRateAdd', 0.01],
      ['conversionChange', 0.3],
      ['refundRateAdd', -0.01],
      ['supportChange', -0.5],
      ['churnRateAdd', -0.01],
      ['upkeepChange', -0.1],
      ['buildOverrun', -0.1],
      ['buildOverrun', 5.01],
    ];
    for (const [lever, value] of favourable) {
      expect(() => underwrite(idea(), { [lever]: value }), `${lever} ${value}`).toThrow(
        expect.objectContaining({ name: 'InvalidAssumptionsError', field: `stress.${lever}` }),
      );
    }
  });

  it('names the whole value when it is not an object', () => {
    expect(() => underwrite(null as unknown as Assumptions)).toThrow(expect.objectContaining({ field: 'assumptions' }));
    expect(() => underwrite(idea(), 'harsh' as never)).toThrow(expect.objectContaining({ field: 'stress' }));
  });

  it('is refused by every public function', () => {
    const bad = { ...idea(), price: -5 };
    const expected = expect.objectContaining({ field: 'price' });
    expect(() => runScenario(bad)).toThrow(expected);
    expect(() => applyStress(bad)).toThrow(expected);
    expect(() => unitMargin(bad)).toThrow(expected);
    expect(() => sensitivity(bad)).toThrow(expected);
    expect(() => breakEven(bad, 'price')).toThrow(expected);
  });
});
