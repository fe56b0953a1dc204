/*
 * The words the app uses for the engine's categories, written once: the
 * pricing models, what a per-customer figure is per, and the verdicts.
 */
import { PRODUCT_TYPE_INFO, type ProductType } from '@/lib/ideas/product-types';
import type { PricingModel, VerdictLevel } from '@/lib/underwrite';

export const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
  one_time: 'One-time sale',
  subscription: 'Subscription',
};

/** Said next to an input that only subscriptions use (churn), when the idea is a one-time sale. */
export const IGNORED_FOR_ONE_TIME = 'Ignored for one-time sales.';

/** What kind of product it is, as a list row or a page header says it: "Template · one-time sale". */
export function ideaKind(idea: { productType: ProductType; pricingModel: PricingModel }): string {
  return `${PRODUCT_TYPE_INFO[idea.productType].label} · ${PRICING_MODEL_LABELS[idea.pricingModel].toLowerCase()}`;
}

/** What a per-customer figure (unit margin, the per-sale chart) is per: a subscriber pays every month. */
export function perUnit(model: PricingModel): string {
  return model === 'subscription' ? 'per paying customer per month' : 'per sale';
}

/** A verdict in a word and an icon as well as a colour, and what it means. */
export const VERDICT_LABELS: Record<VerdictLevel, { word: string; icon: string; summary: string }> = {
  robust: { word: 'Robust', icon: '✓', summary: 'It pays back in the base case and still pays back when things go wrong.' },
  fragile: { word: 'Fragile', icon: '!', summary: 'It pays back only if things go to plan: the stress case does not.' },
  fail: { word: 'Fail', icon: '✕', summary: 'Even the base case does not pay back within the horizon.' },
};
