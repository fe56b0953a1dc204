import { describe, expect, it } from 'vitest';
import { describeStressDifferences, stressDifferences } from '@/lib/results/custom-stress';
import { DEFAULT_STRESS } from '@/lib/underwrite';

describe('custom stress', () => {
  it('finds nothing in the default profile', () => {
    expect(stressDifferences({ ...DEFAULT_STRESS }, 'one_time')).toEqual([]);
    expect(stressDifferences({ ...DEFAULT_STRESS }, 'subscription')).toEqual([]);
  });

  it('says what differs, in slider order, in words', () => {
    const differences = stressDifferences({ ...DEFAULT_STRESS, buildOverrun: 0, trafficChange: -0.2 }, 'one_time');
    expect(differences.map((d) => d.key)).toEqual(['trafficChange', 'buildOverrun']);
    expect(describeStressDifferences(differences)).toBe('traffic −20 % instead of −40 %, build overrun 0 % instead of +50 %');
  });

  it('names a harsher lever too, in points for a rate', () => {
    const differences = stressDifferences({ ...DEFAULT_STRESS, refundRateAdd: 0.2, growthRateAdd: -0.025 }, 'one_time');
    expect(describeStressDifferences(differences)).toBe('growth −2.5 pts instead of −2 pts, refunds +20 pts instead of +5 pts');
  });

  it('prints a small difference with the decimals that tell it from the default', () => {
    const differences = stressDifferences({ ...DEFAULT_STRESS, trafficChange: -0.40001 }, 'one_time');
    expect(describeStressDifferences(differences)).toBe('traffic −40.001 % instead of −40 %');
  });

  it('ignores churn for a one-time sale, which churn does not touch, and names it for a subscription', () => {
    const profile = { ...DEFAULT_STRESS, churnRateAdd: 0 };
    expect(stressDifferences(profile, 'one_time')).toEqual([]);
    expect(describeStressDifferences(stressDifferences(profile, 'subscription'))).toBe('churn 0 pts instead of +3 pts');
  });
});
