import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { include, toIdea } from '@/lib/ideas/rows';

/**
 * "Download all my data": everything the account owns, as one JSON document
 * a person can read and another tool can parse. Every query is by the
 * signed-in user's id, so nothing of anyone else's can get in.
 *
 * Left out on purpose: what would let someone act as the account (the
 * password hash, session tokens, OAuth tokens) and the app's internals
 * (an idea's create key), and share links' token hashes. Bump FORMAT_VERSION whenever a field's meaning
 * changes or one is removed; adding a field keeps it.
 */
export const EXPORT_FORMAT = 'underwrite-account-export';
export const FORMAT_VERSION = 1;

const ideaInclude = {
  ...include,
  versions: { orderBy: { number: 'asc' } },
  actualWeeks: { orderBy: { weekStart: 'asc' } },
  actualImportMappings: { orderBy: { usedAt: 'asc' } },
  // A link's token is stored only as a hash, which is left out too: it is what a link is checked against.
  shareLinks: { select: { label: true, createdAt: true, revokedAt: true, lastViewedAt: true }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.IdeaInclude;

type IdeaExportRow = Prisma.IdeaGetPayload<{ include: typeof ideaInclude }>;

const num = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());
const day = (date: Date) => date.toISOString().slice(0, 10);

function exportIdea(row: IdeaExportRow) {
  return {
    ...toIdea(row),
    // The idea this one was copied from as a what-if (null when it was not, or the original is deleted).
    duplicatedFromId: row.duplicatedFromId,
    versions: row.versions.map((v) => ({
      number: v.number,
      kind: v.kind,
      restoredFrom: v.restoredFrom,
      createdAt: v.createdAt,
      snapshot: v.snapshot,
      outputs: v.outputs,
    })),
    actualWeeks: row.actualWeeks.map((w) => ({
      weekStart: day(w.weekStart),
      visitors: w.visitors,
      sales: w.sales,
      refunds: w.refunds,
      revenue: num(w.revenue),
      refundedAmount: num(w.refundedAmount),
      fees: num(w.fees),
      hoursSpent: num(w.hoursSpent),
      createdAt: w.createdAt,
      updatedAt: w.updatedAt,
    })),
    importMappings: row.actualImportMappings.map((m) => ({ columns: m.columnsKey, mapping: m.mapping, usedAt: m.usedAt })),
    shareLinks: row.shareLinks,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccount>>>;

/** The account's data, or null when the user no longer exists (deleted in another tab). */
export async function exportAccount(userId: string, now = new Date()) {
  // One snapshot: a save landing between the reads cannot leave the idea and its history disagreeing.
  return db().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: {
          email: true,
          name: true,
          emailVerified: true,
          createdAt: true,
          updatedAt: true,
          accounts: { select: { providerId: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
          sessions: { select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true }, orderBy: { createdAt: 'asc' } },
        },
      });
      if (!user) return null;
      const ideas = await tx.idea.findMany({ where: { ownerId: userId }, include: ideaInclude, orderBy: { createdAt: 'asc' } });
      const { accounts, sessions, ...account } = user;
      return {
        format: EXPORT_FORMAT,
        formatVersion: FORMAT_VERSION,
        exportedAt: now,
        account: { ...account, signInMethods: accounts.map((a) => ({ provider: a.providerId, createdAt: a.createdAt })), sessions },
        ideas: ideas.map(exportIdea),
      };
    },
    { isolationLevel: 'RepeatableRead' },
  );
}
