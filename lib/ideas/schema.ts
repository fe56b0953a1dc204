import { z } from 'zod';
import { assumptionsSchema, type Assumptions } from '@/lib/underwrite/schema';
import { FIELDS } from './fields';
import { PRODUCT_TYPES } from './product-types';

/**
 * One schema for the worksheet, used by the form in the browser (before it
 * submits), by the server actions, and by the data layer: the assumption
 * rules themselves come from the engine's schema, so all three agree.
 */

export const NAME_MAX = 120;
export const TEXT_MAX = 2000;

// A NUL character cannot be stored in a PostgreSQL text column (the insert
// fails) and is never typed on purpose, so it is dropped (as in notes).
const withoutNul = (text: string) => text.replaceAll('\u0000', '');

export const ideaDetailsSchema = z.object({
  name: z
    .string({ error: 'Give the idea a name.' })
    .overwrite(withoutNul)
    .trim()
    .min(1, { error: 'Give the idea a name.' })
    .max(NAME_MAX, { error: `Keep the name under ${NAME_MAX} characters.` }),
  productType: z.enum(PRODUCT_TYPES, { error: 'Choose a product type.' }),
  problem: z.string().overwrite(withoutNul).trim().max(TEXT_MAX, { error: `Keep the problem under ${TEXT_MAX.toLocaleString('en-US')} characters.` }).default(''),
  audience: z.string().overwrite(withoutNul).trim().max(TEXT_MAX, { error: `Keep the audience under ${TEXT_MAX.toLocaleString('en-US')} characters.` }).default(''),
});

// Rates are stored rounded to 8 decimals (NUMERIC(12,8)), so a growth of
// -0.999999995 (-99.9999995 %) or closer to -100 % would be stored as exactly
// -100 %, which the engine and the column's CHECK refuse: the insert failed
// with a database error. Refused here instead, in words. (At -100 % and
// below the engine's own check speaks, so the founder gets one message.)
const storableGrowth = assumptionsSchema.shape.visitorGrowthRate.refine((rate) => rate <= -1 || rate > -0.999999995, {
  error: 'Visitor growth must be at least -99.999999 % a month.',
});

/** A whole idea as the data layer stores it: rates as fractions. */
export const ideaInputSchema = ideaDetailsSchema.extend({ ...assumptionsSchema.shape, visitorGrowthRate: storableGrowth });
export type IdeaInput = z.infer<typeof ideaInputSchema>;

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A form field's text as a number: blank is "missing", and thousands
 * separators, a leading "$" or a trailing "%" are forgiven. Anything else is
 * NaN, which the schema reports as "must be a number".
 */
export function parseFormNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/^\$/, '').replace(/%$/, '').replace(/,/g, '').trim();
  if (text === '') return undefined;
  return NUMBER_PATTERN.test(text) ? Number(text) : Number.NaN;
}

/** Turns the worksheet's raw text (percent fields in %) into the numbers of IdeaInput. */
function fromFormValues(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const values: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const field of FIELDS) {
    const n = parseFormNumber(values[field.key]);
    values[field.key] = field.unit === 'percent' && n !== undefined ? n / 100 : n;
  }
  return values;
}

/** The worksheet as submitted: strings in, IdeaInput out. */
export const ideaFormSchema = z.preprocess(fromFormValues, ideaInputSchema);

export type FieldErrors = Partial<Record<keyof IdeaInput | string, string[]>>;

export const IDEA_FORM_KEYS = ['name', 'productType', 'problem', 'audience', 'pricingModel', ...FIELDS.map((f) => f.key)] as const;

/** The form's fields as plain strings, to echo back into the inputs after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of IDEA_FORM_KEYS) {
    const value = formData.get(key);
    // Cap what is echoed back so an oversize paste cannot bloat the response.
    if (typeof value === 'string') values[key] = value.slice(0, TEXT_MAX + 1);
  }
  return values;
}

/** The engine's part of a worksheet: everything but the words. */
export function assumptionsOf(input: IdeaInput): Assumptions {
  const { name, productType, problem, audience, ...assumptions } = input;
  return assumptions;
}
