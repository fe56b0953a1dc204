'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import {
  APPLY_CONFLICT_MESSAGE,
  failure,
  FIX_FIELDS_MESSAGE,
  PROGRESS_GONE_MESSAGE,
  success,
  unexpected,
  type ActionResult,
} from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { applyChecklistNumbers } from '@/lib/ideas/data';
import { applyChecklistNumbersSchema, checklistNumbersFormSchema, type ChecklistNumbersText } from '@/lib/ideas/checklist-numbers';
import { saveChecklistNumbers } from '@/lib/ideas/progress';
import type { z } from 'zod';

/**
 * The checklist's numbers (issue #9): recording a task's figures, and
 * applying them to the worksheet in one click. The panel calls both with
 * plain arguments; each parses what arrived with the schema the panel
 * checked it with, calls the data layer with the current owner, and
 * revalidates the idea page and the home list.
 */

/** Every issue under the text field it is about: `visitors`, `signUps`, `price`... */
function numberErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[issue.path.length - 1] ?? 'input');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

function revalidateIdea(ideaId: string) {
  revalidatePath(`/ideas/${ideaId}`);
  revalidatePath('/');
}

/** Records item 5's demand test or item 1's confirmed price and fees; every figure blank clears them. */
export async function saveChecklistNumbersAction(input: ChecklistNumbersText): Promise<ActionResult> {
  const parsed = checklistNumbersFormSchema.safeParse(input);
  if (!parsed.success) return failure(FIX_FIELDS_MESSAGE, { fieldErrors: numberErrors(parsed.error) });
  let result;
  try {
    result = await saveChecklistNumbers(await currentOwnerId(), parsed.data);
  } catch (error) {
    // Without a session currentOwnerId() redirects to sign-in by throwing: not a failure.
    unstable_rethrow(error);
    return unexpected('saveChecklistNumbersAction', error);
  }
  if (result.status !== 'ok') return failure(PROGRESS_GONE_MESSAGE);
  revalidateIdea(parsed.data.ideaId);
  const cleared = parsed.data.item === 5 ? parsed.data.test === null : parsed.data.confirmed === null;
  return success(cleared ? 'Numbers cleared.' : 'Numbers recorded.');
}

/**
 * Sets the worksheet inputs an item's numbers measure and marks them
 * measured: a worksheet save, guarded by the version the page was rendered
 * with, so numbers are never applied over a save the founder has not seen.
 */
export async function applyChecklistNumbersAction(input: { ideaId: string; item: number; version: number }): Promise<ActionResult> {
  const parsed = applyChecklistNumbersSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(issue?.message ?? 'Invalid input.', { fieldErrors: { [String(issue?.path[0] ?? 'input')]: [issue?.message ?? 'Invalid.'] } });
  }
  const { ideaId, item, version } = parsed.data;
  let result;
  try {
    result = await applyChecklistNumbers(await currentOwnerId(), ideaId, item, version);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('applyChecklistNumbersAction', error);
  }
  if (result.status === 'not_found') return failure(PROGRESS_GONE_MESSAGE);
  if (result.status === 'conflict') return failure(APPLY_CONFLICT_MESSAGE);
  if (result.status === 'invalid') return failure(result.message);
  revalidateIdea(ideaId);
  return success('Applied to the worksheet and marked measured.');
}
