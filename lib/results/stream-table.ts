/*
 * Seed 001's table of semi-passive streams as the worksheet shows it beside
 * the product type: the chosen type's row, why its typical build and upkeep
 * hours are what they are, and the whole table (the seed's five rows, then
 * the three types the seed leaves out, marked as ours).
 */
import { defaultAssumptions, PRODUCT_TYPE_INFO, PRODUCT_TYPES, STREAMS, type Effort, type ProductType } from '@/lib/ideas/product-types';
import { formatHours } from './format';

export type StreamRow = {
  /** The seed's name for the stream, or the product type's own name when the seed leaves it out. */
  stream: string;
  fromSeed: boolean;
  /** The product types the row stands for, in the product-type list's order. */
  types: ProductType[];
  /** Those types by name, when the row's name does not already say it: "Template, Ebook, Digital download". */
  typesText: string | null;
  upfrontWork: Effort;
  upkeep: Effort;
  bestFor: string;
};

/** Said of every row the seed's table does not have. */
export const NOT_IN_SEED = 'not in seed 001’s table: our own estimate';

function rowFor(type: ProductType, types: ProductType[]): StreamRow {
  const { seedRow, upfrontWork, upkeep, bestFor } = STREAMS[type];
  const stream = seedRow ?? PRODUCT_TYPE_INFO[type].label;
  const names = types.map((t) => PRODUCT_TYPE_INFO[t].label);
  return {
    stream,
    fromSeed: seedRow !== null,
    types,
    typesText: names.length === 1 && names[0] === stream ? null : names.join(', '),
    upfrontWork,
    upkeep,
    bestFor,
  };
}

/**
 * The seed's rows, then the types it leaves out. The product types are
 * listed with a seed row's first type ahead of the next row's, so the seed's
 * rows come out in the seed's own order.
 */
function buildTable(): StreamRow[] {
  const seedRows = new Map<string, ProductType[]>();
  const others: ProductType[] = [];
  for (const type of PRODUCT_TYPES) {
    const row = STREAMS[type].seedRow;
    if (row === null) others.push(type);
    else seedRows.set(row, [...(seedRows.get(row) ?? []), type]);
  }
  return [...[...seedRows.values()].map((types) => rowFor(types[0]!, types)), ...others.map((type) => rowFor(type, [type]))];
}

export const STREAM_TABLE: readonly StreamRow[] = buildTable();

/** The chosen type's row, and how the type's typical numbers follow it. */
export function streamOf(type: ProductType): { row: StreamRow; defaults: string } {
  const row = STREAM_TABLE.find((r) => r.types.includes(type))!;
  const a = defaultAssumptions(type);
  const label = PRODUCT_TYPE_INFO[type].label;
  return {
    row,
    defaults:
      `${row.upfrontWork} up-front work and ${row.upkeep.toLowerCase()} upkeep: that is why new ${label.toLowerCase()} ideas start at ` +
      `${formatHours(a.upfrontHours)} to build and ${formatHours(a.upkeepHoursPerMonth)} of upkeep a month.`,
  };
}
