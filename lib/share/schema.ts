import { z } from 'zod';
import { ideaIdSchema } from '@/lib/ideas/schema';
import { withoutNul } from '@/lib/text';

/** A share link's label: who it is for, so the owner knows which to revoke (the column is VARCHAR(80)). */
export const SHARE_LABEL_MAX = 80;

// zod counts characters (code points), as PostgreSQL's VARCHAR does.
const labelText = z
  .string({ error: 'The label must be text.' })
  .overwrite(withoutNul)
  .trim()
  .max(SHARE_LABEL_MAX, { error: `Keep the label under ${SHARE_LABEL_MAX} characters.` });

/** The share page's create form, read by createShareLinkAction. */
export const createShareLinkSchema = z.object({ ideaId: ideaIdSchema, label: labelText.default('') });

/** A link's revoke button, read by revokeShareLinkAction. */
export const revokeShareLinkSchema = z.object({ ideaId: ideaIdSchema, linkId: z.guid({ error: 'This link no longer exists.' }) });

/** What a created link hands back to the owner's browser, this once. */
export type CreatedShareLink = { path: string };
