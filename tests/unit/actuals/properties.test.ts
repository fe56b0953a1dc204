import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewImport, type ColumnMappingInput, type ImportPreview, type WeekActuals } from '@/lib/actuals';
import { daysFromCivil, isoDay } from '@/lib/actuals/values';

/*
 * Properties over generated Stripe-style payment exports (with failed,
 * refunded, duplicated and broken rows) and daily visitor exports: the
 * weeks do not depend on row order, and they add up to the good rows
 * computed here independently, in cents.
 */

const HEADER = 'id,Created (UTC),Amount,Amount Refunded,Currency,Fee,Status';
const stripe: ColumnMappingInput = { kind: 'payments', date: 'Created (UTC)', amount: 'Amount', id: 'id', status: 'Status', refundedAmount: 'Amount Refunded', fee: 'Fee', currency: 'Currency' };
const visits: ColumnMappingInput = { kind: 'totals', date: 'date', visitors: 'visitors' };
const START = daysFromCivil(2026, 9, 1);
const PAID = new Set(['paid', 'refunded']);

const payment = fc.record({
  day: fc.integer({ min: 0, max: 90 }),
  hour: fc.integer({ min: 0, max: 23 }),
  cents: fc.integer({ min: 0, max: 99_999 }),
  refund: fc.constantFrom('none', 'none', 'half', 'full'),
  feeCents: fc.integer({ min: 0, max: 999 }),
  status: fc.constantFrom('Paid', 'Paid', 'paid', 'Refunded', 'Failed', 'Pending'),
  copies: fc.constantFrom(1, 1, 1, 2),
  fault: fc.constantFrom(null, null, null, null, 'date', 'amount', 'refund'),
});
type Payment = typeof payment extends fc.Arbitrary<infer T> ? T : never;

const money = (cents: number) => (cents / 100).toFixed(2);
const refundedCents = (p: Payment) => (p.refund === 'full' ? p.cents : p.refund === 'half' ? Math.floor(p.cents / 2) : 0);

/** One payment as export lines: its copies are exact duplicates, as a re-export writes them. */
function linesOf(p: Payment, index: number): string[] {
  const date = p.fault === 'date' ? '2026-09-31 10:00:00' : `${isoDay(START + p.day)} ${String(p.hour).padStart(2, '0')}:15:00`;
  const amount = p.fault === 'amount' ? 'about 20' : money(p.cents);
  const refunded = p.fault === 'refund' ? money(p.cents + 1) : money(refundedCents(p));
  return Array(p.copies).fill(`ch_${index},${date},${amount},${refunded},usd,${money(p.feeCents)},${p.status}`);
}

/** The data rows shuffled by a permutation (fast-check shrinks it with the rows). */
const fileWithShuffle = fc.array(payment, { maxLength: 40 }).chain((payments) => {
  const lines = payments.flatMap(linesOf);
  return fc.tuple(fc.constant(payments), fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }));
});

function run(sources: { name: string; text: string; mapping: ColumnMappingInput }[]): ImportPreview {
  const result = previewImport(sources);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.preview;
}
const csv = (header: string, lines: string[]) => [header, ...lines].join('\n');
const sumOf = (weeks: WeekActuals[], key: Exclude<keyof WeekActuals, 'weekStart'>) => weeks.reduce((sum, w) => sum + Math.round((w[key] ?? 0) * 100), 0);

describe('payment imports over generated exports', () => {
  it('any order of the rows gives the same weeks and counts', () => {
    fc.assert(
      fc.property(fileWithShuffle, ([, lines, shuffled]) => {
        const a = run([{ name: 'a.csv', text: csv(HEADER, lines), mapping: stripe }]);
        const b = run([{ name: 'a.csv', text: csv(HEADER, shuffled), mapping: stripe }]);
        expect(b.weeks).toEqual(a.weeks);
        expect(b.totals).toEqual(a.totals);
        expect(b.bad.map((row) => row.code).sort()).toEqual(a.bad.map((row) => row.code).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('the weeks add up to the good rows, and every row is counted once', () => {
    fc.assert(
      fc.property(fileWithShuffle, ([payments, , shuffled]) => {
        const result = run([{ name: 'a.csv', text: csv(HEADER, shuffled), mapping: stripe }]);
        const readable = payments.filter((p) => p.fault === null);
        const sales = readable.filter((p) => PAID.has(p.status.toLowerCase()));
        const total = (cents: (p: Payment) => number) => sales.reduce((sum, p) => sum + cents(p), 0);
        expect(result.totals).toEqual({
          rows: payments.reduce((n, p) => n + p.copies, 0),
          goodRows: sales.length,
          badRows: payments.filter((p) => p.fault !== null).reduce((n, p) => n + p.copies, 0),
          duplicateRows: readable.reduce((n, p) => n + p.copies - 1, 0),
          failedPayments: readable.length - sales.length,
        });
        expect(sumOf(result.weeks, 'sales')).toBe(sales.length * 100);
        expect(sumOf(result.weeks, 'revenue')).toBe(total((p) => p.cents));
        expect(sumOf(result.weeks, 'refundedAmount')).toBe(total(refundedCents));
        expect(sumOf(result.weeks, 'refunds')).toBe(sales.filter((p) => refundedCents(p) > 0).length * 100);
        expect(sumOf(result.weeks, 'fees')).toBe(total((p) => p.feeCents));
        // Weeks are consecutive Mondays, oldest first.
        result.weeks.forEach((week, i) => i > 0 && expect(Date.parse(week.weekStart) - Date.parse(result.weeks[i - 1]!.weekStart)).toBe(7 * 86_400_000));
        expect(result.weeks.every((week) => new Date(week.weekStart).getUTCDay() === 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('merged with daily visitors, each figure comes from its own file, in either order', () => {
    const days = fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 90 }), visitors: fc.integer({ min: 0, max: 5000 }) }), { selector: (d) => d.day, maxLength: 60 });
    fc.assert(
      fc.property(fileWithShuffle, days, ([, lines], visitorDays) => {
        const payments = { name: 'stripe.csv', text: csv(HEADER, lines), mapping: stripe };
        const analytics = { name: 'visits.csv', text: csv('date,visitors', visitorDays.map((d) => `${isoDay(START + d.day)},${d.visitors}`)), mapping: visits };
        const merged = run([analytics, payments]);
        expect(run([payments, analytics]).weeks).toEqual(merged.weeks);
        expect(sumOf(merged.weeks, 'visitors')).toBe(visitorDays.reduce((sum, d) => sum + d.visitors, 0) * 100);
        const alone = run([payments]).weeks;
        expect(sumOf(merged.weeks, 'revenue')).toBe(sumOf(alone, 'revenue'));
        expect(sumOf(merged.weeks, 'sales')).toBe(sumOf(alone, 'sales'));
      }),
      { numRuns: 100 },
    );
  });
});
