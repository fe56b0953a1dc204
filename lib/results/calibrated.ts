/*
 * The calibrated case (issue #9): beside base and stress, the worksheet with
 * each input replaced by what the founder measured, where they measured it:
 * a measured evidence mark, or a rate from at least two weeks of logged
 * actuals (lib/results/actual-rates.ts: conversion = sales / visitors, the
 * refund rate, hours per customer). Its verdict is the one that counts when
 * it disagrees with the base case's: the base rests on guesses the
 * measurements have overtaken.
 * Pure, like the engine.
 */
import type { EvidenceField, EvidenceMap } from '@/lib/ideas/evidence';
import { FIELDS, inModel } from '@/lib/ideas/fields';
import { assumptionsSchema, type Assumptions, type PricingModel } from '@/lib/underwrite';
import { actualRates, WEEKS_PER_MONTH, type ActualRate, type ActualRates, type LoggedWeek } from './actual-rates';
import { formatDate, formatFieldValue } from './format';
import { fromTo } from './history';

const FIELD_INFO = new Map(FIELDS.map((field) => [field.key, field]));

/** Where a measured value came from: the founder's own mark, or the weeks of actuals they logged. */
export type MeasuredOrigin = 'evidence' | 'actuals';

export interface MeasuredValue {
  field: EvidenceField;
  value: number;
  origin: MeasuredOrigin;
  /** In words: the mark's source, or "6 weeks of actuals". */
  source: string;
  /** YYYY-MM-DD: the day measured, or the last day the actuals cover. */
  measuredOn: string;
}

/** One input measured from logged actuals: the value, the weeks it rests on, and the last day they cover. */
export type ActualMeasurement = { field: EvidenceField; value: number; weeks: number; through: string };

/** The Sunday that ends the week starting `monday` (YYYY-MM-DD). */
const weekEnd = (monday: string) => new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);

/**
 * What the logged weeks measure of the worksheet's inputs, from the rates
 * that rest on at least MIN_MEASURED_WEEKS weeks (actualRates()):
 * conversion (sales / visitors); the refund rate, as the engine counts it
 * (refunded money / revenue), or refunds / sales where no amounts were
 * logged; and the support time a sale takes, from hours per customer less
 * the upkeep the worksheet plans for those weeks. Support is derived only
 * for a one-time sale without a service package: for a subscription the
 * hours serve every active subscriber, not the new ones, and a package's
 * delivery hours would count as support.
 */
export function actualMeasurements(rates: ActualRates, assumptions: Assumptions): ActualMeasurement[] {
  if (!rates.lastWeek) return [];
  const through = weekEnd(rates.lastWeek);
  const found: ActualMeasurement[] = [];
  const add = (field: EvidenceField, rate: ActualRate, value = rate.value) => {
    if (rate.measured && value !== null) found.push({ field, value, weeks: rate.weeks, through });
  };
  add('conversionRate', rates.conversion);
  add('refundRate', rates.refundedShare.measured ? rates.refundedShare : rates.refundRate);
  const hours = rates.hoursPerCustomer;
  if (assumptions.pricingModel === 'one_time' && assumptions.servicePackageRate === 0 && hours.denominator > 0) {
    const upkeep = (assumptions.upkeepHoursPerMonth * hours.weeks) / WEEKS_PER_MONTH;
    add('supportMinutesPerCustomer', hours, (Math.max(0, hours.numerator - upkeep) / hours.denominator) * 60);
  }
  return found;
}

const valid = (field: EvidenceField, value: number) => assumptionsSchema.shape[field].safeParse(value).success;

/**
 * The measured value of each field: from a measured mark, or from the
 * logged actuals (actualMeasurements). Where both exist, the more recent
 * measurement wins (the actuals on a tie: they are the product really
 * selling). A value its field cannot hold (sales above visitors in a patchy
 * log) is left out rather than bent into range.
 */
export function measuredValues(evidence: EvidenceMap, actuals: readonly ActualMeasurement[] = []): MeasuredValue[] {
  const chosen = new Map<EvidenceField, MeasuredValue>();
  for (const [field, mark] of Object.entries(evidence) as [EvidenceField, EvidenceMap[EvidenceField]][]) {
    if (mark?.kind !== 'measured' || !valid(field, mark.value)) continue;
    chosen.set(field, { field, value: mark.value, origin: 'evidence', source: mark.source, measuredOn: mark.measuredOn });
  }
  for (const actual of actuals) {
    if (!valid(actual.field, actual.value)) continue;
    const mark = chosen.get(actual.field);
    if (mark && mark.measuredOn > actual.through) continue;
    const weeks = `${actual.weeks} weeks of actuals`;
    chosen.set(actual.field, { field: actual.field, value: actual.value, origin: 'actuals', source: weeks, measuredOn: actual.through });
  }
  return [...chosen.values()];
}

export interface Replacement extends MeasuredValue {
  /** The worksheet's value the measurement replaces. */
  from: number;
}

export interface CalibratedCase {
  assumptions: Assumptions;
  /** Each input that differs from the worksheet, in the order measured. */
  replaced: Replacement[];
}

// Stored values are rounded to their column (a rate to 8 decimals): a value
// that only differs by that rounding is the same number.
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The worksheet with every measured value in place of its input, or null
 * when no measurement differs from the worksheet: the base case is then
 * already the calibrated one, and a third scenario would repeat it.
 */
export function calibratedCase(assumptions: Assumptions, measured: readonly MeasuredValue[]): CalibratedCase | null {
  const replaced = measured.filter((m) => !same(m.value, assumptions[m.field])).map((m) => ({ ...m, from: assumptions[m.field] }));
  if (replaced.length === 0) return null;
  const calibrated: Assumptions = { ...assumptions };
  for (const r of replaced) calibrated[r.field] = r.value;
  return { assumptions: calibrated, replaced };
}


/**
 * The idea's calibrated case as its page shows it: its measured marks and
 * what its logged weeks measure, in place of the worksheet's guesses. The
 * page, its report and its CSV of the months all start from this one.
 */
export function calibratedCaseOf(assumptions: Assumptions, evidence: EvidenceMap, weeks: readonly LoggedWeek[]): CalibratedCase | null {
  return calibratedCase(assumptions, measuredValues(evidence, actualMeasurements(actualRates(weeks), assumptions)));
}

// A measured rate from actuals has as many decimals as a division gives: shown to a hundredth of a percent (or of its unit).
const readable = (unit: string, value: number) => (unit === 'percent' ? Math.round(value * 1e4) / 1e4 : Math.round(value * 100) / 100);

/** "Conversion rate 2 % → 1.2 % of visitors (pre-sale page, Mar 3, 2026)": each replacement in words, for the verdict card. */
export function replacementWords(replaced: readonly Replacement[], model: PricingModel): string[] {
  return replaced.map((r) => {
    const info = FIELD_INFO.get(r.field)!;
    const day = formatDate(new Date(`${r.measuredOn}T00:00:00Z`));
    const change = fromTo(formatFieldValue(info, r.from, model), formatFieldValue(info, readable(info.unit, r.value), model));
    return `${inModel(info.label, model)} ${change} (${r.source}, ${day})`;
  });
}
