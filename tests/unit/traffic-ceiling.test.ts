import { describe, expect, it } from 'vitest';
import { FIELDS } from '@/lib/ideas/fields';
import { defaultAssumptions, PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { ideaInputSchema, type IdeaInput } from '@/lib/ideas/schema';
import { growthCap, TRAFFIC_CEILING, trafficIssue, visitorsCap } from '@/lib/ideas/traffic-ceiling';
import { typicalRanges } from '@/lib/ideas/typical-ranges';
import { fieldErrorsOf, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { defaultFormValues, toFormValues, withTypicalRanges } from '@/lib/results/form-values';
import { underwrite } from '@/lib/underwrite';
import { assumptionsOf } from '@/lib/ideas/schema';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { readEditor } from '@/lib/results/range-editor';

const idea = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({
  name: 'Pack',
  productType: 'template',
  problem: '',
  audience: '',
  ...defaultAssumptions('template'),
  ranges: {},
  ...overrides,
});
const errorsFor = (values: Record<string, string>) => {
  const parsed = ideaFormSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};
const lastMonth = (a: { monthlyVisitors: number; visitorGrowthRate: number; horizonMonths: number }) => a.monthlyVisitors * (1 + a.visitorGrowthRate) ** (a.horizonMonths - 1);

describe('the traffic ceiling on compounding growth', () => {
  it('refuses 100 % a month over 120 months, the 47-digit case, and says the most it takes', () => {
    const values = { ...toFormValues(idea({ monthlyVisitors: 1000 })), visitorGrowthRate: '100', horizonMonths: '120' };
    expect(errorsFor(values).visitorGrowthRate).toEqual([
      'With 1,000 visitors in month 1 over 120 months, growth can be at most 12.3 % a month: faster, traffic passes 1 billion visitors a month and the figures stop meaning anything. Lower the growth or shorten the horizon.',
    ]);
    // The figure it quotes is accepted, and just above it is not.
    expect(errorsFor({ ...values, visitorGrowthRate: '12.3' })).toEqual({});
    expect(errorsFor({ ...values, visitorGrowthRate: '12.4' }).visitorGrowthRate).toHaveLength(1);
  });

  it('takes 100 % a month over a short horizon: a launch can double for a while', () => {
    expect(growthCap(1000, 12)).toBe(1);
    expect(errorsFor({ ...toFormValues(idea({ monthlyVisitors: 1000 })), visitorGrowthRate: '100', horizonMonths: '12' })).toEqual({});
  });

  it('keeps every accepted worksheet within the ceiling, and its caps are the largest that are', () => {
    for (const visitors of [1, 50, 1000, 123_456, 100_000_000]) {
      for (const horizonMonths of [2, 24, 60, 120]) {
        const cap = growthCap(visitors, horizonMonths);
        expect(lastMonth({ monthlyVisitors: visitors, visitorGrowthRate: cap, horizonMonths })).toBeLessThanOrEqual(TRAFFIC_CEILING * (1 + 1e-9));
        if (cap < 1) expect(lastMonth({ monthlyVisitors: visitors, visitorGrowthRate: cap + 0.001, horizonMonths })).toBeGreaterThan(TRAFFIC_CEILING);
        expect(trafficIssue({ monthlyVisitors: visitors, visitorGrowthRate: cap, horizonMonths }, {})).toBeNull();
        const most = visitorsCap(cap, horizonMonths);
        expect(lastMonth({ monthlyVisitors: most, visitorGrowthRate: cap, horizonMonths })).toBeLessThanOrEqual(TRAFFIC_CEILING);
      }
    }
    expect(growthCap(0, 120)).toBe(1);
  });

  it('holds the high end of a growth range, or of a visitors range, to the same ceiling', () => {
    const base = idea({ monthlyVisitors: 1000, visitorGrowthRate: 0.1, horizonMonths: 120 });
    const tooFast = ideaInputSchema.safeParse({ ...base, ranges: { visitorGrowthRate: { low: 0, high: 0.5 } } });
    expect(tooFast.success).toBe(false);
    expect(fieldErrorsOf(tooFast.error!).visitorGrowthRateRange).toEqual([
      'High end: with up to 1,000 visitors in month 1 over 120 months, growth can be at most 12.3 % a month (1 billion visitors a month at most).',
    ]);
    const busy = ideaInputSchema.safeParse({ ...base, visitorGrowthRate: 0.12, ranges: { monthlyVisitors: { low: 500, high: 5000 } } });
    expect(fieldErrorsOf(busy.error!).monthlyVisitorsRange?.[0]).toMatch(/^High end: at 12 % growth a month over 120 months, month 1 can have at most [\d,]+ visitors/);
    // Both ranges together: growth's high end is held with the visitors' high end.
    const both = ideaInputSchema.safeParse({ ...base, ranges: { monthlyVisitors: { low: 500, high: 5000 }, visitorGrowthRate: { low: 0, high: 0.12 } } });
    expect(fieldErrorsOf(both.error!).visitorGrowthRateRange?.[0]).toMatch(/^High end: with up to 5,000 visitors/);
  });

  it('leaves the demo ideas, every product type’s defaults and their typical ranges valid', () => {
    for (const demo of DEMO_IDEAS) expect(ideaInputSchema.safeParse(demo.input).success, demo.input.name).toBe(true);
    for (const type of PRODUCT_TYPES) {
      const a = defaultAssumptions(type);
      for (const horizonMonths of [1, 24, 120]) {
        const ranges = typicalRanges(type, { ...a, horizonMonths });
        expect(ideaInputSchema.safeParse(idea({ productType: type, ...a, horizonMonths, ranges })).success, `${type} ${horizonMonths}`).toBe(true);
      }
    }
  });

  it('trims typical ranges to the ceiling, with the ranges already typed', () => {
    // At its cap, growth leaves no room above it: the typical ranges end at the founder's own values.
    const a = { ...defaultAssumptions('template'), monthlyVisitors: 1000, horizonMonths: 120, visitorGrowthRate: growthCap(1000, 120) };
    const ranges = typicalRanges('template', a);
    expect(ideaInputSchema.safeParse(idea({ ...a, ranges })).success).toBe(true);
    expect(lastMonth({ ...a, monthlyVisitors: ranges.monthlyVisitors?.high ?? 0, visitorGrowthRate: ranges.visitorGrowthRate?.high ?? a.visitorGrowthRate })).toBeLessThanOrEqual(TRAFFIC_CEILING * (1 + 1e-9));
    // A visitors range the founder typed lowers the typical growth range's high end.
    const typed = { ...toFormValues(idea({ monthlyVisitors: 1000, visitorGrowthRate: 0.1, horizonMonths: 120 })), monthlyVisitorsLow: '500', monthlyVisitorsHigh: '5000' };
    const filled = withTypicalRanges(typed, ['visitorGrowthRate'])!;
    expect(errorsFor(filled)).toEqual({});
    // A new idea's two traffic ranges, following growth typed up to near its cap (as the form does), stay valid.
    const fresh = { ...defaultFormValues('template'), name: 'New', monthlyVisitors: '1000', horizonMonths: '120', visitorGrowthRate: '12' };
    expect(errorsFor(fresh).visitorGrowthRateRange).toHaveLength(1);
    expect(errorsFor(withTypicalRanges(fresh, ['monthlyVisitors', 'visitorGrowthRate'])!)).toEqual({});
  });

  it('holds the idea page’s range editor to the same ceiling and the same words for a decimal comma', () => {
    const a = { ...defaultAssumptions('template'), monthlyVisitors: 1000, visitorGrowthRate: 0.1, horizonMonths: 120 };
    const fast = readEditor({ visitorGrowthRateLow: '0', visitorGrowthRateHigh: '50' }, a);
    expect(fast.ok ? {} : fast.errors).toEqual({ visitorGrowthRateRange: [expect.stringMatching(/^High end: with up to 1,000 visitors in month 1 over 120 months, growth can be at most 12\.3 % a month/)] });
    const comma = readEditor({ conversionRateLow: '0,5', conversionRateHigh: '3' }, a);
    expect(comma.ok ? {} : comma.errors).toEqual({ conversionRateRange: ['Low end: Use a dot for decimals: 0.5'] });
    expect(readEditor({ visitorGrowthRateLow: '0', visitorGrowthRateHigh: '12.3' }, a).ok).toBe(true);
  });

  it('words the cap in the help of growth and horizon', () => {
    const help = (key: string) => FIELDS.find((f) => f.key === key)!.help;
    expect(help('visitorGrowthRate')).toMatch(/1 billion visitors a month/);
    expect(help('horizonMonths')).toMatch(/lowers the most visitor growth/);
  });

  it('still lets the engine warn of growth above ten times month 1 that the worksheet takes', () => {
    const accepted = ideaInputSchema.parse(idea({ monthlyVisitors: 1000, visitorGrowthRate: 0.12, horizonMonths: 120 }));
    expect(underwrite(assumptionsOf(accepted)).warnings.map((w) => w.code)).toContain('AGGRESSIVE_GROWTH');
  });
});
