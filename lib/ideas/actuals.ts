import 'server-only';
import { type ColumnMapping, columnMappingSchema, mappingKey } from '@/lib/actuals';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ActualWeek } from './actuals-schema';
import { NOT_FOUND, OK, type WriteResult } from './data';
import { isIdeaId } from './schema';

/**
 * The data layer for weekly actuals: the only code that calls Prisma for
 * them. Every function takes the owner and goes through the idea, so a week
 * of someone else's idea is indistinguishable from one that does not exist.
 * Callers parse with actuals-schema.ts first.
 */

type Row = Prisma.ActualWeekGetPayload<object>;

const dayOf = (weekStart: string) => new Date(`${weekStart}T00:00:00Z`);
const num = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

export function toWeek(row: Row): ActualWeek {
  return {
    weekStart: row.weekStart.toISOString().slice(0, 10),
    visitors: row.visitors,
    sales: row.sales,
    refunds: row.refunds,
    revenue: num(row.revenue),
    refundedAmount: num(row.refundedAmount),
    fees: num(row.fees),
    hoursSpent: num(row.hoursSpent),
  };
}

const ownedIdea = (tx: Prisma.TransactionClient, ownerId: string, ideaId: string) =>
  tx.idea.findFirst({ where: { id: ideaId, ownerId }, select: { id: true } });

/** The idea's weeks, oldest first; null when the idea is not the owner's. */
export async function listActualWeeks(ownerId: string, ideaId: string): Promise<ActualWeek[] | null> {
  if (!isIdeaId(ideaId)) return null;
  const idea = await db().idea.findFirst({
    where: { id: ideaId, ownerId },
    select: { actualWeeks: { orderBy: { weekStart: 'asc' } } },
  });
  return idea ? idea.actualWeeks.map(toWeek) : null;
}

/** Saves one week as typed: its figures replace that week's, blanks included. */
export async function saveActualWeek(ownerId: string, ideaId: string, week: ActualWeek): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    if (!(await ownedIdea(tx, ownerId, ideaId))) return NOT_FOUND;
    const { weekStart, ...figures } = week;
    await tx.actualWeek.upsert({
      where: { ideaId_weekStart: { ideaId, weekStart: dayOf(weekStart) } },
      create: { ideaId, weekStart: dayOf(weekStart), ...figures },
      update: figures,
    });
    return OK;
  });
}

export async function deleteActualWeek(ownerId: string, ideaId: string, weekStart: string): Promise<WriteResult> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    if (!(await ownedIdea(tx, ownerId, ideaId))) return NOT_FOUND;
    const { count } = await tx.actualWeek.deleteMany({ where: { ideaId, weekStart: dayOf(weekStart) } });
    return count === 1 ? OK : NOT_FOUND;
  });
}

/** How many column mappings an idea remembers; the least recently used go first. */
export const REMEMBERED_MAPPINGS = 20;

/**
 * Stores a confirmed import, all weeks or none (one transaction). A figure
 * the files gave replaces that week's; one they did not give (null: hours,
 * or sales from an analytics file alone) keeps what was logged by hand.
 * `remember`, the mapping the founder confirmed, is kept with the idea in
 * the same transaction, so a failed import remembers nothing either.
 */
export async function importActualWeeks(
  ownerId: string,
  ideaId: string,
  weeks: ActualWeek[],
  remember?: ColumnMapping,
): Promise<WriteResult<{ stored: number }>> {
  if (!isIdeaId(ideaId)) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    if (!(await ownedIdea(tx, ownerId, ideaId))) return NOT_FOUND;
    for (const { weekStart, ...figures } of weeks) {
      const given = Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== null));
      await tx.actualWeek.upsert({
        where: { ideaId_weekStart: { ideaId, weekStart: dayOf(weekStart) } },
        create: { ideaId, weekStart: dayOf(weekStart), ...figures },
        update: given,
      });
    }
    if (remember) await rememberMapping(tx, ideaId, remember);
    return { status: 'ok', saved: { stored: weeks.length } } as const;
  });
}

async function rememberMapping(tx: Prisma.TransactionClient, ideaId: string, mapping: ColumnMapping): Promise<void> {
  const columnsKey = mappingKey(mapping);
  const usedAt = new Date();
  await tx.actualImportMapping.upsert({
    where: { ideaId_columnsKey: { ideaId, columnsKey } },
    create: { ideaId, columnsKey, mapping, usedAt },
    update: { mapping, usedAt },
  });
  const kept = await tx.actualImportMapping.findMany({
    where: { ideaId },
    orderBy: { usedAt: 'desc' },
    take: REMEMBERED_MAPPINGS,
    select: { columnsKey: true },
  });
  await tx.actualImportMapping.deleteMany({ where: { ideaId, columnsKey: { notIn: kept.map((row) => row.columnsKey) } } });
}

/**
 * The column mappings remembered for the idea, most recently used first;
 * null when the idea is not the owner's. One that no longer reads as a
 * mapping (the import's rules changed since) is left out, not thrown.
 */
export async function listImportMappings(ownerId: string, ideaId: string): Promise<ColumnMapping[] | null> {
  if (!isIdeaId(ideaId)) return null;
  const idea = await db().idea.findFirst({
    where: { id: ideaId, ownerId },
    select: { actualImportMappings: { orderBy: { usedAt: 'desc' }, select: { mapping: true } } },
  });
  if (!idea) return null;
  return idea.actualImportMappings.flatMap((row) => {
    const parsed = columnMappingSchema.safeParse(row.mapping);
    return parsed.success ? [parsed.data] : [];
  });
}
