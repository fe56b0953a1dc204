import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import type { BuildTestEntry, ChecklistEntry } from './data';
import {
  buildTestAnswerInputSchema,
  buildTestNoteSchema,
  checklistEvidenceSchema,
  toggleChecklistItemSchema,
  type BuildTestAnswerInput,
  type BuildTestNoteInput,
  type ChecklistEvidenceInput,
  type ToggleChecklistItemInput,
} from './progress-schema';

/**
 * The data access layer for an idea's 30-day checklist and build-it-once
 * test: the only code that writes those rows. (They are read with the idea,
 * by getIdea and listIdeas in data.ts.)
 *
 * Every write changes one column group of one row, found by the idea, the
 * item and the idea's owner in the same WHERE clause. So two tabs ticking
 * different items, or one ticking while the other saves a note, never
 * overwrite each other, and none of this touches the idea's `version`,
 * which guards the worksheet form alone.
 *
 * Someone else's idea, a deleted one, a malformed id and an item number that
 * does not exist all answer `not_found`, without a query that could fail.
 */

export type ProgressResult<T> =
  | { status: 'ok'; entry: T }
  | { status: 'not_found' }
  | { status: 'invalid'; message: string };

// Fields that address a row: when one of these is malformed there is no
// such row, which is "not found" rather than "invalid".
const ADDRESS = new Set<PropertyKey>(['ideaId', 'item', 'test']);

type Parsed<T> = { data: T; refused?: undefined } | { data?: undefined; refused: ProgressResult<never> };

function parse<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const issues = parsed.error.issues;
  if (issues.some((i) => ADDRESS.has(i.path[0] ?? ''))) return { refused: { status: 'not_found' } };
  return { refused: { status: 'invalid', message: issues[0]?.message ?? 'Invalid input.' } };
}

const toChecklistEntry = (row: ChecklistEntry): ChecklistEntry => ({
  item: row.item,
  done: row.done,
  doneAt: row.doneAt,
  evidence: row.evidence,
});

const toBuildTestEntry = (row: BuildTestEntry): BuildTestEntry => ({ test: row.test, answer: row.answer, note: row.note });

async function readChecklistItem(ownerId: string, ideaId: string, item: number): Promise<ProgressResult<ChecklistEntry>> {
  const row = await db().checklistItem.findFirst({ where: { ideaId, item, idea: { ownerId } } });
  return row ? { status: 'ok', entry: toChecklistEntry(row) } : { status: 'not_found' };
}

async function readBuildTest(ownerId: string, ideaId: string, test: BuildTestEntry['test']): Promise<ProgressResult<BuildTestEntry>> {
  const row = await db().buildTest.findFirst({ where: { ideaId, test, idea: { ownerId } } });
  return row ? { status: 'ok', entry: toBuildTestEntry(row) } : { status: 'not_found' };
}

/**
 * Ticks or unticks one checklist item: `doneAt` becomes now when ticked and
 * null when unticked. Only a real change is written (the WHERE clause asks
 * for the opposite state), so a repeated tick from a stale tab keeps the
 * day the item was really done.
 */
export async function setChecklistItemDone(
  ownerId: string,
  input: ToggleChecklistItemInput,
): Promise<ProgressResult<ChecklistEntry>> {
  const { data, refused } = parse(toggleChecklistItemSchema, input);
  if (refused) return refused;
  const { ideaId, item, done } = data;
  await db().checklistItem.updateMany({
    where: { ideaId, item, done: !done, idea: { ownerId } },
    data: { done, doneAt: done ? new Date() : null },
  });
  return readChecklistItem(ownerId, ideaId, item);
}

/** Saves the evidence note of one checklist item (trimmed, at most NOTE_MAX characters). */
export async function saveChecklistEvidence(
  ownerId: string,
  input: ChecklistEvidenceInput,
): Promise<ProgressResult<ChecklistEntry>> {
  const { data, refused } = parse(checklistEvidenceSchema, input);
  if (refused) return refused;
  const { ideaId, item, evidence } = data;
  await db().checklistItem.updateMany({ where: { ideaId, item, idea: { ownerId } }, data: { evidence } });
  return readChecklistItem(ownerId, ideaId, item);
}

/** Records yes / no / not yet known for one build-it-once test. */
export async function answerBuildTest(ownerId: string, input: BuildTestAnswerInput): Promise<ProgressResult<BuildTestEntry>> {
  const { data, refused } = parse(buildTestAnswerInputSchema, input);
  if (refused) return refused;
  const { ideaId, test, answer } = data;
  await db().buildTest.updateMany({ where: { ideaId, test, idea: { ownerId } }, data: { answer } });
  return readBuildTest(ownerId, ideaId, test);
}

/** Saves the note of one build-it-once test (trimmed, at most NOTE_MAX characters). */
export async function saveBuildTestNote(ownerId: string, input: BuildTestNoteInput): Promise<ProgressResult<BuildTestEntry>> {
  const { data, refused } = parse(buildTestNoteSchema, input);
  if (refused) return refused;
  const { ideaId, test, note } = data;
  await db().buildTest.updateMany({ where: { ideaId, test, idea: { ownerId } }, data: { note } });
  return readBuildTest(ownerId, ideaId, test);
}
