'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { failure, PROGRESS_GONE_MESSAGE, success, unexpected, type ActionResult } from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import type { WriteResult } from '@/lib/ideas/data';
import { answerBuildTest, saveBuildTestNote, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import {
  buildTestAnswerInputSchema,
  buildTestNoteSchema,
  checklistEvidenceSchema,
  toggleChecklistItemSchema,
} from '@/lib/ideas/schema';

/**
 * The checklist and build-it-once actions. The panels call them with plain
 * arguments from inside a transition (their ticks are optimistic), so each
 * one parses what arrived (anyone can post to an action), calls the data
 * layer with the current owner, and revalidates the idea page and the home
 * list, which shows checklist progress. On failure nothing is revalidated:
 * the panel rolls its optimistic change back and shows the message.
 */

async function run<S extends z.ZodType<{ ideaId: string }>>(
  name: string,
  schema: S,
  input: unknown,
  save: (ownerId: string, data: z.output<S>) => Promise<WriteResult>,
): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'input');
    return failure(issue?.message ?? 'Invalid input.', { fieldErrors: { [field]: [issue?.message ?? 'Invalid.'] } });
  }
  let result: WriteResult;
  try {
    result = await save(await currentOwnerId(), parsed.data);
  } catch (error) {
    // Without a session currentOwnerId() redirects to sign-in by throwing: not a failure.
    unstable_rethrow(error);
    return unexpected(name, error);
  }
  if (result.status !== 'ok') return failure(PROGRESS_GONE_MESSAGE);
  revalidatePath(`/ideas/${parsed.data.ideaId}`);
  revalidatePath('/');
  return success();
}

/** Ticks (`done: true`) or unticks one checklist item. */
export async function toggleChecklistItemAction(input: { ideaId: string; item: number; done: boolean }): Promise<ActionResult> {
  return run('toggleChecklistItemAction', toggleChecklistItemSchema, input, setChecklistItemDone);
}

/** Saves the evidence note of one checklist item. */
export async function saveChecklistEvidenceAction(input: {
  ideaId: string;
  item: number;
  evidence: string;
}): Promise<ActionResult> {
  return run('saveChecklistEvidenceAction', checklistEvidenceSchema, input, saveChecklistEvidence);
}

/** Answers one build-it-once test: yes, no or unknown ("not yet known"). */
export async function answerBuildTestAction(input: { ideaId: string; test: string; answer: string }): Promise<ActionResult> {
  return run('answerBuildTestAction', buildTestAnswerInputSchema, input, answerBuildTest);
}

/** Saves the note of one build-it-once test. */
export async function saveBuildTestNoteAction(input: { ideaId: string; test: string; note: string }): Promise<ActionResult> {
  return run('saveBuildTestNoteAction', buildTestNoteSchema, input, saveBuildTestNote);
}
