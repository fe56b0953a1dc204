import { type CsvOptions, parseCsv } from './csv';
import { type ColumnMapping, type ColumnMappingInput, columnMappingSchema, detectMapping, type PresetName } from './mapping';
import { type BadRow, type DayFigures, type Figure, readSource, type SeenIds, type SkippedRow, type SourceSummary } from './rows';
import { isoDay } from './values';
import { weeksOf, type WeekActuals } from './weeks';

/**
 * The import as the founder confirms it: files in, weeks out, with every
 * row that was left out listed and why. It stores nothing. The caller
 * stores `weeks` in one transaction after the founder confirms, so an
 * import is all of the good rows or none of them; a file that cannot be
 * read at all (a broken quote, a mapping that does not fit) fails the whole
 * preview rather than importing the other files without it.
 */

/** More files than this in one import is a mistake in the caller, not a founder's week. */
export const MAX_SOURCES = 10;
/** Ten years of weeks: a longer span is a mistyped year (2062 for 2026) that would fill the chart with empty weeks. */
export const MAX_WEEKS = 522;

export type ImportSource = {
  /** How the founder knows the file (its file name, or "Pasted text"); used in reasons and errors. */
  name: string;
  text: string;
  /** As stored with the idea or chosen in the form: checked here, so a stale stored one is refused in words. */
  mapping: ColumnMappingInput;
};

export type ImportOptions = {
  /** The idea's currency: payments in another are bad rows. Left out, each file's main currency is used. */
  currency?: string;
  csv?: CsvOptions;
};

export type ImportTotals = Pick<SourceSummary, 'rows' | 'goodRows' | 'badRows' | 'duplicateRows' | 'failedPayments'>;

export type ImportPreview = {
  /** Oldest first, no gaps. Empty when no row was good. */
  weeks: WeekActuals[];
  /** Rows left out because something in them is wrong, by file then line. */
  bad: BadRow[];
  /** Rows left out on purpose: a second copy of a payment, a payment that failed. */
  skipped: SkippedRow[];
  sources: SourceSummary[];
  totals: ImportTotals;
};

export type ImportError = { source: string; message: string };
export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[] };

/**
 * Reads, checks and sums the files into weeks. Files are read in the order
 * given; that order only decides which copy of a duplicated payment is
 * named the duplicate, never the figures.
 */
export function previewImport(sources: ImportSource[], options: ImportOptions = {}): PreviewResult {
  if (sources.length === 0) return { ok: false, errors: [{ source: '', message: 'Choose a file to import, or paste its text.' }] };
  if (sources.length > MAX_SOURCES) return { ok: false, errors: [{ source: '', message: `Import at most ${MAX_SOURCES} files at once.` }] };
  const errors: ImportError[] = [];
  const seen: SeenIds = new Map();
  const preview: ImportPreview = { weeks: [], bad: [], skipped: [], sources: [], totals: { rows: 0, goodRows: 0, badRows: 0, duplicateRows: 0, failedPayments: 0 } };
  const entries: DayFigures[] = [];
  const covers = new Set<Figure>();

  for (const source of sources) {
    const mapping = columnMappingSchema.safeParse(source.mapping);
    if (!mapping.success) {
      const details = mapping.error.issues.map((issue) => `${issue.path.join('.') || 'mapping'}: ${issue.message}`).join(' ');
      errors.push({ source: source.name, message: `The column mapping is not complete. ${details}` });
      continue;
    }
    const parsed = parseCsv(source.text, options.csv);
    if (!parsed.ok) {
      errors.push({ source: source.name, message: parsed.error });
      continue;
    }
    const result = readSource(source.name, parsed.table, mapping.data, seen, options.currency);
    if (!result.ok) {
      errors.push(...result.errors.map((message) => ({ source: source.name, message })));
      continue;
    }
    const { read } = result;
    entries.push(...read.entries);
    read.covers.forEach((figure) => covers.add(figure));
    preview.bad.push(...read.bad);
    preview.skipped.push(...read.skipped);
    preview.sources.push(read.summary);
    for (const key of Object.keys(preview.totals) as (keyof ImportTotals)[]) preview.totals[key] += read.summary[key];
  }
  if (errors.length > 0) return { ok: false, errors };

  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const { day } of entries) [first, last] = [Math.min(first, day), Math.max(last, day)];
  if (last - first > MAX_WEEKS * 7) {
    const message = `The dates run from ${isoDay(first)} to ${isoDay(last)}, more than ten years. Check for a mistyped year.`;
    return { ok: false, errors: [{ source: '', message }] };
  }
  preview.weeks = weeksOf(entries, covers);
  return { ok: true, preview };
}

export type CsvInspection =
  | { ok: true; header: string[]; rowCount: number; sample: string[][]; detected: { preset: PresetName; mapping: ColumnMapping } | null }
  | { ok: false; error: string };

const SAMPLE_ROWS = 5;

/**
 * The first look at a file, for the mapping step: its columns, a few rows to
 * recognise them by, and the mapping of the tool that wrote it when the
 * header gives that away. A stored mapping for the idea, when there is one,
 * should win over the detected one: the founder chose it.
 */
export function inspectCsv(text: string, options?: CsvOptions): CsvInspection {
  const parsed = parseCsv(text, options);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.table;
  return { ok: true, header, rowCount: rows.length, sample: rows.slice(0, SAMPLE_ROWS).map((row) => row.fields), detected: detectMapping(header) };
}
