import { z } from 'zod';
import { RANGE_FIELDS, type RangeField } from '@/lib/underwrite/ranges';
import { EVIDENCE_FIELDS, EVIDENCE_PARTS, evidenceErrorKey, evidenceKey } from './evidence';
import { FIELDS, type FieldInfo } from './fields';
import { formNumberValue, parseFormNumber } from './form-number';
import { ideaInputSchema, rangeKey, type IdeaInput } from './schema';

/*
 * The worksheet form's text as an idea: what the form checks in the browser
 * before it submits and the server actions check again, with one reader of
 * numbers (form-number.ts) and the rules of ideaInputSchema.
 */

/**
 * A failed parse as the form shows it: one list of messages per field, with
 * a range's issues under `${field}Range` (z.flattenError would put them all
 * under "ranges").
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    const key =
      first === 'ranges' && typeof second === 'string'
        ? rangeKey(second as RangeField, 'Range')
        : first === 'evidence' && typeof second === 'string'
          ? evidenceErrorKey(second, issue.path[2])
          : first === undefined
            ? ''
            : String(first);
    if (key === '') continue;
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

const FIELD_UNIT = new Map(FIELDS.map((field) => [field.key, field.unit]));

export type FormIssue = { path: (string | number)[]; message: string };

// Where the text is a range's end or a measured value, its message says which.
const MESSAGE_PREFIX: Record<string, string> = { low: 'Low end: ', high: 'High end: ', value: 'Measured value: ' };

/** A form's text as the stored number (percent fields are typed in %), and why it is refused where the reader knows. */
function fromFormNumber(key: string, raw: unknown, path: string[], issues: FormIssue[]): number | undefined {
  const unit = FIELD_UNIT.get(key as FieldInfo['key']);
  const parsed = parseFormNumber(raw, unit);
  if (parsed.kind === 'invalid' && parsed.message) issues.push({ path, message: `${MESSAGE_PREFIX[String(path[2])] ?? ''}${parsed.message}` });
  const n = formNumberValue(parsed);
  return unit === 'percent' && n !== undefined ? n / 100 : n;
}

/**
 * The range inputs `${field}Low` / `${field}High` as ranges: both blank is no
 * range. One blank end becomes NaN, so the schema says both are needed.
 */
export function rangesFromFormValues(values: Record<string, unknown>, issues: FormIssue[] = []): Record<string, { low: number; high: number }> {
  const ranges: Record<string, { low: number; high: number }> = {};
  for (const field of RANGE_FIELDS) {
    const low = fromFormNumber(field, values[rangeKey(field, 'Low')], ['ranges', field, 'low'], issues);
    const high = fromFormNumber(field, values[rangeKey(field, 'High')], ['ranges', field, 'high'], issues);
    if (low === undefined && high === undefined) continue;
    ranges[field] = { low: low ?? Number.NaN, high: high ?? Number.NaN };
  }
  return ranges;
}

/** One assumption's text as its stored number (percent fields are typed in %); undefined when blank or unreadable. */
export const assumptionFromForm = (key: FieldInfo['key'], raw: unknown): number | undefined => fromFormNumber(key, raw, [key], []);

/**
 * Each field's evidence mark as typed: guessed (or blank) is no entry; a
 * measurement whose value is left blank measured the worksheet's own value.
 * A form that sends no marks at all (a client from before them) leaves
 * `evidence` out, so a save keeps the marks stored.
 */
export function evidenceFromFormValues(values: Record<string, unknown>, numbers: Record<string, unknown>, issues: FormIssue[] = []): Record<string, unknown> | undefined {
  if (!EVIDENCE_FIELDS.some((field) => evidenceKey(field, 'Evidence') in values)) return undefined;
  const evidence: Record<string, unknown> = {};
  for (const field of EVIDENCE_FIELDS) {
    const kind = values[evidenceKey(field, 'Evidence')];
    if (kind === undefined || kind === '' || kind === 'guessed') continue;
    const source = values[evidenceKey(field, 'Source')] ?? '';
    if (kind !== 'measured') {
      evidence[field] = { kind, source };
      continue;
    }
    const measured = fromFormNumber(field, values[evidenceKey(field, 'MeasuredValue')], ['evidence', field, 'value'], issues);
    const measuredOn = values[evidenceKey(field, 'MeasuredOn')];
    evidence[field] = { kind, source, measuredOn: typeof measuredOn === 'string' ? measuredOn.trim() : measuredOn, value: measured ?? numbers[field] };
  }
  return evidence;
}

/** Turns the worksheet's raw text (percent fields in %) into the numbers of IdeaInput, with the reasons text was refused. */
function fromFormValues(raw: unknown, issues: FormIssue[]): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const values: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const field of FIELDS) values[field.key] = fromFormNumber(field.key, values[field.key], [field.key], issues);
  values.ranges = rangesFromFormValues(raw as Record<string, unknown>, issues);
  values.evidence = evidenceFromFormValues(raw as Record<string, unknown>, values, issues);
  return values;
}

/**
 * A form's text read by `read` and checked by `schema`, with every field's
 * problem at once: where the text itself was refused ("2,5"), its reason
 * replaces the schema's "must be a number".
 */
export function formTextSchema<T>(read: (raw: unknown, issues: FormIssue[]) => unknown, schema: z.ZodType<T>) {
  return z.unknown().transform((raw, ctx): T => {
    const issues: FormIssue[] = [];
    const parsed = schema.safeParse(read(raw, issues));
    const explained = new Set(issues.map((issue) => issue.path.join('.')));
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: raw });
    for (const issue of parsed.error?.issues ?? []) {
      if (!explained.has(issue.path.join('.'))) ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message, input: raw });
    }
    return parsed.success && issues.length === 0 ? parsed.data : z.NEVER;
  });
}

/** The worksheet as submitted: strings in, IdeaInput out. */
export const ideaFormSchema = formTextSchema<IdeaInput>(fromFormValues, ideaInputSchema);

export const IDEA_FORM_KEYS = [
  'name',
  'productType',
  'problem',
  'audience',
  'pricingModel',
  ...FIELDS.map((f) => f.key),
  ...RANGE_FIELDS.flatMap((field) => [rangeKey(field, 'Low'), rangeKey(field, 'High')]),
  ...EVIDENCE_FIELDS.flatMap((field) => EVIDENCE_PARTS.map((part) => evidenceKey(field, part))),
];

/** The form's fields (the worksheet's unless `keys` says) as plain strings, whole (a cut text would be saved cut), to parse and to echo back. */
export function formValues(formData: FormData, keys: readonly string[] = IDEA_FORM_KEYS): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}
