import { FIELDS, inModel, toInputValue, type FieldGroup } from '@/lib/ideas/fields';
import { defaultAssumptions, type ProductType } from '@/lib/ideas/product-types';
import { parseFormNumber, type IdeaInput } from '@/lib/ideas/schema';
import type { PricingModel } from '@/lib/underwrite/schema';
import { formatFieldValue } from './format';

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

/** Whether a group holds anything but 0 or blanks (text that is no number counts: it needs fixing). */
export function groupInUse(group: FieldGroup, values: FormValues): boolean {
  return group.fields.some((field) => {
    const n = parseFormNumber(values[field.key]);
    return n !== undefined && n !== 0;
  });
}

/** An optional group in a line, for when it is folded: "8 % of new customers · $150.00 per package · 1.5 hours per package". */
export function groupSummary(group: FieldGroup, values: FormValues, model: PricingModel): string {
  if (!groupInUse(group, values)) return 'Not used.';
  return group.fields
    .map((field) => {
      const n = parseFormNumber(values[field.key]);
      if (n === undefined) return `${inModel(field.label, model)}: blank`;
      if (Number.isNaN(n)) return `${inModel(field.label, model)}: not a number`;
      return formatFieldValue(field, field.unit === 'percent' ? n / 100 : n, model);
    })
    .join(' · ');
}
