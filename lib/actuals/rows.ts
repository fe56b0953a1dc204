import type { CsvRow, CsvTable } from './csv';
import { type ColumnIndex, type ColumnMapping, locateColumns, type PaymentsMapping, TOTAL_FIGURES, type TotalsMapping } from './mapping';
import { type BadRowCode, type Reason, reasons } from './reasons';
import { type DateOrder, guessDateOrder, isoDay, parseDay, parseFlag, parseScaled, SCALE } from './values';

/**
 * One file's rows checked against its mapping: each row is either kept
 * (its figures for its day), bad (with the reason), a duplicate of a payment
 * already seen, or a payment that did not go through. Every row ends in
 * exactly one of these, so the counts always add up to the file's rows.
 */

export const FIGURES = ['visitors', 'sales', 'revenue', 'refunds', 'refundedAmount', 'fees'] as const;
export type Figure = (typeof FIGURES)[number];
/** Money figures are integers of SCALE parts per currency unit; counts are plain integers. */
export type Figures = Record<Figure, number>;
export const MONEY_FIGURES: readonly Figure[] = ['revenue', 'refundedAmount', 'fees'];

export type DayFigures = { day: number; figures: Figures };
export type BadRow = { source: string; line: number; code: BadRowCode; reason: string };
export type SkippedRow = { source: string; line: number; kind: 'duplicate' | 'failed'; reason: string };

export type SourceSummary = {
  name: string;
  kind: ColumnMapping['kind'];
  /** Data rows in the file (the header and blank lines are not rows). */
  rows: number;
  goodRows: number;
  badRows: number;
  duplicateRows: number;
  failedPayments: number;
  /** The currency the file's money is in, when it has a currency column (upper case). */
  currency: string | null;
  firstDay: string | null;
  lastDay: string | null;
};

export type SourceRead = { entries: DayFigures[]; bad: BadRow[]; skipped: SkippedRow[]; covers: Figure[]; summary: SourceSummary };

/** Where an id was first seen, shared across the files of one import so a payment in two exports counts once. */
export type SeenIds = Map<string, { source: string; line: number }>;

type Check<T> = { ok: true; value: T } | { ok: false; reason: Reason };

const zero = (): Figures => ({ visitors: 0, sales: 0, revenue: 0, refunds: 0, refundedAmount: 0, fees: 0 });

function dayOf(cell: string, column: string, order: DateOrder | undefined): Check<number> {
  const parsed = parseDay(cell, order);
  if (parsed.ok) return parsed;
  const reason = {
    missing: reasons.noDate(column),
    ambiguous: reasons.ambiguousDate(column, cell),
    impossible: reasons.impossibleDate(column, cell),
    unreadable: reasons.unreadableDate(column, cell),
  }[parsed.problem];
  return { ok: false, reason };
}

type FigureRule = { blank: 'zero' | 'refuse'; whole: boolean; mapping: ColumnMapping };

/** A figure cell: never below zero; counts whole; money in whole units × SCALE whatever unit the file writes. */
function figureOf(cell: string, column: string, { blank, whole, mapping }: FigureRule): Check<number> {
  const parsed = parseScaled(cell, mapping.decimalComma);
  if (!parsed.ok) {
    if (parsed.problem === 'missing') return blank === 'zero' ? { ok: true, value: 0 } : { ok: false, reason: reasons.noAmount(column) };
    return { ok: false, reason: parsed.problem === 'too-large' ? reasons.tooLarge(column, cell) : reasons.notANumber(column, cell, mapping.decimalComma) };
  }
  if (parsed.value < 0) return { ok: false, reason: reasons.negative(column, cell) };
  if (whole) return parsed.value % SCALE === 0 ? { ok: true, value: parsed.value / SCALE } : { ok: false, reason: reasons.notWhole(column, cell) };
  // Cents to whole units: 1200 (cents) is 12.00, that is 12 × SCALE.
  return { ok: true, value: mapping.moneyUnit === 'minor' ? Math.round(parsed.value / 100) : parsed.value };
}

/** The row's shape first: values under the wrong columns would pass every other check and still be wrong. */
function shapeProblem(row: CsvRow, width: number): Reason | null {
  if (row.malformed) return reasons.brokenQuote();
  if (row.fields.length < width) return reasons.missingValues(row.fields.length, width);
  if (row.fields.slice(width).some((extra) => extra.trim() !== '')) return reasons.extraValues(row.fields.length, width);
  return null;
}

type PaymentRow = { line: number; day: number; id: string; status: string; currency: string; figures: Figures };

function readPayment(cell: (role: string) => string, mapping: PaymentsMapping, line: number, order: DateOrder | undefined): Check<PaymentRow> {
  const day = dayOf(cell('date'), mapping.date, order);
  if (!day.ok) return day;
  const amount = figureOf(cell('amount'), mapping.amount, { blank: 'refuse', whole: false, mapping });
  if (!amount.ok) return amount;
  const optional = { blank: 'zero', whole: false, mapping } as const;
  let refunded: Check<number> = { ok: true, value: 0 };
  if (mapping.refundedAmount) {
    refunded = figureOf(cell('refundedAmount'), mapping.refundedAmount, optional);
    if (refunded.ok && refunded.value > amount.value) return { ok: false, reason: reasons.refundOverAmount(mapping.refundedAmount, mapping.amount) };
  } else if (mapping.refundedFlag) {
    const flag = parseFlag(cell('refundedFlag'));
    refunded = flag.ok ? { ok: true, value: flag.value ? amount.value : 0 } : { ok: false, reason: reasons.notYesNo(mapping.refundedFlag, cell('refundedFlag')) };
  }
  if (!refunded.ok) return refunded;
  const fee = mapping.fee ? figureOf(cell('fee'), mapping.fee, optional) : ({ ok: true, value: 0 } as const);
  if (!fee.ok) return fee;
  const status = cell('status').trim();
  if (mapping.status && status === '') return { ok: false, reason: reasons.noStatus(mapping.status) };
  const figures = { ...zero(), sales: 1, revenue: amount.value, refunds: refunded.value > 0 ? 1 : 0, refundedAmount: refunded.value, fees: fee.value };
  return { ok: true, value: { line, day: day.value, id: cell('id').trim(), status, currency: cell('currency').trim().toLowerCase(), figures } };
}

function readTotals(cell: (role: string) => string, mapping: TotalsMapping, order: DateOrder | undefined): Check<DayFigures> {
  const day = dayOf(cell('date'), mapping.date, order);
  if (!day.ok) return day;
  const figures = zero();
  for (const figure of TOTAL_FIGURES) {
    const column = mapping[figure];
    if (column === undefined) continue;
    const value = figureOf(cell(figure), column, { blank: 'zero', whole: !MONEY_FIGURES.includes(figure), mapping });
    if (!value.ok) return value;
    figures[figure] = value.value;
  }
  return { ok: true, value: { day: day.value, figures } };
}

/** The figures a file speaks for: a payments file without a fee column says nothing about fees (null, not 0). */
function coveredBy(mapping: ColumnMapping): Figure[] {
  if (mapping.kind === 'totals') return FIGURES.filter((figure) => mapping[figure] !== undefined);
  const refunds = mapping.refundedAmount !== undefined || mapping.refundedFlag !== undefined;
  return FIGURES.filter(
    (figure) => figure === 'sales' || figure === 'revenue' || (figure === 'fees' && mapping.fee !== undefined) || ((figure === 'refunds' || figure === 'refundedAmount') && refunds),
  );
}

/** The currency most of the rows are in (ties to the alphabetically first, so row order never matters). */
function mainCurrency(rows: PaymentRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.currency !== '') counts.set(row.currency, (counts.get(row.currency) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * Reads one parsed file. Fails only when the mapping does not fit the
 * header (a column is missing or doubled): then no row can be trusted.
 * `currency` is the idea's, when known: payments in any other are bad rows.
 */
export function readSource(
  name: string,
  table: CsvTable,
  mapping: ColumnMapping,
  seen: SeenIds,
  currency?: string,
): { ok: true; read: SourceRead } | { ok: false; errors: string[] } {
  const located = locateColumns(mapping, table.header);
  if (!located.ok) return located;
  const index: ColumnIndex = located.index;
  const order = mapping.dateOrder ?? guessDateOrder(table.rows.map((row) => row.fields[index.date!] ?? ''));
  const bad: BadRow[] = [];
  const badRow = (line: number, { code, reason }: Reason) => bad.push({ source: name, line, code, reason });
  const entries: DayFigures[] = [];
  const payments: PaymentRow[] = [];

  for (const row of table.rows) {
    const shape = shapeProblem(row, table.header.length);
    if (shape) {
      badRow(row.line, shape);
      continue;
    }
    const cell = (role: string) => (index[role] === undefined ? '' : (row.fields[index[role]] ?? ''));
    if (mapping.kind === 'payments') {
      const read = readPayment(cell, mapping, row.line, order);
      if (read.ok) payments.push(read.value);
      else badRow(row.line, read.reason);
    } else {
      const read = readTotals(cell, mapping, order);
      if (read.ok) entries.push(read.value);
      else badRow(row.line, read.reason);
    }
  }

  const skipped: SkippedRow[] = [];
  const fileCurrency = currency?.trim().toLowerCase() || mainCurrency(payments);
  const paid = mapping.kind === 'payments' ? new Set(mapping.paidStatuses) : new Set<string>();
  for (const payment of payments) {
    if (payment.currency !== '' && fileCurrency !== '' && payment.currency !== fileCurrency) {
      badRow(payment.line, reasons.otherCurrency(payment.currency, fileCurrency));
      continue;
    }
    // Bad rows never claim an id, so which copy of a payment is kept does not depend on a broken twin.
    const first = payment.id === '' ? undefined : seen.get(payment.id);
    if (first) {
      const where = first.source === name ? `line ${first.line}` : `line ${first.line} of ${first.source}`;
      skipped.push({ source: name, line: payment.line, kind: 'duplicate', reason: `The same payment (${payment.id}) as ${where}: counted once.` });
      continue;
    }
    if (payment.id !== '') seen.set(payment.id, { source: name, line: payment.line });
    if (mapping.kind === 'payments' && mapping.status && !paid.has(payment.status.toLowerCase())) {
      skipped.push({ source: name, line: payment.line, kind: 'failed', reason: `Status "${payment.status}": the payment did not go through, so it is not a sale.` });
      continue;
    }
    entries.push({ day: payment.day, figures: payment.figures });
  }
  bad.sort((a, b) => a.line - b.line);
  skipped.sort((a, b) => a.line - b.line);

  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { day } of entries) [first, last] = [Math.min(first, day), Math.max(last, day)];
  const count = (kind: SkippedRow['kind']) => skipped.filter((row) => row.kind === kind).length;
  const summary: SourceSummary = {
    name,
    kind: mapping.kind,
    rows: table.rows.length,
    goodRows: entries.length,
    badRows: bad.length,
    duplicateRows: count('duplicate'),
    failedPayments: count('failed'),
    currency: mapping.kind === 'payments' && mapping.currency && fileCurrency !== '' ? fileCurrency.toUpperCase() : null,
    firstDay: entries.length > 0 ? isoDay(first) : null,
    lastDay: entries.length > 0 ? isoDay(last) : null,
  };
  return { ok: true, read: { entries, bad, skipped, covers: coveredBy(mapping), summary } };
}
