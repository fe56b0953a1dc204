import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Ranges } from '@/lib/underwrite/ranges';
import type { StressProfile } from '@/lib/underwrite/schema';
import { BUILD_TESTS, CHECKLIST_ITEMS } from './checklist';
import { applyNumbers, numberApplications } from './checklist-numbers';
import type { EvidenceMap } from './evidence';
import { ideaInputSchema, isIdeaId, type Idea, type IdeaInput } from './schema';
import { evidenceRows, include, rangeColumns, stressColumns, toIdea, worksheetColumns } from './rows';
import { recordVersion } from './versions';
import type { VersionKind } from './version-schema';

// The stress profile's write lives beside it in stress-data.ts; callers keep one import for every idea write.
export { updateStressProfile } from './stress-data';

export const NOTHING_TO_APPLY = 'This task has no numbers to apply: record them first.';

/**
 * The data access layer for ideas: the only code that calls Prisma for them.
 * Every function takes the owner and every query filters by it, so an idea
 * of someone else's is indistinguishable from one that does not exist.
 * Callers parse input with lib/ideas/schema.ts first; this layer trusts its
 * types, and checks only that an id can be one (isIdeaId), so a malformed id
 * from a URL or a form is "not found" rather than a PostgreSQL cast error.
 *
 * Every write that changes an idea's inputs records a version of them in
 * the same transaction (recordVersion, lib/ideas/versions.ts): the history.
 */

/**
 * What every write to an existing idea answers (here and in progress.ts):
 * `saved` is what was stored when the caller needs it back; `conflict` comes
 * only from the worksheet's version guard (updateIdea).
 */
export type WriteResult<Saved = null> =
  | { status: 'ok'; saved: Saved }
  | { status: 'not_found' }
  | { status: 'conflict'; current: Idea };

export const OK = { status: 'ok', saved: null } as const;
export const NOT_FOUND = { status: 'not_found' } as const;

export async function listIdeas(ownerId: string): Promise<Idea[]> {
  const rows = await db().idea.findMany({ where: { ownerId }, include, orderBy: { createdAt: 'desc' } });
  return rows.map(toIdea);
}

export async function getIdea(ownerId: string, id: string): Promise<Idea | null> {
  if (!isIdeaId(id)) return null;
  return findIdea(db(), ownerId, id);
}

/** The idea as `client` sees it: inside a transaction, with that transaction's own writes. `id` must be an idea id. */
export async function findIdea(client: Prisma.TransactionClient, ownerId: string, id: string): Promise<Idea | null> {
  const row = await client.idea.findFirst({ where: { id, ownerId }, include });
  return row ? toIdea(row) : null;
}

export async function countIdeas(ownerId: string): Promise<number> {
  return db().idea.count({ where: { ownerId } });
}

/**
 * Creates the idea with its five checklist items and four build-it-once
 * tests, all or nothing. With a `createKey` (one per opened create form) a
 * retried or double-submitted create returns the idea that key already made:
 * the unique index (owner_id, create_key) decides, even for two requests
 * racing each other.
 */
export async function createIdea(ownerId: string, input: IdeaInput, options: { createKey?: string } = {}): Promise<Idea> {
  const { createKey } = options;
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.idea.create({
        data: {
          ownerId,
          createKey,
          // Prisma accepts JS numbers for Decimal columns; PostgreSQL rounds to each column's scale.
          ...worksheetColumns(input),
          evidence: { create: evidenceRows(input.evidence ?? {}) },
          checklist: { create: CHECKLIST_ITEMS.map(({ item }) => ({ item })) },
          buildTests: { create: BUILD_TESTS.map(({ test }) => ({ test })) },
        },
        include,
      });
      await recordVersion(tx, ownerId, row.id, 'created');
      return toIdea(row);
    });
  } catch (error) {
    if (createKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await db().idea.findFirst({ where: { ownerId, createKey }, include });
      if (existing) return toIdea(existing);
    }
    throw error;
  }
}

/**
 * Saves the worksheet only if nobody saved since `expectedVersion` was read:
 * the WHERE clause carries the version, so two tabs cannot silently
 * overwrite each other. A refused save answers with the idea as it now is,
 * for the founder to compare.
 */
export async function updateIdea(ownerId: string, id: string, expectedVersion: number, input: IdeaInput): Promise<WriteResult> {
  if (!isIdeaId(id)) return NOT_FOUND;
  return guardedWrite(ownerId, id, async (tx) => {
    const before = await findIdea(tx, ownerId, id);
    if (!(await writeWorksheet(tx, ownerId, id, expectedVersion, input))) return null;
    // A save that changed the marks alone is history's "Evidence recorded".
    const after = await findIdea(tx, ownerId, id);
    return before && after && sameWorksheet(before, after) ? 'evidence' : 'worksheet';
  });
}

/** Whether two reads of an idea hold the same worksheet, its evidence marks aside (both as stored, so exactly comparable). */
function sameWorksheet(a: Idea, b: Idea): boolean {
  const { evidence: _a, ...was } = worksheetOf(a);
  const { evidence: _b, ...now } = worksheetOf(b);
  return isDeepStrictEqual(was, now);
}

const WORKSHEET_KEYS = Object.keys(ideaInputSchema.shape) as (keyof IdeaInput)[];
export const worksheetOf = (idea: Idea): IdeaInput => Object.fromEntries(WORKSHEET_KEYS.map((key) => [key, idea[key]])) as IdeaInput;

/**
 * A version-guarded write and its history version, in one transaction. The
 * write answers the kind of change it made, or null when it changed nothing:
 * a newer save (or no such idea of this owner), told apart after the
 * transaction.
 */
async function guardedWrite(ownerId: string, id: string, write: (tx: Prisma.TransactionClient) => Promise<VersionKind | null>): Promise<WriteResult> {
  const saved = await db().$transaction(async (tx) => {
    const kind = await write(tx);
    if (kind === null) return false;
    await recordVersion(tx, ownerId, id, kind);
    return true;
  });
  if (saved) return OK;
  const current = await getIdea(ownerId, id);
  return current ? { status: 'conflict', current } : NOT_FOUND;
}

/**
 * The worksheet's guarded write, inside the caller's transaction: the
 * columns where the version still is `expectedVersion`, then the evidence
 * rows (when the input carries evidence), which the same transaction
 * replaces whole, so a refused save leaves both as they were. False when the
 * guard refused it.
 */
async function writeWorksheet(tx: Prisma.TransactionClient, ownerId: string, id: string, expectedVersion: number, input: IdeaInput): Promise<boolean> {
  const { count } = await tx.idea.updateMany({
    where: { id, ownerId, version: expectedVersion },
    data: { ...worksheetColumns(input), version: { increment: 1 } },
  });
  if (count !== 1) return false;
  if (input.evidence) await replaceEvidence(tx, id, input.evidence);
  return true;
}

/** The idea's marks, replaced whole. Only after a write that checked the owner. */
async function replaceEvidence(tx: Prisma.TransactionClient, id: string, evidence: EvidenceMap): Promise<void> {
  await tx.ideaEvidence.deleteMany({ where: { ideaId: id } });
  await tx.ideaEvidence.createMany({ data: evidenceRows(evidence).map((row) => ({ ideaId: id, ...row })) });
}

/**
 * Applies checklist item `item`'s recorded numbers to the worksheet
 * (applyNumbers: each value set and marked measured), as one worksheet save
 * with its version guard, and history's "Checklist number applied". `invalid`
 * when the item holds nothing to apply or the result would break a
 * worksheet rule (it cannot, by construction, but the rules are checked,
 * not assumed).
 */
export async function applyChecklistNumbers(
  ownerId: string,
  id: string,
  item: number,
  expectedVersion: number,
): Promise<WriteResult | { status: 'invalid'; message: string }> {
  if (!isIdeaId(id)) return NOT_FOUND;
  let invalid: string | null = null;
  const result = await guardedWrite(ownerId, id, async (tx) => {
    const idea = await findIdea(tx, ownerId, id);
    if (!idea || idea.version !== expectedVersion) return null;
    const entry = idea.checklist.find((c) => c.item === item);
    const applications = entry ? numberApplications(entry) : [];
    const parsed = ideaInputSchema.safeParse(applyNumbers(idea, applications));
    if (applications.length === 0 || !parsed.success) {
      invalid = applications.length === 0 ? NOTHING_TO_APPLY : (parsed.error?.issues[0]?.message ?? NOTHING_TO_APPLY);
      return null;
    }
    return (await writeWorksheet(tx, ownerId, id, expectedVersion, parsed.data)) ? 'apply' : null;
  });
  return invalid === null ? result : { status: 'invalid', message: invalid };
}

/**
 * Saves the idea's ranges alone (the idea page's range editor), with the
 * worksheet's version guard: ranges are part of the worksheet, and must be
 * checked against the values they were drawn around. The caller checked
 * them against `expectedVersion`'s values (checkRanges); the database's
 * CHECKs refuse a range that a newer save has left its value outside of,
 * but the version guard answers first.
 */
export async function updateRanges(ownerId: string, id: string, expectedVersion: number, ranges: Ranges): Promise<WriteResult> {
  if (!isIdeaId(id)) return NOT_FOUND;
  return guardedWrite(ownerId, id, async (tx) => {
    const { count } = await tx.idea.updateMany({
      where: { id, ownerId, version: expectedVersion },
      data: { ...rangeColumns(ranges), version: { increment: 1 } },
    });
    return count === 1 ? 'ranges' : null;
  });
}

/**
 * Replaces the idea's inputs, worksheet (ranges included) and stress profile
 * alike, inside the caller's transaction, and raises `version` so an edit
 * form open on the old values is stale. For restoreVersion(), which has
 * checked ownership and its own guard under the idea's lock.
 */
export async function replaceInputs(tx: Prisma.TransactionClient, ownerId: string, id: string, input: IdeaInput, stress: StressProfile): Promise<void> {
  const { count } = await tx.idea.updateMany({
    where: { id, ownerId },
    data: { ...worksheetColumns(input), ...stressColumns(stress), version: { increment: 1 } },
  });
  if (count !== 1) throw new Error(`replaceInputs: idea ${id} is not this owner's`);
  // A version from before evidence marks has none to bring back: the marks stay as they are.
  if (input.evidence) await replaceEvidence(tx, id, input.evidence);
}

export async function deleteIdea(ownerId: string, id: string): Promise<WriteResult> {
  if (!isIdeaId(id)) return NOT_FOUND;
  const { count } = await db().idea.deleteMany({ where: { id, ownerId } });
  return count === 1 ? OK : NOT_FOUND;
}
