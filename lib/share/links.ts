import 'server-only';
import { db } from '@/lib/db/client';
import { toWeek } from '@/lib/ideas/actuals';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { NOT_FOUND, OK, type WriteResult } from '@/lib/ideas/data';
import { include, toIdea } from '@/lib/ideas/rows';
import { isIdeaId, type Idea } from '@/lib/ideas/schema';
import { hashShareToken, newShareToken } from './token';

/**
 * The data layer for share links: the only code that calls Prisma for them.
 * The owner's functions go through the idea and filter by its owner, so a
 * link of someone else's idea is indistinguishable from one that does not
 * exist. The token itself is never stored: createShareLink hands it back
 * once, and the page finds the link by the token's hash.
 */

export type ShareLink = { id: string; label: string; createdAt: Date; revokedAt: Date | null; lastViewedAt: Date | null };

const LINK_COLUMNS = { id: true, label: true, createdAt: true, revokedAt: true, lastViewedAt: true } as const;

const ownedIdea = (ownerId: string, ideaId: string) => db().idea.findFirst({ where: { id: ideaId, ownerId }, select: { id: true } });

/** A new link to the owner's idea, with its token (shown to the owner this once); null when the idea is not the owner's. */
export async function createShareLink(ownerId: string, ideaId: string, label: string): Promise<{ link: ShareLink; token: string } | null> {
  if (!isIdeaId(ideaId) || !(await ownedIdea(ownerId, ideaId))) return null;
  const token = newShareToken();
  // The idea may be deleted between the check and the insert: its foreign key then refuses the row (P2003), which is "not found" too.
  try {
    const link = await db().shareLink.create({ data: { ideaId, tokenHash: hashShareToken(token), label }, select: LINK_COLUMNS });
    return { link, token };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'P2003') return null;
    throw error;
  }
}

/** The idea's links, newest first, revoked ones included; null when the idea is not the owner's. */
export async function listShareLinks(ownerId: string, ideaId: string): Promise<ShareLink[] | null> {
  if (!isIdeaId(ideaId)) return null;
  const idea = await db().idea.findFirst({
    where: { id: ideaId, ownerId },
    select: { shareLinks: { select: LINK_COLUMNS, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] } },
  });
  return idea ? idea.shareLinks : null;
}

/** Revokes a link of the owner's idea at once and for good; revoking it again changes nothing and is ok. */
export async function revokeShareLink(ownerId: string, ideaId: string, linkId: string): Promise<WriteResult> {
  if (!isIdeaId(ideaId) || !isIdeaId(linkId)) return NOT_FOUND;
  const where = { id: linkId, ideaId, idea: { ownerId } };
  const { count } = await db().shareLink.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count > 0) return OK;
  return (await db().shareLink.count({ where })) > 0 ? OK : NOT_FOUND;
}

/**
 * The idea a token opens, with its logged weeks, or null. An unknown token
 * and a revoked one take the same path: hash, then one query that matches
 * live links only, so neither answers sooner than the other.
 */
export async function findSharedIdea(token: string): Promise<{ idea: Idea; weeks: ActualWeek[] } | null> {
  const [link] = await db().shareLink.updateManyAndReturn({
    where: { tokenHash: hashShareToken(token), revokedAt: null },
    data: { lastViewedAt: new Date() },
    select: { ideaId: true },
  });
  if (!link) return null;
  const row = await db().idea.findUnique({
    where: { id: link.ideaId },
    include: { ...include, actualWeeks: { orderBy: { weekStart: 'asc' } } },
  });
  return row ? { idea: toIdea(row), weeks: row.actualWeeks.map(toWeek) } : null;
}
