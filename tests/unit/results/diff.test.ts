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
    ]);
  });

  it('finds nothing when only invisible float noise differs', () => {
    expect(describeChanges(saved, { ...saved, conversionRate: saved.conversionRate + 1e-12 })).toEqual([]);
  });
});
