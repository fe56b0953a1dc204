import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { BUILD_TESTS, CHECKLIST_ITEMS } from './checklist';
import { findIdea, NOT_FOUND, worksheetOf, type WriteResult } from './data';
import { evidenceRows, include, stressColumns, toIdea, worksheetColumns } from './rows';
import { isIdeaId, type Idea } from './schema';
import { recordVersion } from './versions';
import { whatIfName } from './what-if';

/**
 * Copies the owner's idea `id` as a what-if (issue #12): the worksheet,
 * ranges, stress profile and evidence marks, under "<name> (what-if)",
 * linked back to its original. The checklist and the build-it-once answers
 * start fresh and no actuals come along: they record what the founder did
 * for the original, which the variant has not been through.
 *
 * One transaction reads the original with the owner's filter and writes the
 * copy with its first version, so an idea of someone else's is "not found"
 * and nothing is written. `createKey` (one per rendered Duplicate button)
 * makes a double click or a retry answer with the copy that key already
 * made, through the same unique index as createIdea.
 */
export async function duplicateIdea(ownerId: string, id: string, options: { createKey?: string } = {}): Promise<WriteResult<Idea>> {
  if (!isIdeaId(id)) return NOT_FOUND;
  const { createKey } = options;
  try {
    return await db().$transaction(async (tx) => {
      const original = await findIdea(tx, ownerId, id);
      if (!original) return NOT_FOUND;
      const worksheet = { ...worksheetOf(original), name: whatIfName(original.name) };
      const row = await tx.idea.create({
        data: {
          ownerId,
          createKey,
          duplicatedFromId: original.id,
          ...worksheetColumns(worksheet),
          ...stressColumns(original.stress),
          evidence: { create: evidenceRows(original.evidence) },
          checklist: { create: CHECKLIST_ITEMS.map(({ item }) => ({ item })) },
          buildTests: { create: BUILD_TESTS.map(({ test }) => ({ test })) },
        },
        include,
      });
      await recordVersion(tx, ownerId, row.id, 'created');
      return { status: 'ok', saved: toIdea(row) } as const;
    });
  } catch (error) {
    if (createKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      // The key's copy, only if it is a copy of this idea: a key is the caller's own, but not proof of what it made.
      const existing = await db().idea.findFirst({ where: { ownerId, createKey, duplicatedFromId: id }, include });
      if (existing) return { status: 'ok', saved: toIdea(existing) };
    }
    throw error;
  }
}

/**
 * The original a what-if was copied from, when it still exists and is the
 * same owner's; null for any other idea (ideas never change owner, but the
 * link is shown only when the filter says so, not because it should).
 */
export async function whatIfOrigin(ownerId: string, id: string): Promise<{ id: string; name: string } | null> {
  if (!isIdeaId(id)) return null;
  const row = await db().idea.findFirst({
    where: { id, ownerId },
    select: { duplicatedFrom: { select: { id: true, name: true, ownerId: true } } },
  });
  const origin = row?.duplicatedFrom;
  return origin && origin.ownerId === ownerId ? { id: origin.id, name: origin.name } : null;
}
