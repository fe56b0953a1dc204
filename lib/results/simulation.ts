import type { Assumptions, Ranges, SimulationResult } from '@/lib/underwrite';
import { chanceOfPayback, simulate } from '@/lib/underwrite/simulate';

/**
 * One seed and one trial count for every simulation the app shows: the
 * server's first paint, the browser's worker and the list of ideas then
 * agree to the last digit (the uncertainty contract: the same seed gives
 * the same result).
 */
export const SIMULATION = { trials: 10_000, seed: 1 } as const;

/** Whether an idea has any range to simulate; without one there is no uncertainty to show. */
export const hasRanges = (ranges: Ranges): boolean => Object.keys(ranges).length > 0;

/*
 * simulate() is pure and costs milliseconds, and an idea's numbers change
 * only when it is saved: the same input is answered from memory, so a
 * page viewed again, or the list after the idea page, does not run 10,000
 * trials again. Small and bounded (oldest out first); keys are the input
 * itself, so a save can never be answered with an old result.
 */

/** A bounded memory of computed values: the least recently used goes first. */
export function memory<T>(limit: number) {
  const cache = new Map<string, T>();
  return {
    peek: (key: string): T | undefined => cache.get(key),
    remember(key: string, compute: () => T): T {
      const known = cache.get(key);
      if (known !== undefined) {
        // Refresh its place, so the ideas in use stay.
        cache.delete(key);
        cache.set(key, known);
        return known;
      }
      const value = compute();
      cache.set(key, value);
      if (cache.size > limit) cache.delete(cache.keys().next().value!);
      return value;
    },
  };
}

const results = memory<SimulationResult>(256);
const chances = memory<number>(256);

const keyOf = (assumptions: Assumptions, ranges: Ranges) => JSON.stringify([assumptions, ranges]);

/** The idea's simulation with the app's seed and trials; null without ranges. */
export function simulateIdea(assumptions: Assumptions, ranges: Ranges): SimulationResult | null {
  if (!hasRanges(ranges)) return null;
  return results.remember(keyOf(assumptions, ranges), () => simulate(assumptions, ranges, SIMULATION));
}

/** Its chance of payback alone (the list): from a full simulation already in memory, else the trial loop only. */
export function chanceOfIdea(assumptions: Assumptions, ranges: Ranges): number | null {
  if (!hasRanges(ranges)) return null;
  const key = keyOf(assumptions, ranges);
  const full = results.peek(key);
  if (full) return full.probabilityPayback;
  return chances.remember(key, () => chanceOfPayback(assumptions, ranges, SIMULATION));
}
