/**
 * Why a row was left out, in the founder's words, naming the column and the
 * value as the file has them so the row can be found and fixed. The code
 * lets the UI group or count reasons without parsing sentences.
 */

export type BadRowCode =
  | 'no-date'
  | 'unreadable-date'
  | 'impossible-date'
  | 'ambiguous-date'
  | 'no-amount'
  | 'not-a-number'
  | 'too-large'
  | 'negative'
  | 'not-whole'
  | 'refund-over-amount'
  | 'not-yes-no'
  | 'no-status'
  | 'other-currency'
  | 'missing-values'
  | 'extra-values'
  | 'broken-quote';

export type Reason = { code: BadRowCode; reason: string };

const MAX_SHOWN = 40;

/** A cell as quoted in a reason: trimmed, cut short so one wild value cannot flood the list. */
export const shown = (value: string) => {
  const text = value.trim();
  return `"${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}"`;
};

export const reasons = {
  noDate: (column: string): Reason => ({ code: 'no-date', reason: `No date in "${column}".` }),
  unreadableDate: (column: string, value: string): Reason => ({
    code: 'unreadable-date',
    reason: `${shown(value)} in "${column}" is not a date that can be read. Write dates like 2026-09-07.`,
  }),
  impossibleDate: (column: string, value: string): Reason => ({ code: 'impossible-date', reason: `${shown(value)} in "${column}" is not a real date.` }),
  ambiguousDate: (column: string, value: string): Reason => ({
    code: 'ambiguous-date',
    reason: `${shown(value)} in "${column}" could be day/month or month/day. Choose the date order in the column mapping.`,
  }),
  noAmount: (column: string): Reason => ({ code: 'no-amount', reason: `No amount in "${column}".` }),
  notANumber: (column: string, value: string, decimalComma: boolean): Reason => ({
    code: 'not-a-number',
    reason:
      `${shown(value)} in "${column}" is not a number.` +
      (!decimalComma && /^\s*\d+,\d{1,2}\s*$/.test(value) ? ' If the file writes decimals with a comma, say so in the column mapping.' : ''),
  }),
  tooLarge: (column: string, value: string): Reason => ({ code: 'too-large', reason: `${shown(value)} in "${column}" is too large to be a real figure.` }),
  negative: (column: string, value: string): Reason => ({
    code: 'negative',
    reason: `${shown(value)} in "${column}" is below zero. Only figures of zero or more can be imported.`,
  }),
  notWhole: (column: string, value: string): Reason => ({ code: 'not-whole', reason: `${shown(value)} in "${column}" is not a whole number.` }),
  refundOverAmount: (refundColumn: string, amountColumn: string): Reason => ({
    code: 'refund-over-amount',
    reason: `"${refundColumn}" is more than "${amountColumn}": a payment cannot refund more than was paid.`,
  }),
  notYesNo: (column: string, value: string): Reason => ({ code: 'not-yes-no', reason: `${shown(value)} in "${column}" is not yes or no (true or false).` }),
  noStatus: (column: string): Reason => ({
    code: 'no-status',
    reason: `No status in "${column}", so whether the payment went through is unknown.`,
  }),
  otherCurrency: (currency: string, fileCurrency: string): Reason => ({
    code: 'other-currency',
    reason: `Paid in ${currency.toUpperCase()}, while the figures are in ${fileCurrency.toUpperCase()}. Import each currency separately.`,
  }),
  missingValues: (count: number, expected: number): Reason => ({
    code: 'missing-values',
    reason: `This row has ${count} values where the header has ${expected}, so its values may sit under the wrong columns.`,
  }),
  extraValues: (count: number, expected: number): Reason => ({
    code: 'extra-values',
    reason: `This row has ${count} values where the header has ${expected}: a value probably holds a comma without quotes around it.`,
  }),
  brokenQuote: (): Reason => ({
    code: 'broken-quote',
    reason: 'A quoted value here has text after its closing quote, so the values in this row cannot be trusted.',
  }),
};
