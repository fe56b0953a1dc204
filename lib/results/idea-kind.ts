import { PRODUCT_TYPE_INFO, type ProductType } from '@/lib/ideas/product-types';
import type { PricingModel } from '@/lib/underwrite';
import { PRICING_MODEL_LABELS } from './labels';

/**
 * What kind of product it is, as a list row or a page header says it:
 * "Template · one-time sale". Apart from labels.ts, which the idea page's
 * browser code reads: the product types' table need not come with it.
 */
export function ideaKind(idea: { productType: ProductType; pricingModel: PricingModel }): string {
  return `${PRODUCT_TYPE_INFO[idea.productType].label} · ${PRICING_MODEL_LABELS[idea.pricingModel].toLowerCase()}`;
}
