import { describe, expect, it } from 'vitest';
import { columnMappingSchema, locateColumns, previewImport, type ColumnMappingInput, type ImportPreview } from '@/lib/actuals';
import { daysFromCivil, isoDay } from '@/lib/actuals/values';

const STRIPE_HEADER = 'id,Created (UTC),Amount,Amount Refunded,Currency,Fee,Status';
const stripe: ColumnMappingInput = {
  kind: 'payments',
  date: 'Created (UTC)',
  amount: 'Amount',
  id: 'id',
  status: 'Status',
  refundedAmount: 'Amount Refunded',
  fee: 'Fee',
  currency: 'Currency',
};
const sheet: ColumnMappingInput = { kind: 'totals', date: 'Week of', visitors: 'Visitors', sales: 'Sales', refunds: 'Refunds', revenue: 'Revenue' };

function preview(text: string, mapping: ColumnMappingInput, currency?: string): ImportPreview {
  const result = previewImport([{ name: 'file.csv', text, mapping }], { currency });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.preview;
}

const reasonsOf = (p: ImportPreview) => p.bad.map(({ line, code, reason }) => ({ line, code, reason }));

describe('a file with 10 % bad rows', () => {
  // 100 payments of $29 over four weeks; every tenth row is broken in a different way.
  const broken = [
    (r: string[]) => (r[1] = ''),
    (r: string[]) => (r[1] = 'yesterday'),
    (r: string[]) => (r[1] = '2026-02-30 10:00:00'),
    (r: string[]) => (r[2] = 'twenty-nine'),
    (r: string[]) => (r[2] = ''),
    (r: string[]) => (r[2] = '-29.00'),
    (r: string[]) => (r[3] = '30.00'),
    (r: string[]) => (r[5] = 'n/a'),
    (r: string[]) => (r[6] = ''),
    (r: string[]) => r.push('extra'),
  ];
  const lines = [STRIPE_HEADER];
  for (let i = 0; i < 100; i++) {
    const row = [`ch_${i}`, `${isoDay(daysFromCivil(2026, 9, 7) + (i % 28))} 12:00:00`, '29.00', '0.00', 'usd', '1.14', 'Paid'];
    if (i % 10 === 9) broken[(i - 9) / 10]!(row);
    lines.push(row.join(','));
  }
  const result = preview(lines.join('\r\n'), stripe);

  it('keeps exactly the 90 good rows', () => {
    expect(result.totals).toEqual({ rows: 100, goodRows: 90, badRows: 10, duplicateRows: 0, failedPayments: 0 });
    const sum = (key: 'sales' | 'revenue' | 'fees') => result.weeks.reduce((total, week) => total + Math.round(week[key]! * 100), 0);
    expect(sum('sales')).toBe(90 * 100);
    expect(sum('revenue')).toBe(90 * 2900);
    expect(sum('fees')).toBe(90 * 114);
  });

  it('lists each bad row by its line with the reason', () => {
    expect(reasonsOf(result)).toEqual([
      { line: 11, code: 'no-date', reason: 'No date in "Created (UTC)".' },
      { line: 21, code: 'unreadable-date', reason: '"yesterday" in "Created (UTC)" is not a date that can be read. Write dates like 2026-09-07.' },
      { line: 31, code: 'impossible-date', reason: '"2026-02-30 10:00:00" in "Created (UTC)" is not a real date.' },
      { line: 41, code: 'not-a-number', reason: '"twenty-nine" in "Amount" is not a number.' },
      { line: 51, code: 'no-amount', reason: 'No amount in "Amount".' },
      { line: 61, code: 'negative', reason: '"-29.00" in "Amount" is below zero. Only figures of zero or more can be imported.' },
      { line: 71, code: 'refund-over-amount', reason: '"Amount Refunded" is more than "Amount": a payment cannot refund more than was paid.' },
      { line: 81, code: 'not-a-number', reason: '"n/a" in "Fee" is not a number.' },
      { line: 91, code: 'no-status', reason: 'No status in "Status", so whether the payment went through is unknown.' },
      { line: 101, code: 'extra-values', reason: 'This row has 8 values where the header has 7: a value probably holds a comma without quotes around it.' },
    ]);
  });
});

describe('row checks', () => {
  it('counts a refund with its amount, beside the sale it refunds', () => {
    const text = `${STRIPE_HEADER}\nch_1,2026-09-07 10:00,29.00,10.00,usd,1.14,Paid\nch_2,2026-09-08 10:00,29.00,29.00,usd,1.14,Refunded\n`;
    expect(preview(text, stripe).weeks).toEqual([{ weekStart: '2026-09-07', visitors: null, sales: 2, revenue: 58, refunds: 2, refundedAmount: 39, fees: 2.28 }]);
  });

  it('refuses payments in another currency than the idea’s, or than most of the file', () => {
    const text = `${STRIPE_HEADER}\nch_1,2026-09-07,29,0,usd,1,Paid\nch_2,2026-09-07,29,0,usd,1,Paid\nch_3,2026-09-07,27,0,eur,1,Paid\n`;
    expect(reasonsOf(preview(text, stripe))).toEqual([
      { line: 4, code: 'other-currency', reason: 'Paid in EUR, while the figures are in USD. Import each currency separately.' },
    ]);
    expect(preview(text, stripe, 'EUR').totals).toMatchObject({ goodRows: 1, badRows: 2 });
    expect(preview(text, stripe).sources[0]!.currency).toBe('USD');
  });

  it('reads a founder’s own sheet of totals, with counts whole and money in units', () => {
    const text = 'Week of,Visitors,Sales,Refunds,Revenue\n2026-09-07,"1,200",3,0,87.00\n2026-09-21,900,2,1,$58\n2026-09-22,12.5,1,0,29\n2026-09-23,10,x,0,29\n';
    const result = preview(text, sheet);
    expect(result.weeks).toEqual([
      { weekStart: '2026-09-07', visitors: 1200, sales: 3, revenue: 87, refunds: 0, refundedAmount: null, fees: null },
      // A week with no rows between two that have some is a week of zeros, not a missing week.
      { weekStart: '2026-09-14', visitors: 0, sales: 0, revenue: 0, refunds: 0, refundedAmount: null, fees: null },
      { weekStart: '2026-09-21', visitors: 900, sales: 2, revenue: 58, refunds: 1, refundedAmount: null, fees: null },
    ]);
    expect(reasonsOf(result).map((r) => r.reason)).toEqual(['"12.5" in "Visitors" is not a whole number.', '"x" in "Sales" is not a number.']);
  });

  it('hints at the decimal comma, and reads it when the mapping says so', () => {
    const text = 'Week of;Revenue\n2026-09-07;"1.234,50"\n2026-09-08;29,00\n';
    const mapping = { kind: 'totals', date: 'Week of', revenue: 'Revenue' } as const;
    expect(reasonsOf(preview(text, mapping)).map((r) => r.reason)).toEqual([
      '"1.234,50" in "Revenue" is not a number.',
      '"29,00" in "Revenue" is not a number. If the file writes decimals with a comma, say so in the column mapping.',
    ]);
    expect(preview(text, { ...mapping, decimalComma: true }).weeks[0]!.revenue).toBe(1263.5);
  });

  it('guesses day/month order from the file, and asks when it cannot tell', () => {
    const mapping = { kind: 'totals', date: 'Date', visitors: 'Visitors' } as const;
    expect(preview('Date,Visitors\n03/09/2026,5\n13/09/2026,7\n', mapping).weeks.map((w) => [w.weekStart, w.visitors])).toEqual([
      ['2026-08-31', 5],
      ['2026-09-07', 7],
    ]);
    expect(reasonsOf(preview('Date,Visitors\n03/09/2026,5\n', mapping))[0]!.code).toBe('ambiguous-date');
    expect(preview('Date,Visitors\n03/09/2026,5\n', { ...mapping, dateOrder: 'mdy' }).weeks[0]!.weekStart).toBe('2026-03-09');
  });

  it('lists a row with too few values or a broken quote as bad, and keeps the rest', () => {
    const result = preview('Date,Visitors,Note\n2026-09-07,5,ok\n2026-09-08,6\n2026-09-09,"7"x,ok\n2026-09-10,8,\n', { kind: 'totals', date: 'Date', visitors: 'Visitors' });
    expect(reasonsOf(result).map((r) => [r.line, r.code])).toEqual([
      [3, 'missing-values'],
      [4, 'broken-quote'],
    ]);
    expect(result.weeks[0]!.visitors).toBe(13);
  });

  it('imports nothing from a file with no good rows, and says why for each', () => {
    const result = preview(`${STRIPE_HEADER}\nch_1,,29,0,usd,1,Paid\n`, stripe);
    expect(result.weeks).toEqual([]);
    expect(result.totals).toMatchObject({ rows: 1, goodRows: 0, badRows: 1 });
  });
});

describe('the import as a whole', () => {
  it('fails whole, naming each file, when a file cannot be read or its mapping does not fit', () => {
    const good = { name: 'visits.csv', text: 'date,visitors\n2026-09-07,5\n', mapping: { kind: 'totals', date: 'date', visitors: 'visitors' } } as const;
    const result = previewImport([
      good,
      { name: 'old.csv', text: 'id,Created (UTC),Amount\nch_1,2026-09-07,29\n', mapping: stripe },
      { name: 'broken.csv', text: 'date,visitors\n"2026-09-07,5\n', mapping: good.mapping },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { source: 'old.csv', message: 'This file has no column "Status". Check the column mapping.' },
        { source: 'old.csv', message: 'This file has no column "Amount Refunded". Check the column mapping.' },
        { source: 'old.csv', message: 'This file has no column "Fee". Check the column mapping.' },
        { source: 'old.csv', message: 'This file has no column "Currency". Check the column mapping.' },
        { source: 'broken.csv', message: 'A quoted value that starts on line 2 is never closed, so the rest of the file cannot be read. Check that quote.' },
      ],
    });
    expect(previewImport([])).toMatchObject({ ok: false });
  });

  it('refuses a span of dates too long to be real (a mistyped year)', () => {
    const result = previewImport([{ name: 'v.csv', text: 'date,visitors\n2026-09-07,5\n2062-09-07,5\n', mapping: { kind: 'totals', date: 'date', visitors: 'visitors' } }]);
    expect(result).toEqual({ ok: false, errors: [{ source: '', message: 'The dates run from 2026-09-07 to 2062-09-07, more than ten years. Check for a mistyped year.' }] });
  });
});

describe('ColumnMapping', () => {
  it('is a plain object that survives JSON, with defaults filled in', () => {
    const parsed = columnMappingSchema.parse(stripe);
    expect(parsed).toMatchObject({ moneyUnit: 'major', decimalComma: false, paidStatuses: ['paid', 'succeeded', 'refunded', 'partially refunded'] });
    expect(columnMappingSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('refuses mappings that cannot be read, in words', () => {
    const messages = (input: unknown) => {
      const result = columnMappingSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages({ ...stripe, refundedFlag: 'refunded' })).toEqual(['Choose either a refunded amount or a refunded yes/no column, not both.']);
    expect(messages({ kind: 'totals', date: 'date' })).toEqual(['Choose at least one column of figures: visitors, sales, refunds, revenue or fees.']);
    expect(messages({ kind: 'payments', date: ' ', amount: 'Amount' })).toEqual(['Choose a column.']);
    expect(messages({ ...sheet, colour: 'red' })).toHaveLength(1);
    expect(messages({ kind: 'ledger', date: 'date' })).toHaveLength(1);
  });

  it('finds its columns ignoring case and spacing, and refuses a doubled one', () => {
    const mapping = columnMappingSchema.parse({ kind: 'totals', date: 'Date', visitors: 'Unique  Visitors' });
    expect(locateColumns(mapping, ['x', 'date', 'unique visitors'])).toEqual({ ok: true, index: { date: 1, visitors: 2 } });
    expect(locateColumns(mapping, ['Date', 'unique visitors', 'Unique Visitors'])).toEqual({
      ok: false,
      errors: ['The column "Unique  Visitors" appears twice in this file, so it is unclear which one to read.'],
    });
  });
});
