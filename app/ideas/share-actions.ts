'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { failure, IDEA_GONE_MESSAGE, SHARE_LINK_GONE_MESSAGE, success, unexpected, type ActionResult } from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { createShareLink, revokeShareLink } from '@/lib/share/links';
import { createShareLinkSchema, revokeShareLinkSchema, type CreatedShareLink } from '@/lib/share/schema';
import { sharePath } from '@/lib/share/token';

/**
 * The share page's actions (issue #12): make a read-only link, revoke one.
 * The data layer checks that the idea is the caller's. The new link's path
 * comes back in `saved`, the only time its token leaves the server.
 */
export async function createShareLinkAction(_prev: ActionResult<CreatedShareLink>, formData: FormData): Promise<ActionResult<CreatedShareLink>> {
  const values = { ideaId: String(formData.get('ideaId') ?? ''), label: String(formData.get('label') ?? '') };
  const parsed = createShareLinkSchema.safeParse(values);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === 'ideaId')) return failure(IDEA_GONE_MESSAGE);
    return failure(parsed.error.issues[0]!.message, { fieldErrors: { label: parsed.error.issues.map((i) => i.message) }, values });
  }
  let created: Awaited<ReturnType<typeof createShareLink>>;
  try {
    created = await createShareLink(await currentOwnerId(), parsed.data.ideaId, parsed.data.label);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('createShareLinkAction', error, values);
  }
  if (!created) return failure(IDEA_GONE_MESSAGE);
  revalidatePath(`/ideas/${parsed.data.ideaId}/share`);
  return success<CreatedShareLink>('Link created. Copy it now: it is shown only this once.', { path: sharePath(created.token) });
}

export async function revokeShareLinkAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const parsed = revokeShareLinkSchema.safeParse({ ideaId: formData.get('ideaId'), linkId: formData.get('linkId') });
  if (!parsed.success) return failure(parsed.error.issues.some((issue) => issue.path[0] === 'ideaId') ? IDEA_GONE_MESSAGE : SHARE_LINK_GONE_MESSAGE);
  const { ideaId, linkId } = parsed.data;
  let result: Awaited<ReturnType<typeof revokeShareLink>>;
  try {
    result = await revokeShareLink(await currentOwnerId(), ideaId, linkId);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('revokeShareLinkAction', error);
  }
  if (result.status !== 'ok') return failure(SHARE_LINK_GONE_MESSAGE);
  revalidatePath(`/ideas/${ideaId}/share`);
  return success('Link revoked: it opens nothing from now on.');
}
