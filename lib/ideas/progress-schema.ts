import { z } from 'zod';
import { BUILD_TEST_ANSWERS, BUILD_TESTS, CHECKLIST_ITEMS, type BuildTestKey } from './checklist';

/**
 * What the checklist and build-it-once actions accept. Shared by the panels
 * (for their limits), the server actions (which parse what the browser sent)
 * and the data layer (which parses again, so a script or a future caller
 * cannot reach PostgreSQL with a value it would reject with an error).
 */

/** Matches the VARCHAR(2000) of checklist_items.evidence and build_tests.note. */
export const NOTE_MAX = 2000;

const NOTE_TOO_LONG = `Keep the note under ${NOTE_MAX.toLocaleString('en-US')} characters.`;

// A NUL character cannot be stored in a PostgreSQL text column (the insert
// fails); it is never something a founder meant to type, so it is dropped.
// JS counts UTF-16 units and PostgreSQL counts characters, so a note within
// NOTE_MAX here always fits the column.
const noteText = z
  .string({ error: 'The note must be text.' })
  .overwrite((s) => s.replaceAll('\u0000', ''))
  .trim()
  .max(NOTE_MAX, { error: NOTE_TOO_LONG });

// Any 8-4-4-4-12 hex id, like isIdeaId in data.ts: checked before the query
// so a malformed id is "not found" rather than a PostgreSQL cast error.
export const ideaIdSchema = z.guid({ error: 'This idea no longer exists.' });

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
export type ToggleChecklistItemInput = z.infer<typeof toggleChecklistItemSchema>;

export const checklistEvidenceSchema = z.object({
  ideaId: ideaIdSchema,
  item: checklistItemSchema,
  evidence: noteText,
});
export type ChecklistEvidenceInput = z.input<typeof checklistEvidenceSchema>;

export const buildTestAnswerInputSchema = z.object({
  ideaId: ideaIdSchema,
  test: buildTestKeySchema,
  answer: buildTestAnswerSchema,
});
export type BuildTestAnswerInput = z.infer<typeof buildTestAnswerInputSchema>;

export const buildTestNoteSchema = z.object({
  ideaId: ideaIdSchema,
  test: buildTestKeySchema,
  note: noteText,
});
export type BuildTestNoteInput = z.input<typeof buildTestNoteSchema>;
