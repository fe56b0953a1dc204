'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import {
  failure,
  FIX_FIELDS_MESSAGE,
  IDEA_GONE_MESSAGE,
  OUT_OF_DATE_MESSAGE,
  RANGES_CONFLICT_MESSAGE,
  success,
  unexpected,
  type ActionResult,
} from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { getIdea, updateRanges, type WriteResult } from '@/lib/ideas/data';
import { rangesFormSchema } from '@/lib/ideas/ranges-form';
import { ideaVersionSchema } from '@/lib/ideas/schema';
import { fieldErrorsOf, formValues } from '@/lib/ideas/worksheet-form';

/**
 * Saves the ranges tried on the idea page ("Try other ranges"), and only
 * them, guarded by the worksheet's version like a worksheet save: ranges
 * checked against values that changed in another tab since are refused, and
 * the founder is told to reload. Its own file, like the checklist's actions,
 * to keep each action file about one thing.
 */
export async function saveRangesAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const id = String(formData.get('id') ?? '');
  const values = formValues(formData);
  const version = ideaVersionSchema.safeParse(formData.get('version'));
  if (!version.success) return failure(OUT_OF_DATE_MESSAGE, { values });

  let result: WriteResult;
  try {
    const ownerId = await currentOwnerId();
    // The values each range must contain are the idea's own, as stored.
    const idea = await getIdea(ownerId, id);
    if (!idea) return failure(IDEA_GONE_MESSAGE, { values });
    const parsed = rangesFormSchema(idea).safeParse(values);
    if (!parsed.success) return failure(FIX_FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error), values });
    result = await updateRanges(ownerId, id, version.data, parsed.data.ranges);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('saveRangesAction', error, values);
  }
  if (result.status === 'not_found') return failure(IDEA_GONE_MESSAGE, { values });
  if (result.status === 'conflict') return failure(RANGES_CONFLICT_MESSAGE, { values, conflict: { version: result.current.version, changes: [] } });
  revalidatePath('/');
  revalidatePath(`/ideas/${id}`);
  return success('Ranges saved.');
}
