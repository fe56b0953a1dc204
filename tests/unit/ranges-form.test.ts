import { describe, expect, it } from 'vitest';
import { defaultAssumptions, PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { assumptionsOf, ideaInputSchema } from '@/lib/ideas/schema';
import { fieldErrorsOf, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { NEW_IDEA_RANGED_FIELDS, typicalRange, typicalRanges } from '@/lib/ideas/typical-ranges';
import { defaultFormValues, toFormValues, withTypicalRanges } from '@/lib/results/form-values';
import { RANGE_FIELDS } from '@/lib/underwrite';
import { simulate } from '@/lib/underwrite/simulate';

/* The founder's ranges as the worksheet takes them: text in, fractions out, and every way a range can be wrong said under its field. */

const valid = () => toFormValues({ name: 'Pack', productType: 'template', problem: '', audience: '', ...defaultAssumptions('template'), ranges: {} });
const errorsFor = (values: Record<string, string>) => {
  const parsed = ideaFormSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('ranges in the worksheet', () => {
  it('reads a percent field’s range in % and a count’s as typed; both blank is no range', () => {
    const parsed = ideaFormSchema.parse({ ...valid(), conversionRateLow: '0.5', conversionRateHigh: '3 %', monthlyVisitorsLow: '1,000', monthlyVisitorsHigh: '2500' });
    expect(parsed.ranges).toEqual({ conversionRate: { low: 0.005, high: 0.03 }, monthlyVisitors: { low: 1000, high: 2500 } });
    expect(ideaFormSchema.parse(valid()).ranges).toEqual({});
  });

  it('asks for both ends when one is blank, under the range’s own key', () => {
    expect(errorsFor({ ...valid(), priceLow: '20', priceHigh: '' })).toEqual({ priceRange: ['Both ends of a range must be numbers.'] });
    expect(errorsFor({ ...valid(), priceLow: 'abc', priceHigh: '40' })).toEqual({ priceRange: ['Both ends of a range must be numbers.'] });
  });

  it('refuses a low end above the high end, and a value outside its range', () => {
    expect(errorsFor({ ...valid(), priceLow: '40', priceHigh: '20' })).toEqual({ priceRange: ['The low end must not be above the high end.'] });
    // The template's price is $29.
    expect(errorsFor({ ...valid(), priceLow: '30', priceHigh: '40' })).toEqual({
      priceRange: ['Your value must lie inside its range: widen the range or change the value.'],
    });
  });

  it('holds each end to its field’s own limits, in the field’s words', () => {
    const errors = errorsFor({ ...valid(), conversionRateLow: '1', conversionRateHigh: '150' });
    expect(errors.conversionRateRange?.[0]).toMatch(/^High end: Conversion rate/);
    expect(errorsFor({ ...valid(), upfrontHoursLow: '-5', upfrontHoursHigh: '100' }).upfrontHoursRange?.[0]).toMatch(/^Low end: Upfront hours/);
  });

  it('refuses a range on a field the contract does not range', () => {
    const parsed = ideaInputSchema.safeParse({ ...ideaFormSchema.parse(valid()), ranges: { hourlyRate: { low: 10, high: 100 } } });
    expect(parsed.success).toBe(false);
  });

  it('accepts a range of one value (low = high) around the value', () => {
    expect(ideaFormSchema.parse({ ...valid(), priceLow: '29', priceHigh: '29' }).ranges).toEqual({ price: { low: 29, high: 29 } });
  });
});

describe('typical ranges', () => {
  it('hold the value, stay inside each field’s limits and pass the schema, for every product type', () => {
    for (const type of PRODUCT_TYPES) {
      const a = defaultAssumptions(type);
      const ranges = typicalRanges(type, a);
      for (const field of RANGE_FIELDS) {
        const range = ranges[field];
        if (!range) continue;
        expect(range.low, `${type}.${field}`).toBeLessThanOrEqual(a[field]);
        expect(range.high, `${type}.${field}`).toBeGreaterThanOrEqual(a[field]);
        expect(range.low, `${type}.${field}`).toBeLessThan(range.high);
      }
      const idea = ideaInputSchema.parse({ name: type, productType: type, problem: '', audience: '', ...a, ranges });
      // And the engine takes them.
      expect(simulate(assumptionsOf(idea), idea.ranges, { trials: 200 }).trials).toBe(200);
    }
  });

  it('widen to hold a value outside the type’s usual band', () => {
    const a = { ...defaultAssumptions('template'), conversionRate: 0.08 };
    expect(typicalRange('template', 'conversionRate', a)).toEqual({ low: 0.005, high: 0.08 });
  });

  it('leave out what a range would not change: churn of a one-time sale, a cost of 0', () => {
    const a = defaultAssumptions('template');
    expect(typicalRange('template', 'churnRate', a)).toBeNull();
    expect(typicalRange('template', 'adSpendPerMonth', a)).toBeNull();
    expect(typicalRange('software', 'churnRate', defaultAssumptions('software'))).toEqual({ low: 0.036, high: 0.108 });
  });

  it('start a new idea with ranges on traffic, growth and conversion, which the form parses back', () => {
    for (const type of PRODUCT_TYPES) {
      const parsed = ideaFormSchema.parse({ ...defaultFormValues(type), name: 'New' });
      expect(Object.keys(parsed.ranges).sort(), type).toEqual([...NEW_IDEA_RANGED_FIELDS].sort());
    }
  });

  it('“use typical ranges” fills only the inputs without a range, and waits for valid values', () => {
    const values = { ...valid(), conversionRateLow: '1', conversionRateHigh: '2.5' };
    const filled = withTypicalRanges(values)!;
    expect(filled.conversionRateLow).toBe('1');
    expect(filled.conversionRateHigh).toBe('2.5');
    expect(filled.upfrontHoursLow).toBe('72');
    expect(filled.upfrontHoursHigh).toBe('160');
    expect(filled.adSpendPerMonthLow).toBe('');
    expect(ideaFormSchema.safeParse(filled).success).toBe(true);
    expect(withTypicalRanges({ ...values, price: 'lots' })).toBeNull();
  });
});
