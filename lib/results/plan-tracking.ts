/*
 * Where reality is tracking, in words: each figure's standing against the
 * base and stress cases, and the sentence that says it.
 */
import type { ActualRate } from './actual-rates';
import type { MetricView, Standing, Tracking } from './plan-vs-actual';
import { daysText, rate, weeksText } from './plan-vs-actual-view';

/** Within this share of the plan, reality is "on plan". */
export const ON_PLAN = 0.05;

/** How reality stands against the plan, for a figure where more is better (`higher`) or worse. */
export function standingOf(actual: number, base: number, stress: number, better: 'higher' | 'lower'): Standing {
  if (Math.abs(actual - base) <= ON_PLAN * Math.abs(base)) return 'on-plan';
  const sign = better === 'higher' ? 1 : -1;
  if (sign * (actual - base) > 0) return 'better';
  if (sign * (stress - base) >= 0) return 'off-plan';
  return sign * (actual - stress) >= 0 ? 'between' : 'worse';
}

function standingWords(standing: Standing, better: 'higher' | 'lower', stressText: string): string {
  switch (standing) {
    case 'on-plan':
      return 'on plan';
    case 'better':
      return better === 'higher' ? 'above plan' : 'better than plan';
    case 'between':
      return better === 'higher' ? `below plan, but above your stress case (${stressText})` : `above plan, but within your stress case (${stressText})`;
    case 'worse':
      return better === 'higher' ? `below your stress case (${stressText})` : `above your stress case (${stressText})`;
    case 'off-plan':
      return better === 'higher' ? 'below plan' : 'above plan';
  }
}

export function rateSentence(
  key: 'conversion' | 'refunds',
  actual: ActualRate,
  base: number,
  stress: number,
  words: { label: string; of: string; basis: string },
): Tracking | null {
  if (actual.value === null) return null;
  const better = key === 'conversion' ? 'higher' : 'lower';
  const standing = standingOf(actual.value, base, stress, better);
  return {
    key,
    standing,
    text: `${words.label} so far ${rate(actual.value)}${words.of} vs ${rate(base)} planned: ${standingWords(standing, better, rate(stress))}.`,
    basis: `${words.basis}, ${weeksText(actual.weeks)}${actual.measured ? '' : ' (one week is not yet a measurement)'}`,
  };
}

export function volumeSentence(key: 'traffic' | 'hours', view: MetricView | undefined, format: (n: number) => string, label: string, better: 'higher' | 'lower'): Tracking | null {
  const soFar = view?.soFar;
  if (!soFar) return null;
  const standing = standingOf(soFar.actual, soFar.base, soFar.stress, better);
  return {
    key,
    standing,
    text: `${label} so far ${format(soFar.actual)} vs ${format(soFar.base)} planned for the same days: ${standingWords(standing, better, format(soFar.stress))}.`,
    basis: `${daysText(soFar.days)} logged`,
  };
}

