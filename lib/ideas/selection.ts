import 'server-only';
import { db } from '@/lib/db/client';
import { include, toIdea } from './rows';
import { isIdeaId, type Idea } from './schema';

/**
 * The owner's ideas among `ids`, in the order of `ids` (compare, issue #12).
 * Any other id, another owner's or nobody's or not an id at all, is simply
 * absent: the caller cannot tell which, and neither can the founder.
 */
export async function getOwnIdeas(ownerId: string, ids: string[]): Promise<Idea[]> {
  const wanted = ids.filter(isIdeaId).map((id) => id.toLowerCase());
  if (wanted.length === 0) return [];
  const rows = await db().idea.findMany({ where: { ownerId, id: { in: wanted } }, include });
  const byId = new Map(rows.map((row) => [row.id, toIdea(row)]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}
