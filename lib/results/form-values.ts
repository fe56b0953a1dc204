import { FIELDS, inModel, toInputValue, type FieldGroup, type FieldUnit } from '@/lib/ideas/fields';
import { defaultAssumptions, PRODUCT_TYPES, type ProductType } from '@/lib/ideas/product-types';
import { formNumberValue, parseFormNumber } from '@/lib/ideas/form-number';
import { EVIDENCE_FIELDS, evidenceKey, type EvidenceMap } from '@/lib/ideas/evidence';
import { rangeKey, type IdeaInput } from '@/lib/ideas/schema';
import { assumptionFromForm, rangesFromFormValues } from '@/lib/ideas/worksheet-form';
import { NEW_IDEA_RANGED_FIELDS, typicalRanges } from '@/lib/ideas/typical-ranges';
import { RANGE_FIELDS, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import { assumptionsSchema, type Assumptions, type PricingModel } from '@/lib/underwrite/schema';
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
  return { ...values, ...rangeFormValues(idea.ranges), ...evidenceFormValues(idea.evidence ?? {}) };
}

/** Every evidence input's text: "guessed" and blanks where a field has no mark. */
export function evidenceFormValues(evidence: EvidenceMap): FormValues {
  const values: FormValues = {};
  for (const field of EVIDENCE_FIELDS) {
    const entry = evidence[field];
    values[evidenceKey(field, 'Evidence')] = entry?.kind ?? 'guessed';
    values[evidenceKey(field, 'Source')] = entry?.source ?? '';
    values[evidenceKey(field, 'MeasuredOn')] = entry?.kind === 'measured' ? entry.measuredOn : '';
    values[evidenceKey(field, 'MeasuredValue')] = entry?.kind === 'measured' ? toInputValue(unitOf(field), entry.value) : '';
  }
  return values;
}

const UNIT = new Map(FIELDS.map((field) => [field.key, field.unit]));
const unitOf = (field: string): FieldUnit => UNIT.get(field as (typeof FIELDS)[number]['key']) ?? 'count';

/** Every range input's text: blank where a field has no range. */
export function rangeFormValues(ranges: Ranges): FormValues {
  const values: FormValues = {};
  for (const field of RANGE_FIELDS) {
    const range = ranges[field];
    values[rangeKey(field, 'Low')] = range ? toInputValue(unitOf(field), range.low) : '';
    values[rangeKey(field, 'High')] = range ? toInputValue(unitOf(field), range.high) : '';
  }
  return values;
}

/**
 * A blank worksheet with a product type's typical numbers, and typical
 * ranges on the inputs a new idea knows least (traffic, growth, conversion).
 */
export function defaultFormValues(type: ProductType): FormValues {
  const assumptions = defaultAssumptions(type);
  const ranges = typicalRanges(type, assumptions, NEW_IDEA_RANGED_FIELDS);
  return toFormValues({ name: '', productType: type, problem: '', audience: '', ...assumptions, ranges });
}

/** The worksheet's numbers as the engine reads them, or null while any needs fixing. */
function assumptionsFromForm(values: FormValues): Assumptions | null {
  const numbers: Record<string, unknown> = { pricingModel: values.pricingModel };
  for (const field of FIELDS) numbers[field.key] = assumptionFromForm(field.key, values[field.key]);
  const parsed = assumptionsSchema.safeParse(numbers);
  return parsed.success ? parsed.data : null;
}

const hasRange = (values: FormValues, field: RangeField) => Boolean(values[rangeKey(field, 'Low')]?.trim() || values[rangeKey(field, 'High')]?.trim());

/**
 * The worksheet's text with a typical range on `fields` (every input that
 * has no range yet, unless told), around the values as typed. Null while the
 * numbers themselves need fixing: a range around a wrong value is no help.
 */
export function withTypicalRanges(values: FormValues, fields: readonly RangeField[] = RANGE_FIELDS.filter((f) => !hasRange(values, f))): FormValues | null {
  const assumptions = assumptionsFromForm(values);
  if (!assumptions) return null;
  const type = (PRODUCT_TYPES as readonly string[]).includes(values.productType ?? '') ? (values.productType as ProductType) : 'template';
  // The ranges already typed count towards the traffic ceiling the typical ones must keep.
  const known = Object.fromEntries(
    Object.entries(rangesFromFormValues(values)).filter(([field, r]) => !(fields as readonly string[]).includes(field) && Number.isFinite(r.low) && Number.isFinite(r.high)),
  );
  const typical = rangeFormValues(typicalRanges(type, assumptions, fields, known));
  const added = Object.fromEntries(fields.flatMap((f) => [rangeKey(f, 'Low'), rangeKey(f, 'High')].map((key) => [key, typical[key] ?? ''])));
  return { ...values, ...added };
}

/** Whether a group holds anything but 0 or blanks (text that is no number counts: it needs fixing). */
export function groupInUse(group: FieldGroup, values: FormValues): boolean {
  return group.fields.some((field) => {
    const n = formNumberValue(parseFormNumber(values[field.key], field.unit));
    return n !== undefined && n !== 0;
  });
}

/** An optional group in a line, for when it is folded: "8 % of new customers · $150.00 per package · 1.5 hours per package". */
export function groupSummary(group: FieldGroup, values: FormValues, model: PricingModel): string {
  if (!groupInUse(group, values)) return 'Not used.';
  return group.fields
    .map((field) => {
      const n = formNumberValue(parseFormNumber(values[field.key], field.unit));
      if (n === undefined) return `${inModel(field.label, model)}: blank`;
      if (Number.isNaN(n)) return `${inModel(field.label, model)}: not a number`;
      return formatFieldValue(field, field.unit === 'percent' ? n / 100 : n, model);
    })
    .join(' · ');
}
