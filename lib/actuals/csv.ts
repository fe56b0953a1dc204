/**
 * An RFC 4180 CSV reader for pasted or uploaded exports of actuals. Written
 * here rather than taken from a package: the needs are small (one table of
 * text, no streaming), and the import has to explain every refusal in words
 * and give each row the line a founder sees in a text editor.
 *
 * Forgiving where real exports differ from the RFC: a BOM (Excel), CRLF, LF
 * or lone CR line ends, blank lines, a trailing newline, a stray quote
 * inside an unquoted value (`5" screen`), and ";" or tab separators (sniffed
 * from the header, as European spreadsheets write them). Strict only where
 * guessing would silently misread data: a quote that never closes would
 * swallow the rest of the file, so it refuses the whole file.
 */

/** Pasted text is held in memory and re-read on every preview: beyond this a founder should import a shorter period. */
export const CSV_MAX_CHARS = 5_000_000;
/** Eight years of daily rows, or a busy storefront's payments for a quarter, fit with room to spare. */
export const CSV_MAX_ROWS = 50_000;

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvRow = {
  /** The 1-based line on which the row starts (a quoted value may span lines), as an editor numbers it. */
  line: number;
  fields: string[];
  /** Set when a quoted value has text after its closing quote: the row is kept but its values cannot be trusted. */
  malformed?: true;
};

export type CsvTable = { delimiter: CsvDelimiter; header: string[]; rows: CsvRow[] };

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; error: string };

export type CsvOptions = { delimiter?: CsvDelimiter; maxChars?: number; maxRows?: number };

const BOM = '\uFEFF';

/** The separator the header line uses most, outside quotes; a comma when there is no sign of another. */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvDelimiter]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Line breaks in a quoted value, so the rows after it keep the line numbers an editor shows. */
function lineBreaksIn(chunk: string): number {
  let breaks = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === '\n' || (chunk[i] === '\r' && chunk[i + 1] !== '\n')) breaks++;
  }
  return breaks;
}

/** A record whose values are all blank is a blank line, or a spreadsheet's empty row of separators. */
const isBlank = (fields: string[]) => fields.every((field) => field.trim() === '');

/**
 * The text as a header and rows. The first non-blank row is the header
 * (its names trimmed). Rows keep their values untrimmed: what a value means
 * is the mapping's business, not the reader's.
 */
export function parseCsv(input: string, options: CsvOptions = {}): CsvResult {
  const maxChars = options.maxChars ?? CSV_MAX_CHARS;
  const maxRows = options.maxRows ?? CSV_MAX_ROWS;
  if (input.length > maxChars) {
    return { ok: false, error: `The file is too large to import at once (over ${maxChars.toLocaleString('en-US')} characters). Export a shorter period and import it in parts.` };
  }
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const n = text.length;
  const records: CsvRow[] = [];

  // The end of an unquoted value: the next separator or line break.
  const stopAt = (from: number) => {
    let at = from;
    while (at < n && text[at] !== delimiter && text[at] !== '\n' && text[at] !== '\r') at++;
    return at;
  };

  let i = 0;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let malformed = false;
  while (true) {
    let value: string;
    if (text[i] === '"') {
      const openedOn = line;
      let closed = false;
      value = '';
      i++;
      while (i < n) {
        const quote = text.indexOf('"', i);
        if (quote === -1) break;
        const chunk = text.slice(i, quote);
        value += chunk;
        line += lineBreaksIn(chunk);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        return { ok: false, error: `A quoted value that starts on line ${openedOn} is never closed, so the rest of the file cannot be read. Check that quote.` };
      }
      if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        malformed = true;
        const end = stopAt(i);
        value += text.slice(i, end);
        i = end;
      }
    } else {
      const end = stopAt(i);
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);

    if (i < n && text[i] === delimiter) {
      i++;
      continue;
    }
    // End of a record: a line break or the end of the text.
    if (!isBlank(fields)) {
      records.push(malformed ? { line: recordLine, fields, malformed: true } : { line: recordLine, fields });
      // The header is not a data row.
      if (records.length > maxRows + 1) {
        return { ok: false, error: `The file has more than ${maxRows.toLocaleString('en-US')} rows. Export a shorter period and import it in parts.` };
      }
    }
    if (i >= n) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    if (i >= n) break;
    recordLine = line;
    fields = [];
    malformed = false;
  }

  const [head, ...rows] = records;
  if (!head) return { ok: false, error: 'The file is empty: paste or upload a CSV with a header row and at least one row of figures.' };
  return { ok: true, table: { delimiter, header: head.fields.map((name) => name.trim()), rows } };
}

/** One value as RFC 4180 writes it: quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
