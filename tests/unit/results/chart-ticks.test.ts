import { describe, expect, it } from 'vitest';
import { monthTicks, niceTicks, ticksThatFit } from '@/lib/results/chart-series';

describe('the hand-drawn plots’ ticks', () => {
  it('niceTicks spans the data and zero on round steps', () => {
    expect(niceTicks(-4200, 13_500)).toEqual([-5000, 0, 5000, 10_000, 15_000]);
    expect(niceTicks(1200, 9800)).toEqual([0, 2500, 5000, 7500, 10_000]);
    expect(niceTicks(-9000, -1000)).toEqual([-10_000, -7500, -5000, -2500, 0]);
    expect(niceTicks(0, 0)).toEqual([-1, 0, 1]);
  });

  it('niceTicks always holds the data, whatever its size', () => {
    for (const [min, max] of [[-3, 7], [0.2, 0.9], [-1e40, 3e41], [12_345, 67_890]] as const) {
      const ticks = niceTicks(min, max);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(min, 0));
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(max, 0));
      expect(ticks).toContain(0);
      expect(ticks.length).toBeLessThanOrEqual(9);
    }
  });

  it('ticksThatFit keeps every tick on a wide plot and thins them on a narrow one, keeping both ends', () => {
    const ticks = monthTicks(24, 0);
    expect(ticksThatFit(ticks, 900, 60)).toEqual(ticks);
    const narrow = ticksThatFit(ticks, 200, 60);
    expect(narrow[0]).toBe(0);
    expect(narrow.at(-1)).toBe(24);
    expect(narrow.length).toBeLessThan(ticks.length);
    for (let i = 1; i < narrow.length; i++) expect(((narrow[i]! - narrow[i - 1]!) / 24) * 200).toBeGreaterThanOrEqual(60);
  });
});
