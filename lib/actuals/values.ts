/**
 * One cell of an export as a date, an amount, a count or a yes/no, with the
 * reason it cannot be when it cannot. Pure and clock-free: days are counted
 * from 1970-01-01 in UTC (civil-date arithmetic, not Date, so a browser's or
 * server's time zone can never move a sale into another week).
 */

export type DateOrder = 'dmy' | 'mdy';

export type Parsed<T, Problem extends string> = { ok: true; value: T } | { ok: false; problem: Problem };

export type DateProblem = 'missing' | 'unreadable' | 'impossible' | 'ambiguous';
export type NumberProblem = 'missing' | 'unreadable' | 'too-large';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date (2026-09-07) of a day number: the inverse of daysFromCivil. */
export function isoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return `${(month <= 2 ? 1 : 0) + yearOfEra + era * 400}-${pad(month)}-${pad(day)}`;
}

/** The Monday on or before a day: weeks start on Monday (1970-01-01 was a Thursday). */
export const mondayOf = (days: number) => days - (((days + 3) % 7) + 7) % 7;

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

// Outside these years a date is a typo (0026, 20266), not a week of actuals.
const FIRST_YEAR = 1970;
const LAST_YEAR = 2199;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]m)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_NAMED = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const NAMED_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

const monthNamed = (name: string) => {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 && (name.length <= 4 || /^(?:january|february|march|april|june|july|august|september|october|november|december|sept)$/i.test(name)) ? index + 1 : Number.NaN;
};

/** Minutes east of UTC of a zone suffix (Z, UTC, +02:00, -0530). */
function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * The UTC day of a cell. Times without a zone are read as UTC (exports label
 * them so: Stripe's "Created (UTC)"). Day/month/year dates need an order:
 * given, or guessed from the file by guessDateOrder, else "ambiguous" when
 * both readings are real dates.
 */
export function parseDay(raw: string, order?: DateOrder): Parsed<number, DateProblem> {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'missing' };
  let year: number, month: number, day: number;
  let time: (string | undefined)[] = [];
  let match: RegExpExecArray | null;
  if ((match = YEAR_FIRST.exec(text))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    time = match.slice(4);
  } else if ((match = YEAR_LAST.exec(text))) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const resolved = order ?? (first > 12 ? 'dmy' : second > 12 ? 'mdy' : first === second ? 'dmy' : undefined);
    if (!resolved) return { ok: false, problem: 'ambiguous' };
    [year, month, day] = resolved === 'dmy' ? [Number(match[3]), second, first] : [Number(match[3]), first, second];
    time = match.slice(4);
  } else if ((match = COMPACT.exec(text))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = DAY_NAMED.exec(text))) {
    [year, month, day] = [Number(match[3]), monthNamed(match[2]!), Number(match[1])];
  } else if ((match = NAMED_DAY.exec(text))) {
    [year, month, day] = [Number(match[3]), monthNamed(match[1]!), Number(match[2])];
  } else {
    return { ok: false, problem: 'unreadable' };
  }
  if (Number.isNaN(month)) return { ok: false, problem: 'unreadable' };
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'impossible' };
  }
  const [hourText, minuteText, secondText, meridiem, zone] = time;
  let hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, problem: 'impossible' };
    hour = (hour % 12) + (/pm/i.test(meridiem) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || Number(secondText ?? 0) > 60) return { ok: false, problem: 'impossible' };
  const minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes(zone);
  return { ok: true, value: Math.floor(minutes / 1440) };
}

/**
 * The order of a file's day/month/year dates, from the dates that can only
 * be read one way (a first part over 12 is a day). Undefined when none
 * tells, or when the file contradicts itself.
 */
export function guessDateOrder(cells: string[]): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const match = YEAR_LAST.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dmy = true;
    if (Number(match[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

/** Money and counts are summed as integers of this many parts per unit, so 7 × 1.14 is 7.98, not 7.979999. */
export const SCALE = 10_000;
// Twelve digits before the point keep every sum of CSV_MAX_ROWS values below 2^53 at SCALE.
const MAX_INTEGER_DIGITS = 12;

const CURRENCY_MARKS = /^[$€£¥]\s*|\s*[$€£¥]$|\s+[a-z]{3}$|^[a-z]{3}\s+/gi;

/**
 * A number as the file writes it, scaled by SCALE and rounded half away from
 * zero past 4 decimals. Forgiven: a currency sign or code, thousands
 * separators in groups of three, a leading minus or accounting brackets.
 * With decimalComma, "1.234,50" is 1234.5; without, "29,00" is unreadable
 * (a comma there might be either).
 */
export function parseScaled(raw: string, decimalComma = false): Parsed<number, NumberProblem> {
  let text = raw.trim();
  if (text === '') return { ok: false, problem: 'missing' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(CURRENCY_MARKS, '');
  const sign = /^[-−+]/.exec(text);
  if (sign) {
    negative = negative || sign[0] !== '+';
    text = text.slice(1).replace(CURRENCY_MARKS, '');
  }
  const point = decimalComma ? ',' : '.';
  const group = decimalComma ? '.' : ',';
  const [whole = '', fraction = '', ...extra] = text.split(point);
  if (extra.length > 0 || !/^\d*$/.test(fraction)) return { ok: false, problem: 'unreadable' };
  const grouped = new RegExp(String.raw`^\d{1,3}(?:[${group} \u00a0\u202f']\d{3})+$`);
  const digits = /^\d*$/.test(whole) ? whole : grouped.test(whole) ? whole.replace(/\D/g, '') : null;
  if (digits === null || digits + fraction === '') return { ok: false, problem: 'unreadable' };
  if (digits.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'too-large' };
  const parts = Number((fraction + '0000').slice(0, 4)) + (Number(fraction[4] ?? '0') >= 5 ? 1 : 0);
  const scaled = Number(digits || '0') * SCALE + parts;
  return { ok: true, value: negative && scaled !== 0 ? -scaled : scaled };
}

const YES = new Set(['true', 'yes', 'y', '1', 't', 'refunded']);
const NO = new Set(['', 'false', 'no', 'n', '0', 'f']);

/** A yes/no cell (Gumroad's refunded); blank is no. */
export function parseFlag(raw: string): Parsed<boolean, 'unreadable'> {
  const text = raw.trim().toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, problem: 'unreadable' };
}
