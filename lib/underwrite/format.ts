/*
 * Formatting for the engine's sentences and for the UI. The locale is fixed
 * so that the server, the browser and the tests print the same text.
 * signDisplay 'negative' prints no sign for values that round to zero
 * ("$0.00", not "-$0.00").
 */

const LOCALE = 'en-US';

const dollars = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
  signDisplay: 'negative',
});
const dollarsAndCents = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'negative',
});

/** "1234567" as "1,234,567". */
function groupThousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * "$3,120", "-$3,120"; cents below $100, where they still matter: "$12.50".
 * Whole dollars and whole small amounts, which most sentences quote, skip
 * Intl (about 0.5 µs a call, a third of a verdict's cost): rounding |x| half
 * away from zero is Intl's halfExpand for them, since n + 0.5 is exact in
 * binary below 2^53. A test holds both paths to Intl on random amounts.
 */
export function formatMoney(amount: number): string {
  const size = Math.abs(amount);
  if (size >= 100 && size < Number.MAX_SAFE_INTEGER) {
    return `${amount < 0 ? '-' : ''}$${groupThousands(String(Math.round(size)))}`;
  }
  if (size < 100 && Number.isInteger(amount)) return `${amount < 0 ? '-' : ''}$${size}.00`;
  return (size >= 100 ? dollars : dollarsAndCents).format(amount);
}

// Intl.NumberFormat is costly to build, so keep one per digit count.
const decimalFormats = new Map<number, Intl.NumberFormat>();
function decimal(maximumFractionDigits: number): Intl.NumberFormat {
  let format = decimalFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits, signDisplay: 'negative' });
    decimalFormats.set(maximumFractionDigits, format);
  }
  return format;
}

/** A fraction as a percentage with up to `digits` decimals: formatPercent(0.025) is "2.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${decimal(digits).format(fraction * 100)} %`;
}

/** "1 month", "24 months". */
export function formatMonths(months: number): string {
  // Horizons are whole numbers below 1,000, which print the same without
  // Intl; skipping it saves about 0.5 µs per verdict sentence.
  const text = Number.isInteger(months) && Math.abs(months) < 1000 ? String(months) : decimal(0).format(months);
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** "1 hour", "12.5 hours", "1,200 hours". */
export function formatHours(hours: number): string {
  const text = decimal(1).format(hours);
  return `${text} ${text === '1' ? 'hour' : 'hours'}`;
}

/** "1,200", "3.5" (at most one decimal): visitors, customers. */
export function formatCount(count: number): string {
  return decimal(count >= 100 ? 0 : 1).format(count);
}
