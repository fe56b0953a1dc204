'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import {
  failure,
  HISTORY_CONFLICT_MESSAGE,
  IDEA_GONE_MESSAGE,
  OUT_OF_DATE_MESSAGE,
  success,
  unexpected,
  VERSION_BREAKS_RULES_MESSAGE,
  type ActionResult,
} from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { restoreVersionSchema } from '@/lib/ideas/version-schema';
import { restoreVersion, type RestoreResult } from '@/lib/ideas/versions';

/**
 * The history page's action (issue #9, point 5), in its own file like the
 * checklist's and the ranges' actions. Restoring adds a version and loses
 * none, so it needs no confirmation; it is refused when the page is older
 * than the idea's newest version.
 */
export async function restoreVersionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const parsed = restoreVersionSchema.safeParse({ id: formData.get('id'), number: formData.get('number'), latest: formData.get('latest') });
  // Only a tampered or truncated form gets here: the page writes all three.
  // An id that cannot be one is a missing idea, as for every other action.
  if (!parsed.success) return failure(parsed.error.issues.some((issue) => issue.path[0] === 'id') ? IDEA_GONE_MESSAGE : OUT_OF_DATE_MESSAGE);
  const { id, number, latest } = parsed.data;

  let result: RestoreResult;
  try {
    result = await restoreVersion(await currentOwnerId(), id, number, latest);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('restoreVersionAction', error);
  }
  if (result.status === 'not_found') return failure(IDEA_GONE_MESSAGE);
  if (result.status === 'conflict') return failure(HISTORY_CONFLICT_MESSAGE, { conflict: { version: result.current.version, changes: [] } });
  if (result.status === 'invalid') return failure(`${VERSION_BREAKS_RULES_MESSAGE} ${result.messages.join(' ')}`);
  revalidatePath('/');
  revalidatePath(`/ideas/${id}`);
  revalidatePath(`/ideas/${id}/history`);
  return success(`Version ${number} restored: it is now version ${result.saved}.`);
}
