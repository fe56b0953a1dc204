import { z } from 'zod';
import { withoutNul } from '@/lib/text';
import type { AssumptionKey } from '@/lib/underwrite/schema';

/**
 * Where each worksheet number comes from (issue #9, "Real numbers first"):
 * guessed (the default, and what a product type's starting numbers are),
 * a benchmark (a figure from elsewhere, with its source) or measured (the
 * founder's own test, with its source, its date and the value it gave).
 * The one schema for the worksheet form, the actions and the data layer;
 * the measured value's own limits are checked with the worksheet
 * (ideaInputSchema), which knows each field's rules.
 */

/**
 * The assumptions that are estimates of the world. The horizon and the hours
 * a founder can give are left out: they are choices, not numbers to measure.
 * The same list is the CHECK on idea_evidence.field.
 */
export const EVIDENCE_FIELDS = [
  'price',
  'monthlyVisitors',
  'visitorGrowthRate',
  'conversionRate',
  'churnRate',
  'refundRate',
  'feeRate',
  'feePerTransaction',
  'supportMinutesPerCustomer',
  'upkeepHoursPerMonth',
  'adSpendPerMonth',
  'hourlyRate',
  'upfrontHours',
  'upfrontCash',
  'servicePackageRate',
  'servicePackagePrice',
  'servicePackageHours',
] as const satisfies readonly AssumptionKey[];
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

const EVIDENCE_FIELD_SET: ReadonlySet<string> = new Set(EVIDENCE_FIELDS);
export const isEvidenceField = (field: string): field is EvidenceField => EVIDENCE_FIELD_SET.has(field);

export const EVIDENCE_KINDS = ['guessed', 'benchmark', 'measured'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Matches idea_evidence.source, VARCHAR(200). */
export const SOURCE_MAX = 200;

const source = z
  .string({ error: 'Say where this number comes from.' })
  .overwrite(withoutNul)
  .trim()
  .min(1, { error: 'Say where this number comes from.' })
  .max(SOURCE_MAX, { error: `Keep the source under ${SOURCE_MAX} characters.` });

// The earliest date a measurement may carry: anything older is a typo.
const EARLIEST = '2000-01-01';

/** Today in UTC as YYYY-MM-DD, plus `days`. */
export const isoDay = (date: Date, days = 0): string => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

const DAY_MESSAGE = 'Give the day you measured it, e.g. 2026-03-14.';
const isoDate = z.iso.date();

const measuredOn = z.string({ error: DAY_MESSAGE }).superRefine((day, ctx) => {
  if (!isoDate.safeParse(day).success || day < EARLIEST) ctx.addIssue({ code: 'custom', message: DAY_MESSAGE });
  // A day of slack: the founder's today may already be tomorrow in UTC.
  else if (day > isoDay(new Date(), 1)) ctx.addIssue({ code: 'custom', message: 'A measurement cannot be dated in the future.' });
});

/**
 * A mark whose measured value must be one `value` (its field's own rule)
 * accepts: a conversion of 140 % was mistyped, not measured. One object
 * checked by kind rather than a discriminated union: the idea page shares
 * its zod chunk with the worksheet, and is at its JavaScript budget.
 */
export function evidenceEntrySchema(value: z.ZodType<number>) {
  const measured = z.number({ error: 'Give the value you measured.' }).superRefine((n, ctx) => {
    const checked = value.safeParse(n);
    if (!checked.success) ctx.addIssue({ code: 'custom', message: `Measured value: ${checked.error.issues[0]?.message ?? 'not valid.'}` });
  });
  return z
    .object({
      kind: z.enum(['benchmark', 'measured'], { error: 'Mark the number guessed, benchmark or measured.' }),
      source,
      measuredOn: measuredOn.optional(),
      value: measured.optional(),
    })
    .superRefine((mark, ctx) => {
      if (mark.kind !== 'measured') return;
      if (mark.measuredOn === undefined) ctx.addIssue({ code: 'custom', path: ['measuredOn'], message: DAY_MESSAGE });
      if (mark.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give the value you measured.' });
    })
    .transform(
      ({ kind, source, measuredOn, value }): Evidence =>
        kind === 'measured' ? { kind, source, measuredOn: measuredOn!, value: value! } : { kind, source },
    );
}

export type Evidence = { kind: 'benchmark'; source: string } | Measurement;
export type Measurement = { kind: 'measured'; source: string; measuredOn: string; value: number };

/** Each field's evidence, its measured value checked by `rules[field]`; a field left out is guessed. */
export function evidenceMapSchema(rules: Record<EvidenceField, z.ZodType<number>>) {
  return z.strictObject(Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, evidenceEntrySchema(rules[field]).optional()])));
}
export type EvidenceMap = Partial<Record<EvidenceField, Evidence>>;

export const kindOf = (evidence: EvidenceMap | undefined, field: string): EvidenceKind =>
  (isEvidenceField(field) && evidence?.[field]?.kind) || 'guessed';

/** The worksheet form's key for one part of a field's evidence: `conversionRateEvidence`, `conversionRateSource`... */
export type EvidencePart = 'Evidence' | 'Source' | 'MeasuredOn' | 'MeasuredValue';
export const evidenceKey = (field: EvidenceField, part: EvidencePart) => `${field}${part}`;
export const EVIDENCE_PARTS: readonly EvidencePart[] = ['Evidence', 'Source', 'MeasuredOn', 'MeasuredValue'];

/** Where a parse issue about evidence goes in the form: the path ['evidence', field, 'source'] is `${field}Source`. */
export function evidenceErrorKey(field: string, member: unknown): string {
  if (member === 'source') return `${field}Source`;
  if (member === 'measuredOn') return `${field}MeasuredOn`;
  if (member === 'value') return `${field}MeasuredValue`;
  return `${field}Evidence`;
}
