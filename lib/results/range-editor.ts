/**
 * The idea page's "Try other ranges" editor, pure: which fields it shows,
 * their text (percent fields in %, like the worksheet), and reading that
 * text back with the worksheet's own range rules.
 */
import { FIELDS, inModel, type FieldInfo } from '@/lib/ideas/fields';
import { rangesFormSchema } from '@/lib/ideas/ranges-form';
import { rangeKey } from '@/lib/ideas/schema';
import { fieldErrorsOf } from '@/lib/ideas/worksheet-form';
import { RANGE_FIELDS, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import type { Assumptions, PricingModel } from '@/lib/underwrite/schema';
import { formatFieldValue } from './format';

export { rangeFormValues as editorValues } from './form-values';

export interface EditorField {
  field: RangeField;
  label: string;
  /** The unit beside both inputs: "%", "$ per sale", "visitors / month". */
  suffix: string;
  /** "Worksheet: 2.5 % of visitors": the value the range must contain. */
  point: string;
  lowKey: string;
  highKey: string;
  errorKey: string;
}

const info = (field: RangeField): FieldInfo => FIELDS.find((f) => f.key === field)!;

/** The fields with a saved range, in the worksheet's order. */
export function editorFields(ranges: Ranges, assumptions: Assumptions): EditorField[] {
  const model: PricingModel = assumptions.pricingModel;
  return RANGE_FIELDS.filter((field) => ranges[field] !== undefined).map((field) => {
    const f = info(field);
    return {
      field,
      label: inModel(f.label, model),
      suffix: f.unit === 'percent' ? '%' : inModel(f.suffix, model),
      point: `Worksheet: ${formatFieldValue(f, assumptions[field], model)}`,
      lowKey: rangeKey(field, 'Low'),
      highKey: rangeKey(field, 'High'),
      errorKey: rangeKey(field, 'Range'),
    };
  });
}

export type EditorReading = { ok: true; ranges: Ranges } | { ok: false; errors: Record<string, string[]> };

/** The editor's text as ranges, by the rules saveRangesAction applies; a blank pair is no range. */
export function readEditor(values: Record<string, string>, assumptions: Assumptions): EditorReading {
  const parsed = rangesFormSchema(assumptions).safeParse(values);
  return parsed.success ? { ok: true, ranges: parsed.data.ranges } : { ok: false, errors: fieldErrorsOf(parsed.error) };
}
