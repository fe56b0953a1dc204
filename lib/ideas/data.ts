import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Assumptions, StressProfile } from '@/lib/underwrite/schema';
import { BUILD_TESTS, CHECKLIST_ITEMS, type BuildTestAnswer, type BuildTestKey } from './checklist';
import type { ProductType } from './product-types';
import type { IdeaInput } from './schema';

/**
 * The data access layer for ideas: the only code that calls Prisma for them.
 * Every function takes the owner and every query filters by it, so an idea
 * of someone else's is indistinguishable from one that does not exist.
 * Callers validate input with lib/ideas/schema.ts first.
 */

export type ChecklistEntry = { item: number; done: boolean; doneAt: Date | null; evidence: string };
export type BuildTestEntry = { test: BuildTestKey; answer: BuildTestAnswer; note: string };

export type Idea = {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  name: string;
  productType: ProductType;
  problem: string;
  audience: string;
  assumptions: Assumptions;
  stress: StressProfile;
  checklist: ChecklistEntry[];
  buildTests: BuildTestEntry[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can match no row; checking here keeps PostgreSQL from raising a cast error (a 500). */
export const isIdeaId = (id: string): boolean => UUID.test(id);

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
    assumptions: {
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
    },
    stress: {
      trafficChange: n(row.stressTrafficChange),
      conversionChange: n(row.stressConversionChange),
      refundRateAdd: n(row.stressRefundRateAdd),
      supportChange: n(row.stressSupportChange),
      churnRateAdd: n(row.stressChurnRateAdd),
      upkeepChange: n(row.stressUpkeepChange),
    },
    checklist: row.checklist.map(({ item, done, doneAt, evidence }) => ({ item, done, doneAt, evidence })),
    // Always the four tests in the article's order, whatever rows exist.
    buildTests: BUILD_TESTS.map(({ test }) => {
      const saved = byTest.get(test);
      return { test, answer: saved?.answer ?? 'unknown', note: saved?.note ?? '' };
    }),
  };
}

function ideaColumns(input: IdeaInput) {
  // Prisma accepts JS numbers for Decimal columns; PostgreSQL rounds to each column's scale.
  const { name, productType, problem, audience, ...assumptions } = input;
  return { name, productType, problem, audience, ...assumptions };
}

export async function listIdeas(ownerId: string): Promise<Idea[]> {
  const rows = await db().idea.findMany({ where: { ownerId }, include, orderBy: { createdAt: 'desc' } });
  return rows.map(toIdea);
}

export async function getIdea(ownerId: string, id: string): Promise<Idea | null> {
  if (!isIdeaId(id)) return null;
  const row = await db().idea.findFirst({ where: { id, ownerId }, include });
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
    const row = await db().idea.create({
      data: {
        ownerId,
        createKey,
        ...ideaColumns(input),
        checklist: { create: CHECKLIST_ITEMS.map(({ item }) => ({ item })) },
        buildTests: { create: BUILD_TESTS.map(({ test }) => ({ test })) },
      },
      include,
    });
    return toIdea(row);
  } catch (error) {
    if (createKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await db().idea.findFirst({ where: { ownerId, createKey }, include });
      if (existing) return toIdea(existing);
    }
    throw error;
  }
}

export type UpdateResult = { status: 'ok'; idea: Idea } | { status: 'not_found' } | { status: 'conflict'; current: Idea };

/**
 * Saves the worksheet only if nobody saved since `expectedVersion` was read:
 * the WHERE clause carries the version, so two tabs cannot silently
 * overwrite each other.
 */
export async function updateIdea(
  ownerId: string,
  id: string,
  expectedVersion: number,
  input: IdeaInput,
): Promise<UpdateResult> {
  if (!isIdeaId(id)) return { status: 'not_found' };
  const { count } = await db().idea.updateMany({
    where: { id, ownerId, version: expectedVersion },
    data: { ...ideaColumns(input), version: { increment: 1 } },
  });
  const current = await getIdea(ownerId, id);
  if (!current) return { status: 'not_found' };
  return count === 1 ? { status: 'ok', idea: current } : { status: 'conflict', current };
}

function stressColumns(stress: StressProfile) {
  return {
    stressTrafficChange: stress.trafficChange,
    stressConversionChange: stress.conversionChange,
    stressRefundRateAdd: stress.refundRateAdd,
    stressSupportChange: stress.supportChange,
    stressChurnRateAdd: stress.churnRateAdd,
    stressUpkeepChange: stress.upkeepChange,
  };
}

/**
 * Saves the idea's stress profile. It does not bump `version`: that guards
 * the worksheet form, and a profile saved from the results page must not
 * make an open edit form stale.
 */
export async function updateStressProfile(ownerId: string, id: string, stress: StressProfile): Promise<boolean> {
  if (!isIdeaId(id)) return false;
  const { count } = await db().idea.updateMany({ where: { id, ownerId }, data: stressColumns(stress) });
  return count === 1;
}

export async function deleteIdea(ownerId: string, id: string): Promise<boolean> {
  if (!isIdeaId(id)) return false;
  const { count } = await db().idea.deleteMany({ where: { id, ownerId } });
  return count === 1;
}
