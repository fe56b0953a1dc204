import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { RANGE_FIELDS, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import type { StressKey, StressProfile } from '@/lib/underwrite/schema';
import { BUILD_TESTS, CHECKLIST_ITEMS } from './checklist';
import { isIdeaId, type Idea, type IdeaInput } from './schema';
import { recordVersion } from './versions';

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

const include = {
  checklist: { orderBy: { item: 'asc' } },
  buildTests: true,
} satisfies Prisma.IdeaInclude;

type IdeaRow = Prisma.IdeaGetPayload<{ include: typeof include }>;

function toIdea(row: IdeaRow): Idea {
  const n = (d: Prisma.Decimal) => d.toNumber();
  const byTest = new Map(row.buildTests.map((t) => [t.test, t]));
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    name: row.name,
    productType: row.productType,
    problem: row.problem,
    audience: row.audience,
    pricingModel: row.pricingModel,
    price: n(row.price),
    monthlyVisitors: n(row.monthlyVisitors),
    visitorGrowthRate: n(row.visitorGrowthRate),
    conversionRate: n(row.conversionRate),
    refundRate: n(row.refundRate),
    feeRate: n(row.feeRate),
    feePerTransaction: n(row.feePerTransaction),
    churnRate: n(row.churnRate),
    supportMinutesPerCustomer: n(row.supportMinutesPerCustomer),
    upkeepHoursPerMonth: n(row.upkeepHoursPerMonth),
    adSpendPerMonth: n(row.adSpendPerMonth),
    hourlyRate: n(row.hourlyRate),
    upfrontHours: n(row.upfrontHours),
    upfrontCash: n(row.upfrontCash),
    horizonMonths: row.horizonMonths,
    servicePackageRate: n(row.servicePackageRate),
    servicePackagePrice: n(row.servicePackagePrice),
    servicePackageHours: n(row.servicePackageHours),
    availableHoursPerMonth: n(row.availableHoursPerMonth),
    ranges: toRanges(row),
    stress: toStressProfile(row),
    checklist: row.checklist.map(({ item, done, doneAt, evidence }) => ({ item, done, doneAt, evidence })),
    // Always the four tests in the article's order, whatever rows exist.
    buildTests: BUILD_TESTS.map(({ test }) => {
      const saved = byTest.get(test);
      return { test, answer: saved?.answer ?? 'unknown', note: saved?.note ?? '' };
    }),
  };
}

type RangeColumn = `${RangeField}${'Low' | 'High'}`;
const rangeColumn = (field: RangeField, end: 'Low' | 'High') => `${field}${end}` as RangeColumn;

function toRanges(row: { [K in RangeColumn]: Prisma.Decimal | null }): Ranges {
  const ranges: Ranges = {};
  for (const field of RANGE_FIELDS) {
    const low = row[rangeColumn(field, 'Low')];
    const high = row[rangeColumn(field, 'High')];
    // The CHECKs make both ends null or neither.
    if (low !== null && high !== null) ranges[field] = { low: low.toNumber(), high: high.toNumber() };
  }
  return ranges;
}

/** The columns of `ranges`: every range field's ends, null where it has none (so a removed range is cleared). */
function rangeColumns(ranges: Ranges): Record<RangeColumn, number | null> {
  return Object.fromEntries(
    RANGE_FIELDS.flatMap((field) => [
      [rangeColumn(field, 'Low'), ranges[field]?.low ?? null],
      [rangeColumn(field, 'High'), ranges[field]?.high ?? null],
    ]),
  ) as Record<RangeColumn, number | null>;
}

/** The worksheet as columns. */
function worksheetColumns({ ranges, ...rest }: IdeaInput) {
  return { ...rest, ...rangeColumns(ranges) };
}

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
  return guardedWrite(ownerId, id, 'worksheet', (tx) =>
    tx.idea.updateMany({
      where: { id, ownerId, version: expectedVersion },
      data: { ...worksheetColumns(input), version: { increment: 1 } },
    }),
  );
}

/**
 * A version-guarded write and its history version, in one transaction. The
 * write answers how many rows it changed: none means a newer save (or no
 * such idea of this owner), told apart after the transaction.
 */
async function guardedWrite(
  ownerId: string,
  id: string,
  kind: 'worksheet' | 'ranges',
  write: (tx: Prisma.TransactionClient) => Promise<{ count: number }>,
): Promise<WriteResult> {
  const saved = await db().$transaction(async (tx) => {
    if ((await write(tx)).count !== 1) return false;
    await recordVersion(tx, ownerId, id, kind);
    return true;
  });
  if (saved) return OK;
  const current = await getIdea(ownerId, id);
  return current ? { status: 'conflict', current } : NOT_FOUND;
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
  return guardedWrite(ownerId, id, 'ranges', (tx) =>
    tx.idea.updateMany({
      where: { id, ownerId, version: expectedVersion },
      data: { ...rangeColumns(ranges), version: { increment: 1 } },
    }),
  );
}

/** The column of each stress lever. */
const STRESS_COLUMN = {
  priceChange: 'stressPriceChange',
  trafficChange: 'stressTrafficChange',
  growthRateAdd: 'stressGrowthRateAdd',
  conversionChange: 'stressConversionChange',
  refundRateAdd: 'stressRefundRateAdd',
  supportChange: 'stressSupportChange',
  churnRateAdd: 'stressChurnRateAdd',
  upkeepChange: 'stressUpkeepChange',
  buildOverrun: 'stressBuildOverrun',
} as const satisfies Record<StressKey, keyof Prisma.IdeaSelect>;

const STRESS_KEYS = Object.keys(STRESS_COLUMN) as StressKey[];
const STRESS_COLUMNS = Object.fromEntries(STRESS_KEYS.map((key) => [STRESS_COLUMN[key], true])) as {
  [K in StressKey as (typeof STRESS_COLUMN)[K]]: true;
};

const stressColumns = (stress: StressProfile) => Object.fromEntries(STRESS_KEYS.map((key) => [STRESS_COLUMN[key], stress[key]]));

function toStressProfile(row: Prisma.IdeaGetPayload<{ select: typeof STRESS_COLUMNS }>): StressProfile {
  return Object.fromEntries(STRESS_KEYS.map((key) => [key, row[STRESS_COLUMN[key]].toNumber()])) as StressProfile;
}

/**
 * Saves the idea's stress profile and answers with the profile as stored
 * (rounded to the columns' scale), which the stress panel compares its
 * sliders against. It does not bump `version`: that guards the worksheet
 * form, and a profile saved from the results page must not make an open
 * edit form stale.
 */
export async function updateStressProfile(ownerId: string, id: string, stress: StressProfile): Promise<WriteResult<StressProfile>> {
  if (!isIdeaId(id)) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    const [row] = await tx.idea.updateManyAndReturn({ where: { id, ownerId }, data: stressColumns(stress), select: STRESS_COLUMNS });
    if (!row) return NOT_FOUND;
    // History keeps it all the same: the stress case, and so the verdict, moved.
    await recordVersion(tx, ownerId, id, 'stress');
    return { status: 'ok', saved: toStressProfile(row) };
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
}

export async function deleteIdea(ownerId: string, id: string): Promise<WriteResult> {
  if (!isIdeaId(id)) return NOT_FOUND;
  const { count } = await db().idea.deleteMany({ where: { id, ownerId } });
  return count === 1 ? OK : NOT_FOUND;
}
