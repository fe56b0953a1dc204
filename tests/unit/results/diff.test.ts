import { describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { describeChanges } from '@/lib/results/diff';

const saved = DEMO_IDEAS[0]!.input;

describe('what changed between the saved idea and the founder’s values', () => {
  it('lists only the fields that differ, in words and units', () => {
    const yours = { ...saved, name: 'Renamed', price: 49, conversionRate: 0.03, pricingModel: 'subscription' as const };
    expect(describeChanges(saved, yours)).toEqual([
      { field: 'name', label: 'Name', saved: saved.name, yours: 'Renamed' },
      { field: 'pricingModel', label: 'Pricing', saved: 'One-time sale', yours: 'Subscription' },
      { field: 'price', label: 'Price', saved: '$39.00 per sale', yours: '$49.00 / month' },
      { field: 'conversionRate', label: 'Conversion rate', saved: '2.5 % of visitors', yours: '3 % of visitors' },
      // The same minutes mean something else: once per sale, or every month per subscriber.
      { field: 'supportMinutesPerCustomer', label: 'Support time per subscriber per month', saved: '5 min per sale', yours: '5 min / subscriber / month' },
    ]);
  });

  it('names a changed service package and the hours the founder can give', () => {
    const yours = { ...saved, servicePackageRate: 0.08, servicePackagePrice: 150, availableHoursPerMonth: 25 };
    expect(describeChanges(saved, yours)).toEqual([
      { field: 'availableHoursPerMonth', label: 'Hours you can give it a month', saved: '40 hours / month', yours: '25 hours / month' },
      { field: 'servicePackageRate', label: 'Buyers who add it', saved: '0 % of new customers', yours: '8 % of new customers' },
      { field: 'servicePackagePrice', label: 'Package price', saved: '$0.00 per package', yours: '$150.00 per package' },
    ]);
  });

  it('finds nothing when only invisible float noise differs', () => {
    expect(describeChanges(saved, { ...saved, conversionRate: saved.conversionRate + 1e-12 })).toEqual([]);
  });

  it('names a range that was added, moved or removed', () => {
    const yours = {
      ...saved,
      ranges: { ...saved.ranges, conversionRate: { low: 0.01, high: 0.035 }, upfrontHours: undefined, price: { low: 35, high: 45 } },
    };
    expect(describeChanges(saved, yours)).toEqual([
      { field: 'priceRange', label: 'Price: 90 % range', saved: 'no range', yours: '$35.00 per sale to $45.00 per sale' },
      { field: 'conversionRateRange', label: 'Conversion rate: 90 % range', saved: '1.5 % of visitors to 3.5 % of visitors', yours: '1 % of visitors to 3.5 % of visitors' },
      { field: 'upfrontHoursRange', label: 'Build time: 90 % range', saved: '35 hours to 70 hours', yours: 'no range' },
    ]);
  });
});
