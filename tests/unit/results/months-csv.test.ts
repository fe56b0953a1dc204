import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/actuals/csv';
import { CSV_HEADER, ideaScenarios, MONTH_COLUMNS, monthsCsv, monthsFileName, plainNumber } from '@/lib/results/months-csv';
import { assumptionsSchema, DEFAULT_STRESS, underwrite, type MonthRow } from '@/lib/underwrite';
import { HYBRID_TEMPLATE, TEMPLATE } from '@/tests/support/fixtures';

const template = assumptionsSchema.parse(TEMPLATE);
const hybrid = assumptionsSchema.parse({ ...HYBRID_TEMPLATE, pricingModel: 'subscription', churnRate: 0.07, horizonMonths: 36 });

/** The CSV read back by the app's own RFC 4180 reader, each row as header → cell. */
function readBack(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { header: parsed.table.header, rows: parsed.table.rows.map((row) => row.fields) };
}

describe('plainNumber', () => {
  it('is String() wherever String() has no exponent', () => {
    for (const n of [0, 1, -1, 29, 0.1 + 0.2, -1234.5678, 1 / 3, 123456789012345680000, 0.000001]) expect(plainNumber(n)).toBe(String(n));
    expect(plainNumber(-0)).toBe('0');
  });

  it('writes exponent forms out in digits that read back to the same double', () => {
    const cases: [number, string][] = [
      [1e21, '1000000000000000000000'],
      [-1.5e21, '-1500000000000000000000'],
      [1.2345e25, '12345000000000000000000000'],
      [1.5e-7, '0.00000015'],
      [-2.5e-10, '-0.00000000025'],
      [1e-7, '0.0000001'],
      [1.7976931348623157e308, `17976931348623157${'0'.repeat(292)}`],
      [5e-324, `0.${'0'.repeat(323)}5`],
    ];
    for (const [n, text] of cases) {
      expect(plainNumber(n)).toBe(text);
      expect(Number(text)).toBe(n);
    }
  });

  it('never gives an exponent, and always reads back exactly, over many magnitudes', () => {
    for (let e = -320; e <= 308; e++) {
      for (const mantissa of [1, 1.234567890123, -9.87654321, 3.3333333333333335]) {
        const n = mantissa * 10 ** e;
        if (!Number.isFinite(n)) continue;
        const text = plainNumber(n);
        expect(text, String(n)).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text), String(n)).toBe(n);
      }
    }
  });

  it('refuses a number a spreadsheet could not read', () => {
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
    expect(() => plainNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('monthsCsv', () => {
  it('has the header: scenario, month, then every month field of the contract in its order', () => {
    const row: MonthRow = underwrite(template).base.months[0]!;
    expect(CSV_HEADER).toEqual(['scenario', 'month', ...Object.keys(row).filter((key) => key !== 'month')]);
    expect(MONTH_COLUMNS).toHaveLength(18);
    expect(monthsCsv([]).split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('has one row per month of each scenario, base then stress then calibrated, and each cell reads back to the engine’s double', () => {
    const calibrated = { ...hybrid, conversionRate: 0.013 };
    const scenarios = ideaScenarios(hybrid, { ...DEFAULT_STRESS, priceChange: -0.2 }, calibrated);
    const { header, rows } = readBack(monthsCsv(scenarios));
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3 * 36);

    const result = underwrite(hybrid, { ...DEFAULT_STRESS, priceChange: -0.2 });
    const expected = [
      ...result.base.months.map((m) => ['base', m] as const),
      ...result.stress.months.map((m) => ['stress', m] as const),
      ...underwrite(calibrated, { ...DEFAULT_STRESS, priceChange: -0.2 }).base.months.map((m) => ['calibrated', m] as const),
    ];
    rows.forEach((cells, i) => {
      const [name, month] = expected[i]!;
      expect(cells[0]).toBe(name);
      expect(Number(cells[1])).toBe(month.month);
      MONTH_COLUMNS.forEach((column, c) => {
        expect(cells[c + 2], `${name} month ${month.month} ${column}`).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(cells[c + 2]), `${name} month ${month.month} ${column}`).toBe(month[column]);
      });
    });
  });

  it('leaves the calibrated case out when there is none, and ends every line with CRLF', () => {
    const text = monthsCsv(ideaScenarios(template, DEFAULT_STRESS, null));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 24 + 1);
    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(new Set(lines.slice(1, -1).map((line) => line.split(',')[0]))).toEqual(new Set(['base', 'stress']));
  });

  it('writes huge and tiny values in digits: no currency, no separators, no exponent', () => {
    // The engine's limits, past the worksheet's traffic ceiling: visitors doubling for 60 months.
    const huge = assumptionsSchema.parse({ ...TEMPLATE, monthlyVisitors: 1e8, visitorGrowthRate: 1, price: 1e6, horizonMonths: 60 });
    const tiny = assumptionsSchema.parse({ ...TEMPLATE, monthlyVisitors: 1, visitorGrowthRate: -0.5, conversionRate: 1e-8 });
    for (const [assumptions, extreme] of [
      [huge, (m: MonthRow) => m.cumulativeCash > 1e21],
      [tiny, (m: MonthRow) => m.newCustomers > 0 && m.newCustomers < 1e-6],
    ] as const) {
      const result = underwrite(assumptions);
      expect(result.base.months.some(extreme)).toBe(true);
      const text = monthsCsv(ideaScenarios(assumptions, DEFAULT_STRESS, null));
      expect(text).not.toMatch(/\de|e[+-]?\d|\$|Infinity|NaN/i);
      const { rows } = readBack(text);
      result.base.months.forEach((month, i) => {
        for (const column of MONTH_COLUMNS) expect(Number(rows[i]![CSV_HEADER.indexOf(column)])).toBe(month[column]);
      });
    }
  });

  it('quotes a scenario name as RFC 4180 would, should one ever hold a comma or quote', () => {
    const row = underwrite(template).base.months[0]!;
    const text = monthsCsv([{ name: 'base, "what-if"' as 'base', months: [row] }]);
    expect(readBack(text).rows[0]![0]).toBe('base, "what-if"');
    expect(text.split('\r\n')[1]).toMatch(/^"base, ""what-if""",1,/);
  });
});

describe('monthsFileName', () => {
  it('slugs the idea’s name to ASCII, with a fallback for a name of symbols only', () => {
    expect(monthsFileName('Client portal Notion template pack')).toBe('client-portal-notion-template-pack-months.csv');
    expect(monthsFileName('  Café owners’ “menu” kit — v2! ')).toBe('cafe-owners-menu-kit-v2-months.csv');
    expect(monthsFileName('🚀🚀')).toBe('idea-months.csv');
    expect(monthsFileName('a'.repeat(120))).toBe(`${'a'.repeat(60)}-months.csv`);
    expect(monthsFileName(`${'ab '.repeat(40)}`)).toMatch(/^[a-z0-9-]{1,60}-months\.csv$/);
    expect(monthsFileName('"; rm -rf /')).toBe('rm-rf-months.csv');
  });
});
