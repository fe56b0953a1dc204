import { z } from 'zod';

/**
 * Which column of an export holds what. Columns are named by their header,
 * not their position: a tool's next export may reorder or add columns, and
 * "map the columns once" means the mapping saved with an idea still fits.
 * A mapping is a plain JSON object so it can be stored as it is.
 *
 * Two kinds of file:
 * - payments: one row per payment (Stripe, Gumroad). Each paid row is a sale
 *   of its amount; failed ones are counted, never sold.
 * - totals: dated rows of figures (an analytics export's daily visitors, or
 *   a founder's own sheet of date, visitors, sales, refunds, revenue).
 */

const column = z
  .string({ error: 'Choose a column.' })
  .trim()
  .min(1, { error: 'Choose a column.' })
  .max(200, { error: 'A column name is at most 200 characters.' });

/** Stripe's and Gumroad's words for money that came in; a refunded payment was still a sale, its refund counted beside it. */
export const PAID_STATUSES: readonly string[] = ['paid', 'succeeded', 'refunded', 'partially refunded'];

const shared = {
  date: column,
  /** "minor" when money is written in cents (Gumroad's price); figures come out in whole units either way. */
  moneyUnit: z.enum(['major', 'minor']).default('major'),
  /** Only for 03/04/2026-style dates; left out, it is guessed from the file. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** For "1.234,50"-style numbers. */
  decimalComma: z.boolean().default(false),
};

export const paymentsMappingSchema = z
  .strictObject({
    kind: z.enum(['payments']),
    ...shared,
    amount: column,
    id: column.optional(),
    status: column.optional(),
    /** Status values (any case) that mean the money came in; any other status is a failed payment. */
    paidStatuses: z.array(z.string().trim().toLowerCase().min(1).max(60)).min(1).max(20).default(() => [...PAID_STATUSES]),
    /** Stripe's "Amount Refunded": how much of the payment went back. */
    refundedAmount: column.optional(),
    /** Gumroad's "refunded": the whole payment went back. */
    refundedFlag: column.optional(),
    fee: column.optional(),
    currency: column.optional(),
  })
  .refine((m) => !(m.refundedAmount && m.refundedFlag), {
    error: 'Choose either a refunded amount or a refunded yes/no column, not both.',
    path: ['refundedFlag'],
  });

export const TOTAL_FIGURES = ['visitors', 'sales', 'refunds', 'revenue', 'refundedAmount', 'fees'] as const;
export type TotalFigure = (typeof TOTAL_FIGURES)[number];

export const totalsMappingSchema = z
  .strictObject({
    kind: z.enum(['totals']),
    ...shared,
    visitors: column.optional(),
    sales: column.optional(),
    refunds: column.optional(),
    revenue: column.optional(),
    refundedAmount: column.optional(),
    fees: column.optional(),
  })
  .refine((m) => TOTAL_FIGURES.some((figure) => m[figure] !== undefined), {
    error: 'Choose at least one column of figures: visitors, sales, refunds, revenue or fees.',
    path: ['visitors'],
  });

export type PaymentsMapping = z.infer<typeof paymentsMappingSchema>;
export type TotalsMapping = z.infer<typeof totalsMappingSchema>;
export type ColumnMapping = PaymentsMapping | TotalsMapping;
/** What a form or a stored row may hold before defaults are filled in. */
export type ColumnMappingInput = z.input<typeof paymentsMappingSchema> | z.input<typeof totalsMappingSchema>;

/**
 * Either kind of mapping, chosen by its `kind`. A dispatch rather than
 * z.discriminatedUnion (and kinds as one-value enums, not z.literal): the
 * browser parses mappings for the preview, and those two zod classes would
 * ride along in the zod chunk every page shares, half a kilobyte of it.
 */
export const columnMappingSchema = z.unknown().transform((input, ctx): ColumnMapping => {
  const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  const parsed = kind === 'payments' ? paymentsMappingSchema.safeParse(input) : kind === 'totals' ? totalsMappingSchema.safeParse(input) : null;
  if (parsed?.success) return parsed.data;
  const issues = parsed ? parsed.error.issues : [{ path: ['kind'], message: 'Choose what a row of the file is: one payment, or dated totals.' }];
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message, input });
  return z.NEVER;
});

/** Header names are matched ignoring case and spacing, as tools vary both between versions. */
export const headerKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The header names a mapping uses, by the role each plays. */
export function mappedColumns(mapping: ColumnMapping): [role: string, header: string][] {
  const { kind: _kind, moneyUnit: _unit, dateOrder: _order, decimalComma: _comma, ...roles } = mapping;
  return Object.entries(roles).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

export type ColumnIndex = Record<string, number>;

/**
 * Where each mapped column sits in a header, or the problems in words: a
 * column the file lacks, or one whose name appears twice (which of the two
 * is meant cannot be known).
 */
export function locateColumns(mapping: ColumnMapping, header: string[]): { ok: true; index: ColumnIndex } | { ok: false; errors: string[] } {
  const keys = header.map(headerKey);
  const index: ColumnIndex = {};
  const errors: string[] = [];
  for (const [role, name] of mappedColumns(mapping)) {
    const key = headerKey(name);
    const at = keys.indexOf(key);
    if (at === -1) errors.push(`This file has no column "${name}". Check the column mapping.`);
    else if (keys.lastIndexOf(key) !== at) errors.push(`The column "${name}" appears twice in this file, so it is unclear which one to read.`);
    else index[role] = at;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

export type PresetName = 'stripe' | 'gumroad' | 'daily-totals';

/** The first of the names that the header has, spelt as the header spells it. */
function pick(header: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const found = header.find((h) => headerKey(h) === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Optional roles only when the header has them, so the mapping never asks for a column the file lacks. */
const present = <T extends Record<string, string | undefined>>(roles: T) =>
  Object.fromEntries(Object.entries(roles).filter(([, name]) => name !== undefined)) as { [K in keyof T]?: string };

// What each figure is called in daily exports (Plausible, Fathom, Simple Analytics, GA) and founders' own sheets.
const TOTALS_NAMES: Record<TotalFigure, string[]> = {
  visitors: ['visitors', 'unique visitors', 'uniques', 'visits', 'users', 'total users'],
  sales: ['sales', 'orders', 'customers', 'new customers'],
  refunds: ['refunds'],
  revenue: ['revenue', 'gross revenue', 'sales amount'],
  refundedAmount: ['refunded amount', 'amount refunded'],
  fees: ['fees', 'fee'],
};

/**
 * A mapping for a file whose header a known tool wrote: Stripe's payments
 * export, Gumroad's sales, or dated totals (a daily analytics export or a
 * founder's sheet). Null when the header is none of these: the founder maps
 * it by hand. Stripe and Gumroad are told apart from totals first, since
 * their headers are the more specific.
 */
export function detectMapping(header: string[]): { preset: PresetName; mapping: ColumnMapping } | null {
  const stripeDate = pick(header, 'created (utc)', 'created date (utc)', 'created');
  const stripeAmount = pick(header, 'amount');
  if (stripeDate && stripeAmount && pick(header, 'amount refunded', 'status')) {
    const mapping: PaymentsMapping = {
      kind: 'payments',
      date: stripeDate,
      amount: stripeAmount,
      moneyUnit: 'major',
      decimalComma: false,
      paidStatuses: [...PAID_STATUSES],
      ...present({
        id: pick(header, 'id'),
        status: pick(header, 'status'),
        refundedAmount: pick(header, 'amount refunded'),
        fee: pick(header, 'fee'),
        currency: pick(header, 'currency'),
      }),
    };
    return { preset: 'stripe', mapping };
  }
  const gumroadDate = pick(header, 'sale_timestamp');
  const gumroadPrice = pick(header, 'price');
  if (gumroadDate && gumroadPrice) {
    const mapping: PaymentsMapping = {
      kind: 'payments',
      date: gumroadDate,
      amount: gumroadPrice,
      // Gumroad's price and gumroad_fee are in cents.
      moneyUnit: 'minor',
      decimalComma: false,
      paidStatuses: [...PAID_STATUSES],
      ...present({ id: pick(header, 'sale_id', 'id'), refundedFlag: pick(header, 'refunded'), fee: pick(header, 'gumroad_fee'), currency: pick(header, 'currency') }),
    };
    return { preset: 'gumroad', mapping };
  }
  const date = pick(header, 'date', 'day');
  if (!date) return null;
  const figures = present(Object.fromEntries(TOTAL_FIGURES.map((figure) => [figure, pick(header, ...TOTALS_NAMES[figure])])) as Record<TotalFigure, string | undefined>);
  if (Object.keys(figures).length === 0) return null;
  return { preset: 'daily-totals', mapping: { kind: 'totals', date, moneyUnit: 'major', decimalComma: false, ...figures } };
}

/** The most a remembered mapping's key holds (the column it is stored in). */
export const MAPPING_KEY_MAX = 2000;

/**
 * What a mapping is remembered by: its kind and the columns it reads. A new
 * mapping of the same columns replaces the old one, so changing your mind
 * about a column is remembered too.
 */
export function mappingKey(mapping: ColumnMapping): string {
  const columns = [...new Set(mappedColumns(mapping).map(([, header]) => headerKey(header)))].sort();
  return [mapping.kind, ...columns].join('\u001f').slice(0, MAPPING_KEY_MAX);
}
