import 'server-only';
import { db } from '@/lib/db/client';
import { DEMAND_TEST_ITEM, type ChecklistNumbersInput } from './checklist-numbers';
import { NOT_FOUND, OK, type WriteResult } from './data';
import {
  isIdeaId,
  type BuildTestAnswerInput,
  type BuildTestNoteInput,
  type ChecklistEvidenceInput,
  type ToggleChecklistItemInput,
} from './schema';

/**
 * The data access layer for an idea's 30-day checklist and build-it-once
 * test: the only code that writes those rows. (They are read with the idea,
 * by getIdea and listIdeas in data.ts.) Input comes parsed by the actions
 * (progress-actions.ts), so it is trusted here.
 *
 * Every write changes one column group of one row, found by the idea, the
 * item and the idea's owner in the same WHERE clause. So two tabs ticking
 * different items, or one ticking while the other saves a note, never
 * overwrite each other, and none of this touches the idea's `version`,
 * which guards the worksheet form alone. Someone else's idea, a deleted one
 * and a malformed id all answer `not_found`.
 */

const changed = ({ count }: { count: number }): WriteResult => (count === 1 ? OK : NOT_FOUND);

/**
 * Ticks or unticks one checklist item: `doneAt` becomes now when ticked and
 * null when unticked. Only a real change is written (the WHERE clause asks
 * for the opposite state), so a repeated tick from a stale tab keeps the
 * day the item was really done.
 */
export async function setChecklistItemDone(ownerId: string, { ideaId, item, done }: ToggleChecklistItemInput): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  const where = { ideaId, item, idea: { ownerId } };
  const { count } = await db().checklistItem.updateMany({
    where: { ...where, done: !done },
    data: { done, doneAt: done ? new Date() : null },
  });
  // Nothing changed: either the item was already so (fine), or it is not the owner's.
  if (count === 1) return OK;
  return (await db().checklistItem.count({ where })) === 1 ? OK : NOT_FOUND;
}

/** Saves the evidence note of one checklist item. */
export async function saveChecklistEvidence(ownerId: string, { ideaId, item, evidence }: ChecklistEvidenceInput): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return changed(await db().checklistItem.updateMany({ where: { ideaId, item, idea: { ownerId } }, data: { evidence } }));
}

/**
 * Records the numbers of a checklist task (item 5's demand test, item 1's
 * confirmed price and fees) with the moment they were recorded, or clears
 * them (null). Like a note, this does not touch the worksheet: applying the
 * numbers is a worksheet save of its own (applyChecklistNumbers in data.ts).
 */
export async function saveChecklistNumbers(ownerId: string, input: ChecklistNumbersInput): Promise<WriteResult> {
  const { ideaId, item } = input;
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  const numbers =
    input.item === DEMAND_TEST_ITEM
      ? { testKind: input.test?.kind ?? null, testVisitors: input.test?.visitors ?? null, testSignUps: input.test?.signUps ?? null }
      : {
          confirmedPrice: input.confirmed?.price ?? null,
          confirmedFeeRate: input.confirmed?.feeRate ?? null,
          confirmedFeePerTransaction: input.confirmed?.feePerTransaction ?? null,
        };
  const cleared = input.item === DEMAND_TEST_ITEM ? input.test === null : input.confirmed === null;
  return changed(
    await db().checklistItem.updateMany({
      where: { ideaId, item, idea: { ownerId } },
      data: { ...numbers, numbersRecordedAt: cleared ? null : new Date() },
    }),
  );
}

/** Records yes / no / not yet known for one build-it-once test. */
export async function answerBuildTest(ownerId: string, { ideaId, test, answer }: BuildTestAnswerInput): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return changed(await db().buildTest.updateMany({ where: { ideaId, test, idea: { ownerId } }, data: { answer } }));
}

/** Saves the note of one build-it-once test. */
export async function saveBuildTestNote(ownerId: string, { ideaId, test, note }: BuildTestNoteInput): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return changed(await db().buildTest.updateMany({ where: { ideaId, test, idea: { ownerId } }, data: { note } }));
}
