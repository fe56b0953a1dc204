/*
 * The words the app uses for the engine's categories, written once: the
 * pricing models, what a per-customer figure is per, the verdicts, and the
 * build-it-once gate shown over them.
 */
import type { BuildGate } from '@/lib/ideas/checklist';
import type { FieldUnit } from '@/lib/ideas/fields';
import type { PricingModel, VerdictLevel } from '@/lib/underwrite';

export const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
  one_time: 'One-time sale',
  subscription: 'Subscription',
};

/** Said next to an input that only subscriptions use (churn), when the idea is a one-time sale. */
export const IGNORED_FOR_ONE_TIME = 'Ignored for one-time sales.';

/** What a per-customer figure (unit margin, the per-sale chart) is per: a subscriber pays every month. */
export function perUnit(model: PricingModel): string {
  return model === 'subscription' ? 'per paying customer per month' : 'per sale';
}

/** A verdict in a word and an icon as well as a colour, and what it means ("pays back" is "ends in the black for good"). */
export const VERDICT_LABELS: Record<VerdictLevel, { word: string; icon: string; summary: string }> = {
  robust: { word: 'Robust', icon: '✓', summary: 'It ends in the black in the base case, and still does when things go wrong.' },
  fragile: { word: 'Fragile', icon: '!', summary: 'It ends in the black only if things go to plan: the stress case does not.' },
  fail: { word: 'Fail', icon: '✕', summary: 'Even the base case does not end in the black within the horizon, or it sells nothing.' },
};

/** Seed 001's rule, in its own words. */
export const FIRST_TEST_RULE = 'If an idea fails the first test, stop.';

/**
 * The build-it-once gate over the verdict: a word and an icon, what brought
 * it on, and what the founder should do. The engine's verdict stays beneath it.
 */
export const GATE_LABELS: Record<BuildGate, { word: string; icon: string; why: string; then: string }> = {
  stop: {
    word: 'Stop',
    icon: '■',
    why: 'You answered no to proven demand, the first build-it-once test: your audience has not asked for it or bought anything like it.',
    then: 'Building an asset nobody asked for is the most expensive mistake.',
  },
  unproven: {
    word: 'Unproven',
    icon: '?',
    why: 'The 30 days of the checklist are over and proven demand, the first build-it-once test, is still not known.',
    then: 'Find out whether your audience has asked for it or bought something like it before you invest the up-front hours.',
  },
};

/** The short unit after a range's ends ("0.5 to 3 %"); a money field's "$" is already beside its value. */
export const RANGE_UNIT: Record<FieldUnit, string> = {
  money: '',
  percent: '%',
  count: '',
  minutes: 'min',
  hours: 'h',
  months: 'months',
};

/** What a range means, said once next to the worksheet's ranges. */
export const RANGE_MEANING =
  'A range says how sure you are: you would bet 9 to 1 the real figure lands between its ends. The Uncertainty section runs 10,000 futures drawn from your ranges.';

/** The three percentiles of the Uncertainty section, as a founder reads them. */
export type PercentileKey = 'p10' | 'p50' | 'p90';

/** The net result's spread: worse, typical, better. */
export const NET_RESULT_WORDS: Record<PercentileKey, string> = {
  p10: '1 in 10 worse than',
  p50: 'Median: as likely above as below',
  p90: '1 in 10 better than',
};

/** When the simulated futures are in the black for good, fastest first. */
export const PAYBACK_WORDS: Record<PercentileKey, string> = {
  p10: 'The fastest 1 in 10 pay back by',
  p50: 'Half pay back by',
  p90: '9 in 10 pay back by',
};

/** What a driver's sign means for the founder. */
export function driverDirection(correlation: number): string {
  if (correlation > 0) return 'higher is better';
  if (correlation < 0) return 'higher is worse';
  return 'no clear link';
}

/** What a range is, for a founder who has not given one yet. */
export const RANGES_EXPLAINED =
  'A range is how sure you are of a guessed number: instead of one conversion rate, “I’m 90 % sure it is between 0.5 % and 2 %”.';
