/*
 * The calibrated case (issue #9): beside base and stress, the worksheet with
 * each input replaced by what the founder measured, where they measured it:
 * a measured evidence mark, or a rate from at least two weeks of logged
 * actuals (conversion = sales / visitors, the refund rate, hours per
 * customer). Its verdict is the one that counts when it disagrees with the
 * base case's: the base rests on guesses the measurements have overtaken.
 * Pure, like the engine.
 */
import type { EvidenceField, EvidenceMap } from '@/lib/ideas/evidence';
import { FIELDS, inModel } from '@/lib/ideas/fields';
import { assumptionsSchema, type Assumptions, type PricingModel, type VerdictLevel } from '@/lib/underwrite';
import { formatDate, formatFieldValue } from './format';

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

/** One rate measured from logged actuals (lib/results/actual-rates.ts), over whole weeks ending `through`. */
export type ActualRate = { field: EvidenceField; value: number; weeks: number; through: string };

/** Actuals count only from this many weeks: one week is an anecdote. */
export const MIN_ACTUAL_WEEKS = 2;

const valid = (field: EvidenceField, value: number) => assumptionsSchema.shape[field].safeParse(value).success;

/**
 * The measured value of each field: from a measured mark, or from actuals
 * over at least MIN_ACTUAL_WEEKS weeks. Where both exist, the more recent
 * measurement wins (the actuals on a tie: they are the product really
 * selling). A value its field cannot hold (sales above visitors in a
 * patchy log) is left out rather than bent into range.
 */
export function measuredValues(evidence: EvidenceMap, actualRates: readonly ActualRate[] = []): MeasuredValue[] {
  const chosen = new Map<EvidenceField, MeasuredValue>();
  for (const [field, mark] of Object.entries(evidence) as [EvidenceField, EvidenceMap[EvidenceField]][]) {
    if (mark?.kind !== 'measured' || !valid(field, mark.value)) continue;
    chosen.set(field, { field, value: mark.value, origin: 'evidence', source: mark.source, measuredOn: mark.measuredOn });
  }
  for (const rate of actualRates) {
    if (rate.weeks < MIN_ACTUAL_WEEKS || !valid(rate.field, rate.value)) continue;
    const mark = chosen.get(rate.field);
    if (mark && mark.measuredOn > rate.through) continue;
    const weeks = `${rate.weeks} weeks of actuals`;
    chosen.set(rate.field, { field: rate.field, value: rate.value, origin: 'actuals', source: weeks, measuredOn: rate.through });
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

/** Which verdict the page stands by: the calibrated case's where there is one, since it replaces guesses with measurements. */
export function verdictThatCounts(base: VerdictLevel, calibrated: VerdictLevel | null): { level: VerdictLevel; overruled: boolean } {
  if (calibrated === null) return { level: base, overruled: false };
  return { level: calibrated, overruled: calibrated !== base };
}

/** "Conversion rate 2 % → 1.2 % (pre-sale page, Mar 3, 2026)": each replacement in words, for the verdict card. */
export function replacementWords(replaced: readonly Replacement[], model: PricingModel): string[] {
  return replaced.map((r) => {
    const info = FIELD_INFO.get(r.field)!;
    const day = formatDate(new Date(`${r.measuredOn}T00:00:00Z`));
    return `${inModel(info.label, model)} ${formatFieldValue(info, r.from, model)} → ${formatFieldValue(info, r.value, model)} (${r.source}, ${day})`;
  });
}
