import type { PricingModel } from '@/lib/underwrite/schema';

/*
 * A field's words for a pricing model, on their own: the idea page's
 * browser code formats values with them, and needs none of the worksheet's
 * field table (lib/ideas/fields.ts) to do it.
 */

/**
 * Words for a field: the same for both pricing models, or one text each
 * (support is counted once per sale, but every month for a subscriber).
 */
export type Words = string | Readonly<Record<PricingModel, string>>;

/** A field's words for the idea's pricing model. */
export const inModel = (words: Words, model: PricingModel): string => (typeof words === 'string' ? words : words[model]);
