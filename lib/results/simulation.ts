import type { Ranges } from '@/lib/underwrite';

/**
 * One seed and one trial count for every simulation the app shows: the
 * server's first paint, the browser's worker and the list of ideas then
 * agree to the last digit (the uncertainty contract: the same seed gives
 * the same result).
 */
export const SIMULATION = { trials: 10_000, seed: 1 } as const;

/** Whether an idea has any range to simulate; without one there is no uncertainty to show. */
export const hasRanges = (ranges: Ranges): boolean => Object.keys(ranges).length > 0;
