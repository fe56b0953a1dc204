import { DEFAULT_STRESS, type PricingModel, type StressKey, type StressProfile } from '@/lib/underwrite';
import { formatStress, STRESS_CONTROLS } from './stress-controls';

/** One lever set away from the contract's default, as the founder reads it. */
export type StressDifference = { key: StressKey; label: string; value: string; standard: string };

// The columns keep eight decimals of a fraction: six of a percent.
const MAX_DIGITS = 6;

/**
 * The levers of a stress profile that differ from DEFAULT_STRESS, in slider
 * order, each printed with just enough decimals to tell it from the default
 * (−40.5 % against −40 %, never "−40 % instead of −40 %"). A lever the
 * pricing model ignores (churn for a one-time sale) changes no number, so
 * it is not a difference.
 */
export function stressDifferences(profile: StressProfile, model: PricingModel): StressDifference[] {
  return STRESS_CONTROLS.flatMap((control) => {
    if (control.subscriptionOnly && model === 'one_time') return [];
    for (let digits = 1; digits <= MAX_DIGITS; digits++) {
      const value = formatStress(control, profile[control.key], digits);
      const standard = formatStress(control, DEFAULT_STRESS[control.key], digits);
      if (value !== standard) return [{ key: control.key, label: control.label.toLowerCase(), value, standard }];
    }
    return [];
  });
}

/** "traffic −20 % instead of −40 %, build overrun 0 % instead of +50 %". */
export const describeStressDifferences = (differences: StressDifference[]): string =>
  differences.map((d) => `${d.label} ${d.value} instead of ${d.standard}`).join(', ');
