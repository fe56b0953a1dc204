/**
 * The months of an idea as CSV (issue #12): one row per month of each
 * scenario, every month field of the engine contract under its contract
 * name, so a spreadsheet can recompute any figure the page shows. Pure, like
 * the engine: the route only loads the idea and sends this.
 */
import { csvField } from '@/lib/actuals/csv';
import { underwrite, type Assumptions, type MonthRow, type StressProfile } from '@/lib/underwrite';

/** The month fields after `month`, in the contract's order. */
export const MONTH_COLUMNS = [
  'visitors',
  'newCustomers',
  'payingCustomers',
  'productRevenue',
  'serviceBuyers',
  'serviceRevenue',
  'gross',
  'refunds',
  'fees',
  'adSpend',
  'supportHours',
  'serviceHours',
  'operatingHours',
  'cashFlow',
  'timeCost',
  'profit',
  'cumulativeProfit',
  'cumulativeCash',
] as const satisfies readonly Exclude<keyof MonthRow, 'month'>[];

export const CSV_HEADER = ['scenario', 'month', ...MONTH_COLUMNS] as const;

export type ScenarioName = 'base' | 'stress' | 'calibrated';
export type CsvScenario = { name: ScenarioName; months: readonly MonthRow[] };

/**
 * A double as plain decimal digits that read back to the same double:
 * String()'s shortest round-trip digits, with its exponent form (1e+21,
 * 1.5e-7) written out, which some spreadsheets read as text or a formula.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A month field is not a finite number: ${value}`);
  const text = String(value);
  const parts = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!parts) return text;
  const [, sign, lead, rest = '', exponent] = parts;
  const digits = `${lead}${rest}`;
  // Where the decimal point falls in `digits` once the exponent is applied.
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The CSV text: the header, then each scenario's months in order, CRLF line ends (RFC 4180). */
export function monthsCsv(scenarios: readonly CsvScenario[]): string {
  const lines = [CSV_HEADER.map((name) => csvField(name)).join(',')];
  for (const { name, months } of scenarios) {
    for (const row of months) {
      lines.push([csvField(name), plainNumber(row.month), ...MONTH_COLUMNS.map((column) => plainNumber(row[column]))].join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The scenarios the idea page shows: base and stress under the saved stress
 * profile, and the calibrated case's base (measured values in place of
 * guesses) when there is one, as the page's profit charts draw it.
 */
export function ideaScenarios(assumptions: Assumptions, stress: StressProfile, calibrated: Assumptions | null): CsvScenario[] {
  const result = underwrite(assumptions, stress);
  const scenarios: CsvScenario[] = [
    { name: 'base', months: result.base.months },
    { name: 'stress', months: result.stress.months },
  ];
  if (calibrated) scenarios.push({ name: 'calibrated', months: underwrite(calibrated, stress).base.months });
  return scenarios;
}

const SLUG_MAX = 60;

/** "Notion templates for café owners" → "notion-templates-for-cafe-owners-months.csv": ASCII only, so any browser keeps it. */
export function monthsFileName(ideaName: string): string {
  const slug = ideaName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'idea'}-months.csv`;
}
