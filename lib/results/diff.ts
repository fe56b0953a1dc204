import { FIELDS, inModel } from '@/lib/ideas/fields';
import { PRODUCT_TYPE_INFO } from '@/lib/ideas/product-types';
import { assumptionsOf, type IdeaInput } from '@/lib/ideas/schema';
import { RANGE_FIELDS, type RangeField } from '@/lib/underwrite/ranges';
import type { PricingModel } from '@/lib/underwrite/schema';
import { EVIDENCE_FIELDS } from '@/lib/ideas/evidence';
import { evidenceFieldLabel, evidenceWords } from './evidence';
import { formatFieldValue } from './format';
import { PRICING_MODEL_LABELS } from './labels';

const RANGED: ReadonlySet<string> = new Set(RANGE_FIELDS);

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text || '(empty)');

/**
 * The fields where the saved idea and the founder's values differ, in words
 * and units, for the "changed elsewhere" message of a refused save.
 */
export function describeChanges(saved: IdeaInput, yours: IdeaInput): { field: string; label: string; saved: string; yours: string }[] {
  const changes: { field: string; label: string; saved: string; yours: string }[] = [];
  const text = (field: 'name' | 'problem' | 'audience', label: string) => {
    if (saved[field] !== yours[field]) changes.push({ field, label, saved: short(saved[field]), yours: short(yours[field]) });
  };
  text('name', 'Name');
  if (saved.productType !== yours.productType) {
    changes.push({
      field: 'productType',
      label: 'Product type',
      saved: PRODUCT_TYPE_INFO[saved.productType].label,
      yours: PRODUCT_TYPE_INFO[yours.productType].label,
    });
  }
  text('problem', 'Problem');
  text('audience', 'Audience');
  if (saved.pricingModel !== yours.pricingModel) {
    changes.push({
      field: 'pricingModel',
      label: 'Pricing',
      saved: PRICING_MODEL_LABELS[saved.pricingModel],
      yours: PRICING_MODEL_LABELS[yours.pricingModel],
    });
  }
  const a = assumptionsOf(saved);
  const b = assumptionsOf(yours);
  for (const field of FIELDS) {
    // Stored numbers are rounded to the column's scale: compare what the founder would see.
    const before = formatFieldValue(field, a[field.key], a.pricingModel);
    const after = formatFieldValue(field, b[field.key], b.pricingModel);
    if (before !== after) changes.push({ field: field.key, label: inModel(field.label, b.pricingModel), saved: before, yours: after });
  }
  for (const field of FIELDS) {
    if (!RANGED.has(field.key)) continue;
    const range = (idea: IdeaInput, model: PricingModel) => {
      const r = idea.ranges[field.key as RangeField];
      return r ? `${formatFieldValue(field, r.low, model)} to ${formatFieldValue(field, r.high, model)}` : 'no range';
    };
    const before = range(saved, a.pricingModel);
    const after = range(yours, b.pricingModel);
    if (before !== after) changes.push({ field: `${field.key}Range`, label: `${inModel(field.label, b.pricingModel)}: 90 % range`, saved: before, yours: after });
  }
  // A form from before evidence marks sends none, and keeps the stored ones: nothing of its own to compare.
  if (yours.evidence) {
    for (const field of EVIDENCE_FIELDS) {
      const before = evidenceWords(saved.evidence?.[field], field, a.pricingModel);
      const after = evidenceWords(yours.evidence[field], field, b.pricingModel);
      if (before !== after) changes.push({ field: `${field}Evidence`, label: `${evidenceFieldLabel(field, b.pricingModel)}: where it comes from`, saved: short(before), yours: short(after) });
    }
  }
  return changes;
}
