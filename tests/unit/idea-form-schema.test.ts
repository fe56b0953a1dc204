import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toFormValues } from '@/lib/results/form-values';
import { FIELDS, toInputValue } from '@/lib/ideas/fields';
import { defaultAssumptions, PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { assumptionsOf, NAME_MAX, TEXT_MAX, type Idea } from '@/lib/ideas/schema';
import { ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { assumptionsSchema, DEFAULT_STRESS } from '@/lib/underwrite/schema';

const valid = () => toFormValues({ name: 'Pack', productType: 'template', problem: '', audience: '', ...defaultAssumptions('template'), ranges: {} });
const errorsFor = (values: Record<string, unknown>) => {
  const parsed = ideaFormSchema.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('worksheet schema', () => {
  it('reads percent fields as percentages and stores fractions', () => {
    const parsed = ideaFormSchema.parse({ ...valid(), conversionRate: '2.5', refundRate: '3%', price: '$1,299.50' });
    expect(parsed.conversionRate).toBeCloseTo(0.025, 12);
    expect(parsed.refundRate).toBeCloseTo(0.03, 12);
    expect(parsed.price).toBe(1299.5);
  });

  it('round-trips every product type’s defaults through the form unchanged', () => {
    for (const type of PRODUCT_TYPES) {
      const assumptions = defaultAssumptions(type);
      const parsed = ideaFormSchema.parse(toFormValues({ name: type, productType: type, problem: '', audience: '', ...assumptions, ranges: {} }));
      for (const key of Object.keys(assumptions) as (keyof typeof assumptions)[]) {
        if (typeof assumptions[key] === 'number') expect(parsed[key], `${type}.${key}`).toBeCloseTo(assumptions[key] as number, 10);
        else expect(parsed[key]).toBe(assumptions[key]);
      }
    }
  });

  it('explains each kind of bad input in words, per field', () => {
    const errors = errorsFor({
      ...valid(),
      name: '   ',
      productType: 'spaceship',
      price: 'twenty',
      monthlyVisitors: '-5',
      conversionRate: '150',
      refundRate: '',
      visitorGrowthRate: '-100',
      horizonMonths: '121',
      upfrontHours: '1e400',
    });
    expect(errors.name).toEqual(['Give the idea a name.']);
    expect(errors.productType).toEqual(['Choose a product type.']);
    expect(errors.price).toEqual(['Price must be a number.']);
    expect(errors.monthlyVisitors).toEqual(['Monthly visitors cannot be negative.']);
    expect(errors.conversionRate).toEqual(['Conversion rate must be between 0 % and 100 %.']);
    expect(errors.refundRate).toEqual(['Refund rate is required.']);
    expect(errors.visitorGrowthRate).toEqual(['Visitor growth must be above -100 % a month.']);
    expect(errors.horizonMonths).toEqual(['Horizon must be between 1 and 120 months.']);
    expect(errors.upfrontHours?.[0]).toMatch(/must be a number/);
  });

  it('caps the name and notes', () => {
    const errors = errorsFor({ ...valid(), name: 'x'.repeat(NAME_MAX + 1), problem: 'y'.repeat(TEXT_MAX + 1) });
    expect(errors.name?.[0]).toMatch(/under 120 characters/);
    expect(errors.problem?.[0]).toMatch(/under 2,000 characters/);
    expect(errorsFor({ ...valid(), name: 'x'.repeat(NAME_MAX) }).name).toBeUndefined();
  });

  it('requires a whole number of months', () => {
    expect(errorsFor({ ...valid(), horizonMonths: '12.5' }).horizonMonths).toEqual(['Horizon must be a whole number of months.']);
  });

  it('shows stored fractions as clean percentages', () => {
    expect(toInputValue('percent', 0.023)).toBe('2.3');
    expect(toInputValue('percent', 0.07)).toBe('7');
    expect(toInputValue('money', 0.3)).toBe('0.3');
    expect(FIELDS.filter((f) => f.unit === 'percent').map((f) => f.key)).toEqual([
      'visitorGrowthRate',
      'conversionRate',
      'churnRate',
      'refundRate',
      'feeRate',
      'servicePackageRate',
    ]);
  });

  it('has a worksheet field for every assumption the engine takes, so a save never drops one', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(['pricingModel', ...keys].sort()).toEqual(Object.keys(assumptionsSchema.shape).sort());
  });

  it('reads the service package and the founder’s hours, the take-up as a percentage', () => {
    const parsed = ideaFormSchema.parse({
      ...valid(),
      servicePackageRate: '8',
      servicePackagePrice: '$1,150',
      servicePackageHours: '1.5',
      availableHoursPerMonth: '25',
    });
    expect(parsed.servicePackageRate).toBeCloseTo(0.08, 12);
    expect(parsed).toMatchObject({ servicePackagePrice: 1150, servicePackageHours: 1.5, availableHoursPerMonth: 25 });
  });

  it('takes the contract’s defaults for a blank service package and blank hours', () => {
    const parsed = ideaFormSchema.parse({ ...valid(), servicePackageRate: '', servicePackagePrice: ' ', servicePackageHours: '', availableHoursPerMonth: '' });
    expect(parsed).toMatchObject({ servicePackageRate: 0, servicePackagePrice: 0, servicePackageHours: 0, availableHoursPerMonth: 40 });
  });

  it('explains a bad service package or more hours than a month has, per field', () => {
    const errors = errorsFor({ ...valid(), servicePackageRate: '120', servicePackagePrice: '-1', servicePackageHours: 'two', availableHoursPerMonth: '745' });
    expect(errors.servicePackageRate).toEqual(['Service package take-up must be between 0 % and 100 %.']);
    expect(errors.servicePackagePrice).toEqual(['Service package price cannot be negative.']);
    expect(errors.servicePackageHours).toEqual(['Hours per service package must be a number.']);
    expect(errors.availableHoursPerMonth).toEqual(['Hours you can give it must be at most 744 hours a month.']);
    expect(errorsFor({ ...valid(), availableHoursPerMonth: '744' }).availableHoursPerMonth).toBeUndefined();
  });

  it('projects an idea onto exactly the engine’s assumptions, whatever else the idea carries', () => {
    const worksheet = ideaFormSchema.parse(valid());
    const idea: Idea = {
      ...worksheet,
      id: '00000000-0000-4000-8000-000000000000',
      version: 3,
      createdAt: new Date(0),
      updatedAt: new Date(0),
      stress: DEFAULT_STRESS,
      evidence: {},
      checklist: [],
      buildTests: [],
    };
    const assumptions = assumptionsOf(idea);
    expect(Object.keys(assumptions).sort()).toEqual(Object.keys(assumptionsSchema.shape).sort());
    expect(assumptionsSchema.parse(assumptions)).toEqual(assumptions);
    expect(assumptions).toEqual(defaultAssumptions('template'));
  });
});
