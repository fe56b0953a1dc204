/*
 * Every number and date the app shows, formatted in one place. Money,
 * percentages, months and hours are the engine's own formatters, so a figure
 * on screen reads exactly as in the verdict's sentences; the rest is what
 * only the UI needs. The locale is fixed so the server, the browser and the
 * tests print the same text.
 */
import type { FieldInfo } from '@/lib/ideas/fields';
import { inModel } from '@/lib/ideas/words';
import { formatMoney, type PricingModel } from '@/lib/underwrite';

export { formatCount, formatHours, formatMoney, formatMonths, formatPercent } from '@/lib/underwrite';

const LOCALE = 'en-US';

// Building an Intl.NumberFormat is slow next to using one: keep one per digit count.
const decimals = new Map<number, Intl.NumberFormat>();

/** A plain number with up to `digits` decimals: formatNumber(1234.5) is "1,235", formatNumber(7.25, 1) "7.3". */
export function formatNumber(value: number, digits = 0): string {
  let format = decimals.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits, signDisplay: 'negative' });
    decimals.set(digits, format);
  }
  return format.format(value);
}

/** Support time: "7.5 min". */
export const formatMinutes = (minutes: number): string => `${formatNumber(minutes, 1)} min`;

const cents = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' });

/** Money to the cent whatever the amount, as the worksheet stores it: "$1,500.00". */
export const formatCents = (amount: number): string => cents.format(amount);

const compactDollars = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  // Currency formats default to two decimals; ticks read better without "$35.0K".
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
  signDisplay: 'negative',
});

/** Short money for axis ticks: "$1.2K", "-$35K", "$12.5". Tooltips and tables show formatMoney's full value. */
export const formatMoneyTick = (amount: number): string => compactDollars.format(amount);

/** "Month 6". Month 0 is the moment before the first sale, when only the upfront investment is spent. */
export const formatMonth = (month: number): string => `Month ${month}`;

const utcDate = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });

/** "Mar 7, 2026": the same text on the server and in any browser, whatever their time zones. */
export const formatDate = (date: Date): string => utcDate.format(date);

const utcDateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Mar 7, 2026, 14:05 UTC": a moment, for versions saved minutes apart; UTC for the same reason as formatDate. */
export const formatDateTime = (date: Date): string => `${utcDateTime.format(date)} UTC`;

/** A saved assumption with its unit, as the worksheet states it: "$39.00 per sale", "2.5 % of visitors", "24 months". */
export function formatFieldValue(field: FieldInfo, value: number, model: PricingModel): string {
  const suffix = inModel(field.suffix, model);
  switch (field.unit) {
    case 'money':
      return `${formatCents(value)} ${suffix.replace(/^\$\s?/, '')}`.trim();
    case 'percent':
      // Four decimals of a percent: the column keeps eight of the fraction.
      return `${formatNumber(value * 100, 4)} ${suffix}`;
    default:
      return `${formatNumber(value, 2)} ${suffix}`;
  }
}

/**
 * A chance of payback as a founder reads it: whole percent, but never a
 * rounded certainty ("100 %" only when every future paid back, "0 %" only
 * when none did).
 */
export function formatChance(probability: number): string {
  if (probability > 0 && probability < 0.01) return 'under 1 %';
  if (probability > 0.99 && probability < 1) return 'over 99 %';
  return `${Math.round(probability * 100)} %`;
}

/**
 * The typographic minus on a figure a founder reads ("−$4,200"): the hyphen
 * the engine's formatters print is a dash to the eye, and breaks lines.
 */
export const withMinus = (text: string): string => text.replace(/^-/, '−');

/** Whole dollars with the typographic minus: "−$4,200". */
export const formatSignedMoney = (amount: number): string => withMinus(formatMoney(amount));

/** A rank correlation to two decimals, with the typographic minus: "−0.62", "0.05". */
export const formatCorrelation = (value: number): string => withMinus((Math.abs(value) < 0.005 ? 0 : value).toFixed(2));

const ordinalRules = new Intl.PluralRules(LOCALE, { type: 'ordinal' });
const ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** "1st", "22nd", "1,000th": a place in a sorted list. */
export const formatOrdinal = (place: number): string => `${formatNumber(place)}${ORDINAL_SUFFIX[ordinalRules.select(place)] ?? 'th'}`;
