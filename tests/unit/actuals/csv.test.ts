import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, type CsvResult } from '@/lib/actuals/csv';

function table(result: CsvResult) {
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

const rowsOf = (text: string) => table(parseCsv(text)).rows.map((row) => row.fields);
const linesOf = (text: string) => table(parseCsv(text)).rows.map((row) => row.line);

describe('parseCsv', () => {
  it('reads quoted values with separators, escaped quotes and line breaks', () => {
    const text = 'name,note\n"Smith, Jane","She said ""hi"""\n"two\nlines",plain\n';
    expect(rowsOf(text)).toEqual([
      ['Smith, Jane', 'She said "hi"'],
      ['two\nlines', 'plain'],
    ]);
  });

  it('reads CRLF, LF and lone CR line ends alike', () => {
    const expected = [['1', '2'], ['3', '4']];
    expect(rowsOf('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(rowsOf('a,b\n1,2\n3,4')).toEqual(expected);
    expect(rowsOf('a,b\r1,2\r3,4\r')).toEqual(expected);
  });

  it('drops a BOM from the first header name', () => {
    expect(table(parseCsv('\uFEFFdate,visitors\n2026-09-07,110\n')).header).toEqual(['date', 'visitors']);
  });

  it('skips blank lines and empty spreadsheet rows but keeps editor line numbers', () => {
    const text = '\n\ndate,visitors\n\n2026-09-07,110\n,\n   \n2026-09-08,90\n\n';
    expect(table(parseCsv(text)).header).toEqual(['date', 'visitors']);
    expect(rowsOf(text)).toEqual([['2026-09-07', '110'], ['2026-09-08', '90']]);
    expect(linesOf(text)).toEqual([5, 8]);
  });

  it('numbers rows after a quoted value spanning lines by where they start', () => {
    const text = 'id,note\r\n1,"first\r\nsecond\nthird"\r\n2,x\r\n';
    expect(linesOf(text)).toEqual([2, 5]);
  });

  it('keeps an empty quoted value and empty trailing values', () => {
    expect(rowsOf('a,b,c\n"",x,\n')).toEqual([['', 'x', '']]);
  });

  it('keeps a stray quote inside an unquoted value as text', () => {
    expect(rowsOf('item,size\nscreen,5" wide\n')).toEqual([['screen', '5" wide']]);
  });

  it('marks a row whose quoted value has text after the closing quote', () => {
    const rows = table(parseCsv('a,b\n"x"y,2\n3,4\n')).rows;
    expect(rows).toEqual([
      { line: 2, fields: ['xy', '2'], malformed: true },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('refuses a quote that never closes, naming its line', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n')).toEqual({
      ok: false,
      error: 'A quoted value that starts on line 3 is never closed, so the rest of the file cannot be read. Check that quote.',
    });
  });

  it('refuses an empty file and a file of blank lines', () => {
    for (const text of ['', '\uFEFF', '\n\r\n  \n']) {
      const result = parseCsv(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/The file is empty/);
    }
  });

  it('accepts a header with no rows', () => {
    expect(table(parseCsv('date,visitors\n'))).toEqual({ delimiter: ',', header: ['date', 'visitors'], rows: [] });
  });

  it('caps the size and the number of rows with a clear error', () => {
    const big = parseCsv('a\n' + '1\n'.repeat(10), { maxChars: 15 });
    expect(big).toEqual({ ok: false, error: expect.stringMatching(/^The file is too large to import at once \(over 15 characters\)/) });
    expect(parseCsv('a\n' + '1\n'.repeat(5), { maxRows: 5 }).ok).toBe(true);
    expect(parseCsv('a\n' + '1\n'.repeat(6), { maxRows: 5 })).toEqual({ ok: false, error: expect.stringMatching(/^The file has more than 5 rows/) });
  });

  it('reads semicolon and tab separated exports by sniffing the header', () => {
    expect(table(parseCsv('date;revenue\n2026-09-07;"1,5"\n'))).toMatchObject({ delimiter: ';', rows: [{ fields: ['2026-09-07', '1,5'] }] });
    expect(table(parseCsv('date\trevenue\n2026-09-07\t29\n'))).toMatchObject({ delimiter: '\t', rows: [{ fields: ['2026-09-07', '29'] }] });
    // A comma inside a quoted header name is not a separator.
    expect(table(parseCsv('"a,b";c;d\n1;2;3\n')).header).toEqual(['a,b', 'c', 'd']);
  });

  it('reads back any table csvField writes, with any line ends, BOM and trailing newline', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '€'), maxLength: 8 });
    // A first value that is not blank, since all-blank rows are skipped as blank lines.
    const row = fc.tuple(fc.string({ unit: fc.constantFrom('x', 'y', '"', ','), minLength: 1, maxLength: 3 }), fc.array(cell, { maxLength: 4 }));
    const header = fc.array(fc.constantFrom('date', 'Amount', 'a,b', 'say "hi"'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(header, fc.array(row, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (names, rows, eol, bom, trailing) => {
        const records = rows.map(([first, rest]) => [first, ...rest]);
        const lines = [names, ...records].map((fields) => fields.map((value) => csvField(value)).join(','));
        const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (trailing ? eol : '');
        const parsed = table(parseCsv(text, { delimiter: ',' }));
        expect(parsed.header).toEqual(names);
        expect(parsed.rows.map((r) => r.fields)).toEqual(records);
        // Each row starts one line after the line breaks before it, those inside quoted values included.
        const starts = lines.slice(0, -1).reduce<number[]>((acc, line) => [...acc, acc.at(-1)! + 1 + (line.match(/\r\n|\r|\n/g)?.length ?? 0)], [1]);
        expect(parsed.rows.map((r) => r.line)).toEqual(starts.slice(1));
      }),
      { numRuns: 300 },
    );
  });
});
