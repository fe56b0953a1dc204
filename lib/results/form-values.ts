import { FIELDS, toInputValue } from '@/lib/ideas/fields';
import { defaultAssumptions, type ProductType } from '@/lib/ideas/product-types';
import type { IdeaInput } from '@/lib/ideas/schema';

/** The worksheet's text for each field, as the form shows it (percent fields in %). */
export type FormValues = Record<string, string>;

export function toFormValues(idea: IdeaInput): FormValues {
  const values: FormValues = {
    name: idea.name,
    productType: idea.productType,
    problem: idea.problem,
    audience: idea.audience,
    pricingModel: idea.pricingModel,
  };
  for (const field of FIELDS) values[field.key] = toInputValue(field.unit, idea[field.key]);
  return values;
}

/** A blank worksheet with a product type's typical numbers. */
export function defaultFormValues(type: ProductType): FormValues {
  return toFormValues({ name: '', productType: type, problem: '', audience: '', ...defaultAssumptions(type) });
}
