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

/** "$3,120", "-$3,120"; cents below $100, where they still matter: "$12.50". */
export function formatMoney(amount: number): string {
  return (Math.abs(amount) >= 100 ? dollars : dollarsAndCents).format(amount);
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
