import type { VerdictLevel } from '@/lib/underwrite';

/*
 * The calibrated case's rule for the verdict card (lib/results/calibrated.ts
 * makes the case): in a module of its own, as the card is browser code and
 * the case's derivation, with its field tables, need not come with it.
 */

/** Which verdict the page stands by: the calibrated case's where there is one, since it replaces guesses with measurements. */
export function verdictThatCounts(base: VerdictLevel, calibrated: VerdictLevel | null): { level: VerdictLevel; overruled: boolean } {
  if (calibrated === null) return { level: base, overruled: false };
  return { level: calibrated, overruled: calibrated !== base };
}
