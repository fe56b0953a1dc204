import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findIdea, NOT_FOUND, replaceInputs, type WriteResult } from './data';
import { ideaInputSchema, isIdeaId } from './schema';
import {
  outputsOf,
  snapshotOf,
  versionKindSchema,
  versionOutputsSchema,
  versionSnapshotSchema,
  type IdeaVersion,
  type VersionKind,
} from './version-schema';

/**
 * An idea's history (issue #9, point 5): the data layer for idea_versions,
 * the only code that reads or writes them. Every saved change of an idea's
 * inputs calls recordVersion() inside the transaction that made the change,
 * so a change and its version are stored together or not at all. Rows are
 * never updated or deleted (but with their idea): a restore is a new row.
 */

type Tx = Prisma.TransactionClient;

/**
 * Takes the idea's row lock for the rest of the caller's transaction, so
 * versions are numbered one after another and each snapshot is read after
 * every change committed before it. A caller that has already updated the
 * idea holds the lock; one that changed only another table (evidence) gets
 * it here. False when the idea is not the owner's.
 */
async function lockIdea(tx: Tx, ownerId: string, ideaId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ideas WHERE id = ${ideaId}::uuid AND owner_id = ${ownerId} FOR UPDATE`;
  return rows.length === 1;
}

const latestOf = (tx: Tx, ideaId: string) =>
  tx.ideaVersion.findFirst({ where: { ideaId }, orderBy: { number: 'desc' }, select: { number: true, snapshot: true } });

/**
 * Records the idea's inputs as they now stand in `tx` (after the caller's
 * change) as its next version, with the engine's verdict and key numbers
 * for them. Call it inside the transaction of the change, after the change:
 * if either fails, neither is stored.
 *
 * A save that changed no input (the worksheet saved as it was) records
 * nothing and answers null: history lists changes, not clicks. A restore is
 * always recorded, as the founder asked for it. So a kind of change whose
 * data is not in the snapshot yet (evidence) must add it to the snapshot
 * (lib/ideas/version-schema.ts) or its versions are skipped as no change.
 */
export async function recordVersion(
  tx: Tx,
  ownerId: string,
  ideaId: string,
  kind: VersionKind,
  options: { restoredFrom?: number } = {},
): Promise<number | null> {
  if (!(await lockIdea(tx, ownerId, ideaId))) throw new Error(`recordVersion: idea ${ideaId} is not this owner's`);
  const idea = await findIdea(tx, ownerId, ideaId);
  if (!idea) throw new Error(`recordVersion: idea ${ideaId} vanished under its lock`);
  const snapshot = snapshotOf(idea);
  const latest = await latestOf(tx, ideaId);
  if (kind !== 'restore' && latest) {
    const previous = versionSnapshotSchema.safeParse(latest.snapshot);
    if (previous.success && isDeepStrictEqual(previous.data, snapshot)) return null;
  }
  const number = (latest?.number ?? 0) + 1;
  await tx.ideaVersion.create({
    data: {
      ideaId,
      number,
      kind,
      restoredFrom: options.restoredFrom ?? null,
      snapshot: snapshot as Prisma.InputJsonObject,
      outputs: outputsOf(snapshot) as Prisma.InputJsonObject,
    },
  });
  return number;
}

type VersionRow = Prisma.IdeaVersionGetPayload<object>;

function toVersion(row: VersionRow): IdeaVersion {
  const snapshot = versionSnapshotSchema.parse(row.snapshot);
  return {
    number: row.number,
    kind: versionKindSchema.parse(row.kind),
    restoredFrom: row.restoredFrom,
    createdAt: row.createdAt,
    snapshot,
    // Null only on rows the migration backfilled, which SQL could not run the engine for.
    outputs: row.outputs === null ? outputsOf(snapshot) : versionOutputsSchema.parse(row.outputs),
    outputsComputedLater: row.outputs === null,
  };
}

/** The idea's versions, newest first; none when the idea is not the owner's. */
export async function listVersions(ownerId: string, ideaId: string): Promise<IdeaVersion[]> {
  if (!isIdeaId(ideaId)) return [];
  const rows = await db().ideaVersion.findMany({ where: { ideaId, idea: { ownerId } }, orderBy: { number: 'desc' } });
  return rows.map(toVersion);
}

/** A restore refused because the snapshot breaks a worksheet rule added since it was saved. */
export type RestoreResult = WriteResult<number> | { status: 'invalid'; messages: string[] };

/**
 * Writes version `number`'s inputs back to the idea (worksheet, ranges and
 * stress profile), raises the idea's `version` (an edit form open on the old
 * values is now stale) and records the result as a new version of kind
 * `restore`: nothing is lost, the versions in between stay.
 *
 * The guard is `expectedLatest`, the newest version the page listed, not
 * the idea's `version`: a stress profile save does not raise `version` but
 * is a change the founder would lose, and every change of the inputs adds a
 * version. Answers the new version's number.
 */
export async function restoreVersion(ownerId: string, ideaId: string, number: number, expectedLatest: number): Promise<RestoreResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  const outcome = await db().$transaction(async (tx): Promise<RestoreResult | 'conflict'> => {
    if (!(await lockIdea(tx, ownerId, ideaId))) return NOT_FOUND;
    const latest = await latestOf(tx, ideaId);
    if (latest?.number !== expectedLatest) return 'conflict';
    const row = await tx.ideaVersion.findUnique({ where: { ideaId_number: { ideaId, number } } });
    if (!row) return NOT_FOUND;
    const { stress, ...worksheet } = versionSnapshotSchema.parse(row.snapshot);
    // A snapshot satisfied the worksheet's rules when saved; one added since may refuse it.
    const input = ideaInputSchema.safeParse(worksheet);
    if (!input.success) return { status: 'invalid', messages: input.error.issues.map((issue) => issue.message) };
    await replaceInputs(tx, ownerId, ideaId, input.data, stress);
    const saved = await recordVersion(tx, ownerId, ideaId, 'restore', { restoredFrom: number });
    return { status: 'ok', saved: saved! };
  });
  if (outcome !== 'conflict') return outcome;
  const current = await findIdea(db(), ownerId, ideaId);
  return current ? { status: 'conflict', current } : NOT_FOUND;
}
