import { z } from 'zod';
import { RANGE_FIELDS, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import { assumptionsSchema, type AssumptionKey, type Assumptions, type StressProfile } from '@/lib/underwrite/schema';
import { BUILD_TEST_ANSWERS, BUILD_TESTS, CHECKLIST_ITEMS, NOTE_MAX, type BuildTestAnswer, type BuildTestKey } from './checklist';
import { PRODUCT_TYPES } from './product-types';
import type { ConfirmedCashFlow, DemandTest } from './checklist-numbers';
import { evidenceMapSchema, type EvidenceMap } from './evidence';
import { trafficIssue } from './traffic-ceiling';
import { withoutNul } from '@/lib/text';

/**
 * The shape of an idea and the rules for what may be written to one: the
 * worksheet (checked by the form in the browser before it submits, and by
 * the server actions), the checklist and build-it-once inputs, and the id.
 * The assumption rules themselves come from the engine's schema, so the
 * form, the actions and the engine agree. Actions parse with these; the
 * data layer (data.ts, progress.ts) trusts what they parsed.
 */

// ideas' VARCHAR sizes: zod, PostgreSQL and the counters (lib/text.ts) all count code points.
export const NAME_MAX = 120;
export const TEXT_MAX = 2000;


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

const assumptionFields = { ...assumptionsSchema.shape, visitorGrowthRate: storableGrowth };

const rangeEnd = z.number({ error: 'Both ends of a range must be numbers.' });
const rangeShape = z.object({ low: rangeEnd, high: rangeEnd });

/** The shape of an idea's ranges (the uncertainty contract's fields); what each end may be is checked with the values, by checkRanges. */
export const rangesShapeSchema = z.strictObject(
  Object.fromEntries(RANGE_FIELDS.map((field) => [field, rangeShape.optional()])) as Record<RangeField, z.ZodOptional<typeof rangeShape>>,
);

/**
 * What the engine needs of each range, in words, with the path of the end
 * at fault: each end within its field's own limits (a conversion range ends
 * at 100 %), low <= high, and the worksheet's value inside (the contract
 * rejects anything else).
 */
export function checkRanges(values: Pick<Assumptions, RangeField>, ranges: Ranges, ctx: z.RefinementCtx): void {
  for (const field of RANGE_FIELDS) {
    const range = ranges[field];
    if (!range) continue;
    const path = ['ranges', field];
    let endsValid = true;
    for (const end of ['low', 'high'] as const) {
      const checked = assumptionFields[field].safeParse(range[end]);
      if (!checked.success) {
        endsValid = false;
        ctx.addIssue({ code: 'custom', path: [...path, end], message: `${end === 'low' ? 'Low' : 'High'} end: ${checked.error.issues[0]?.message ?? 'not valid.'}` });
      }
    }
    if (!endsValid) continue;
    if (range.low > range.high) {
      ctx.addIssue({ code: 'custom', path: [...path, 'low'], message: 'The low end must not be above the high end.' });
    } else if (!(range.low <= values[field] && values[field] <= range.high)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'low'], message: 'Your value must lie inside its range: widen the range or change the value.' });
    }
  }
}

/** The shape of an idea's evidence marks, each measured value held to its field's own rule. */
export const ideaEvidenceSchema = evidenceMapSchema(assumptionFields) as z.ZodType<EvidenceMap>;

/**
 * A whole idea as the data layer stores it: rates as fractions, ranges (90 %
 * intervals) on some fields, and where its numbers come from. Without
 * `evidence` a save leaves the stored evidence as it is (a caller that does
 * not know about it, such as the demo seed, cannot wipe it).
 */
export const ideaInputSchema = ideaDetailsSchema
  .extend({ ...assumptionFields, ranges: rangesShapeSchema.default({}), evidence: ideaEvidenceSchema.optional() })
  .superRefine((idea, ctx) => {
    checkRanges(idea, idea.ranges, ctx);
    const traffic = trafficIssue(idea, idea.ranges);
    if (traffic) ctx.addIssue({ code: 'custom', path: traffic.path, message: traffic.message });
  });
export type IdeaInput = z.infer<typeof ideaInputSchema>;

/** The form key of a range's ends, and of its error. */
export const rangeKey = (field: RangeField, end: 'Low' | 'High' | 'Range') => `${field}${end}`;


export type ChecklistEntry = {
  item: number;
  done: boolean;
  doneAt: Date | null;
  /** The item's note (its column predates the worksheet's evidence marks). */
  evidence: string;
  /** Item 5's demand test, item 1's confirmed price and fees (checklist-numbers.ts), and when they were recorded. */
  test: DemandTest | null;
  confirmed: ConfirmedCashFlow | null;
  recordedAt: Date | null;
};
export type BuildTestEntry = { test: BuildTestKey; answer: BuildTestAnswer; note: string };

/**
 * An idea as the app reads it: the worksheet exactly as the form submits it
 * (IdeaInput, flat), plus what the database keeps around it.
 */
export type Idea = IdeaInput & {
  id: string;
  /** Raised by every accepted worksheet save; a save based on an older one is refused. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  stress: StressProfile;
  /** Where each number comes from; a field without an entry is guessed. */
  evidence: EvidenceMap;
  checklist: ChecklistEntry[];
  buildTests: BuildTestEntry[];
};

const ASSUMPTION_KEYS = Object.keys(assumptionsSchema.shape) as AssumptionKey[];

/**
 * The engine's input from a worksheet or an idea: its assumptions and
 * nothing else. The only conversion between the two shapes; call it
 * wherever underwrite() is called.
 */
export function assumptionsOf(idea: IdeaInput): Assumptions {
  return Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, idea[key]])) as Assumptions;
}

// Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type reads it. The one id
// check: the actions' schemas use it, and the data layer checks every id it
// is given (from a URL, a form) with isIdeaId, so a malformed one is "not
// found" rather than a PostgreSQL cast error (a 500).
export const ideaIdSchema = z.guid({ error: 'This idea no longer exists.' });
export const isIdeaId = (id: unknown): id is string => ideaIdSchema.safeParse(id).success;

// The version an edit form was opened at. The column is a PostgreSQL
// integer: a larger number is no version at all, and Prisma would throw on it.
export const ideaVersionSchema = z.coerce.number().int().min(1).max(2_147_483_647);

export { NOTE_MAX } from './checklist';

// zod counts characters (code points), as PostgreSQL's VARCHAR does: a note
// that passes fits the column whole, and one that does not gets this error.
const noteText = z
  .string({ error: 'The note must be text.' })
  .overwrite(withoutNul)
  .trim()
  .max(NOTE_MAX, { error: `Keep the note under ${NOTE_MAX.toLocaleString('en-US')} characters.` });

// Items are numbered 1..5 (the database has the same CHECK constraint).
export const checklistItemSchema = z
  .int({ error: 'Unknown checklist item.' })
  .min(1, { error: 'Unknown checklist item.' })
  .max(CHECKLIST_ITEMS.length, { error: 'Unknown checklist item.' });

const BUILD_TEST_KEYS = BUILD_TESTS.map((t) => t.test) as [BuildTestKey, ...BuildTestKey[]];
export const buildTestKeySchema = z.enum(BUILD_TEST_KEYS, { error: 'Unknown build-it-once test.' });
export const buildTestAnswerSchema = z.enum(BUILD_TEST_ANSWERS, { error: 'Answer yes, no or not yet known.' });

export const toggleChecklistItemSchema = z.object({
  ideaId: ideaIdSchema,
  item: checklistItemSchema,
  done: z.boolean({ error: 'Ticked must be true or false.' }),
});
export type ToggleChecklistItemInput = z.output<typeof toggleChecklistItemSchema>;

export const checklistEvidenceSchema = z.object({ ideaId: ideaIdSchema, item: checklistItemSchema, evidence: noteText });
export type ChecklistEvidenceInput = z.output<typeof checklistEvidenceSchema>;

export const buildTestAnswerInputSchema = z.object({
  ideaId: ideaIdSchema,
  test: buildTestKeySchema,
  answer: buildTestAnswerSchema,
});
export type BuildTestAnswerInput = z.output<typeof buildTestAnswerInputSchema>;

export const buildTestNoteSchema = z.object({ ideaId: ideaIdSchema, test: buildTestKeySchema, note: noteText });
export type BuildTestNoteInput = z.output<typeof buildTestNoteSchema>;
