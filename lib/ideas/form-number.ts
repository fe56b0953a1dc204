import type { FieldUnit } from './fields';

/**
 * What a founder typed in a number field, read the one way the form, the
 * server actions and the stress action all read it. A number is never
 * guessed: where a spelling could mean two numbers ("2,5" is 25 or 2.5,
 * "3.000" visitors is 3 or 3000) it is refused with words that say which to
 * type, rather than stored as the wrong one.
 */
export type FormNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  /** `message` says what to type instead; without one, the schema's "must be a number" speaks. */
  | { kind: 'invalid'; message?: string };

const PLAIN = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
// Thousands groups: a first group of 1 to 3 digits (not a lone 0) and groups of exactly three.
const COMMA_GROUPS = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const SPACE_GROUPS = /^[1-9]\d{0,2}([ \u00a0\u202f\u2009]\d{3})+(\.\d+)?$/;
const DOT_GROUPS = /^[1-9]\d{0,2}(\.\d{3})+$/;
// A decimal comma, with or without thousands groups before it: "2,5", "0,30", "1.000,50", "1 000,5".
const DECIMAL_COMMA = /^(\d+|[1-9]\d{0,2}([. \u00a0\u202f\u2009]\d{3})+),\d+$/;
const CURRENCY_BEFORE = /^(US\s?\$|USD|\$)\s*/i;
const CURRENCY_AFTER = /\s*(US\s?\$|\sUSD|\$)$/i;

const DOT_FOR_DECIMALS = 'Use a dot for decimals';

/**
 * A form field's text as a number, in the unit the field is typed in (a
 * percent field's "2.5" is 2.5). Blank is missing. Forgiven where it cannot
 * mislead: a dollar sign or "US$"/"USD" before or after an amount of money,
 * a trailing "%" on a percentage, thousands as "3,000" or "3 000", "3k" for
 * 3000, and the typographic minus. Without a unit (the stress sliders) only
 * plain numbers and comma groups are read.
 */
export function parseFormNumber(raw: unknown, unit?: FieldUnit): FormNumber {
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  if (typeof raw !== 'string') return { kind: 'blank' };
  let text = raw.trim().replaceAll('\u2212', '-');
  if (text === '') return { kind: 'blank' };

  // Read once, before or after a leading currency sign ("-$5", "$-5").
  let sign = null as '' | '-' | null;
  const takeSign = () => {
    const match = sign === null ? /^[-+]\s*/.exec(text) : null;
    if (match) {
      sign = match[0].trim() === '-' ? '-' : '';
      text = text.slice(match[0].length);
    }
  };
  takeSign();
  if (unit === 'money') {
    const before = CURRENCY_BEFORE.exec(text);
    if (before) text = text.slice(before[0].length);
    takeSign();
    const after = before ? null : CURRENCY_AFTER.exec(text);
    if (after) text = text.slice(0, after.index);
  }
  if (unit === 'percent') text = text.replace(/\s*%$/, '');
  let thousands = false;
  const k = /^(.*\d)\s*k$/i.exec(text);
  if (k) {
    thousands = true;
    text = k[1]!;
  }
  const typed = (digits: string) => `${sign === '-' ? '\u2212' : ''}${digits}${thousands ? 'k' : ''}`;
  const read = (digits: string): FormNumber => {
    const value = Number(thousands ? `${digits}e3` : digits);
    return { kind: 'number', value: sign === '-' ? -value : value };
  };

  // "3.000" is 3000 in much of the world: in a field that is not a
  // percentage (none of which is stored with three decimals) it is refused.
  if (unit !== undefined && unit !== 'percent' && DOT_GROUPS.test(text)) {
    return { kind: 'invalid', message: `Did you mean ${typed(text.replaceAll('.', ''))}? Type thousands without dots, or use a dot only for decimals.` };
  }
  if (PLAIN.test(text)) return thousands && /e/i.test(text) ? { kind: 'invalid' } : read(text);
  // No percentage reaches 1,000 %, so a comma in one is a decimal comma.
  if (COMMA_GROUPS.test(text) && unit !== 'percent') return read(text.replaceAll(',', ''));
  if (SPACE_GROUPS.test(text)) return read(text.replaceAll(/[ \u00a0\u202f\u2009]/g, ''));
  if (DECIMAL_COMMA.test(text) || (unit === 'percent' && COMMA_GROUPS.test(text) && !text.includes('.'))) {
    return { kind: 'invalid', message: `${DOT_FOR_DECIMALS}: ${typed(text.replaceAll(/[. \u00a0\u202f\u2009]/g, '').replace(',', '.'))}` };
  }
  if (text.includes(',')) return { kind: 'invalid', message: `${DOT_FOR_DECIMALS}, and commas only between groups of three digits: 1,234.5` };
  return { kind: 'invalid' };
}

/** The parsed number, undefined when blank and NaN when unreadable: for a schema that says "required" or "must be a number". */
export function formNumberValue(parsed: FormNumber): number | undefined {
  if (parsed.kind === 'blank') return undefined;
  return parsed.kind === 'number' ? parsed.value : Number.NaN;
}
