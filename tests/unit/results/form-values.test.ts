import { describe, expect, it } from 'vitest';
import { FIELD_GROUPS } from '@/lib/ideas/fields';
import { defaultFormValues, groupInUse, groupSummary, toFormValues } from '@/lib/results/form-values';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

const servicePackage = FIELD_GROUPS.find((g) => g.key === 'servicePackage')!;

describe('the worksheet’s optional service package group', () => {
  it('is the one optional group, holding the three package fields', () => {
    expect(FIELD_GROUPS.filter((g) => g.optional)).toEqual([servicePackage]);
    expect(servicePackage.fields.map((f) => f.key)).toEqual(['servicePackageRate', 'servicePackagePrice', 'servicePackageHours']);
  });

  it('is unused while every field is 0 or blank, and in use once any is set or unreadable', () => {
    const none = defaultFormValues('course');
    expect(groupInUse(servicePackage, none)).toBe(false);
    expect(groupInUse(servicePackage, { ...none, servicePackageRate: '', servicePackagePrice: '0.00' })).toBe(false);
    expect(groupInUse(servicePackage, { ...none, servicePackageHours: '2' })).toBe(true);
    expect(groupInUse(servicePackage, { ...none, servicePackagePrice: 'lots' })).toBe(true);
    expect(groupInUse(servicePackage, toFormValues(DEMO_IDEAS[1]!.input))).toBe(true);
  });

  it('sums itself up in a line while folded', () => {
    const none = defaultFormValues('course');
    expect(groupSummary(servicePackage, none, 'one_time')).toBe('Not used.');
    expect(groupSummary(servicePackage, toFormValues(DEMO_IDEAS[1]!.input), 'one_time')).toBe(
      '8 % of new customers · $150.00 per package · 1.5 hours per package',
    );
    expect(groupSummary(servicePackage, { ...none, servicePackageRate: '5', servicePackagePrice: 'lots', servicePackageHours: '' }, 'one_time')).toBe(
      '5 % of new customers · Package price: not a number · Hours to deliver one: blank',
    );
  });
});
