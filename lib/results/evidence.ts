/*
 * The idea page's evidence: how much of what moves the net result rests on
 * numbers the founder measured, which guesses to measure next and how, and
 * each mark in words. Pure, like the engine: the page computes it on the
 * server and sends HTML, not code.
 */
import { FIELDS, inModel, type FieldInfo } from '@/lib/ideas/fields';
import { isEvidenceField, kindOf, type Evidence, type EvidenceField, type EvidenceKind, type EvidenceMap } from '@/lib/ideas/evidence';
import type { PricingModel, SensitivityResult } from '@/lib/underwrite';
import { formatChance, formatDate, formatFieldValue } from './format';

/**
 * Below this share of the net result's sensitivity resting on measured
 * inputs, the verdict card says the verdict is "based mostly on guesses":
 * under half, most of what decides the result was not measured.
 */
export const MOSTLY_GUESSES_BELOW = 0.5;

/** How many guessed inputs the page suggests measuring next. */
export const MEASURE_NEXT_COUNT = 3;

/**
 * What to do to measure each input, in plain words: a small test the
 * founder can run in the 30 days, with a size that gives a usable number.
 */
export const HOW_TO_MEASURE: Readonly<Record<EvidenceField, string>> = {
  price: 'Ask ten buyers to pay at this price: a pre-sale, or a checkout page that takes the card.',
  monthlyVisitors: 'Post where your buyers already are and count a month of real visits to a landing page.',
  visitorGrowthRate: 'Count visits for two months in a row and compare them.',
  conversionRate: 'Run a pre-sale page to 300 visitors and count who pays (checklist item 5 records it).',
  churnRate: 'Run a paid beta for two months and count who cancels.',
  refundRate: 'Sell to your first 20 buyers and count the refund requests.',
  feeRate: 'Read your payment platform’s pricing page and make one test purchase (checklist item 1 records it).',
  feePerTransaction: 'Make one test purchase and read the fixed fee on the receipt (checklist item 1 records it).',
  supportMinutesPerCustomer: 'Time every email and call of your first ten buyers.',
  upkeepHoursPerMonth: 'Log every hour you spend on a similar product for four weeks.',
  adSpendPerMonth: 'Run a $100 ad test and see what one visitor costs.',
  hourlyRate: 'Use what a client last paid you for an hour of similar work.',
  upfrontHours: 'Build the smallest piece, time it, and scale up from there.',
  upfrontCash: 'Get quotes for the tools, design and help you will pay for.',
  servicePackageRate: 'Offer the package to your first 20 buyers and count who adds it.',
  servicePackagePrice: 'Quote the package to five buyers and see who accepts.',
  servicePackageHours: 'Deliver one package and time it.',
};

export const EVIDENCE_KIND_WORDS: Readonly<Record<EvidenceKind, string>> = {
  guessed: 'Guessed',
  benchmark: 'Benchmark',
  measured: 'Measured',
};

const FIELD_INFO = new Map(FIELDS.map((field) => [field.key, field]));
const infoOf = (field: EvidenceField): FieldInfo => FIELD_INFO.get(field)!;

/** "Conversion rate": a field's label for the idea's pricing model. */
export const evidenceFieldLabel = (field: EvidenceField, model: PricingModel): string => inModel(infoOf(field).label, model);

/** A mark in a phrase: "guessed", "benchmark: Gumroad's 2025 report", "measured 4 % of visitors on Mar 3, 2026 (…)". */
export function evidenceWords(evidence: Evidence | undefined, field: EvidenceField, model: PricingModel): string {
  if (!evidence) return 'guessed';
  if (evidence.kind === 'benchmark') return `benchmark: ${evidence.source}`;
  const day = formatDate(new Date(`${evidence.measuredOn}T00:00:00Z`));
  return `measured ${formatFieldValue(infoOf(field), evidence.value, model)} on ${day} (${evidence.source})`;
}

export interface EvidenceRow {
  field: EvidenceField;
  label: string;
  kind: EvidenceKind;
  /** The net result's swing when this input alone moves by sensitivity()'s delta. */
  swing: number;
  /** This input's part of all the swings, 0 to 1. */
  share: number;
}

export interface EvidenceScore {
  /** The share of the net result's sensitivity that rests on measured inputs, 0 to 1; null when nothing moves it. */
  score: number | null;
  /** The same for benchmarks (someone else's numbers), so the rest is what was guessed. */
  benchmarkShare: number;
  mostlyGuesses: boolean;
  /** Every input that moves the result, largest swing first. */
  rows: EvidenceRow[];
  /** The guessed (or benchmarked) inputs that move the result most, with what to do about each. */
  measureNext: (EvidenceRow & { how: string })[];
  /** How the score is worked out, with this idea's numbers. */
  worked: string;
}

/**
 * The evidence score: of the base net result's sensitivity (each input's
 * swing in sensitivity(), summed), the share carried by inputs marked
 * measured. sensitivity() covers every input with a value, unlike the
 * simulation's drivers, which see only the ranged ones: a measured input
 * usually has a tight range or none, and would drop out of the drivers
 * just when it should count.
 */
export function evidenceScore(sensitivity: SensitivityResult, evidence: EvidenceMap, model: PricingModel): EvidenceScore {
  const moving = sensitivity.rows.filter((row) => row.swing > 0 && isEvidenceField(row.field));
  const total = moving.reduce((sum, row) => sum + row.swing, 0);
  const rows: EvidenceRow[] = moving.map((row) => {
    const field = row.field as EvidenceField;
    return { field, label: evidenceFieldLabel(field, model), kind: kindOf(evidence, field), swing: row.swing, share: total > 0 ? row.swing / total : 0 };
  });
  const shareOf = (kind: EvidenceKind) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.share, 0);
  const score = total > 0 ? shareOf('measured') : null;
  const measureNext = rows
    .filter((row) => row.kind !== 'measured')
    .slice(0, MEASURE_NEXT_COUNT)
    .map((row) => ({ ...row, how: HOW_TO_MEASURE[row.field] }));
  const delta = Math.round(sensitivity.delta * 100);
  const measured = rows.filter((row) => row.kind === 'measured').map((row) => row.label);
  return {
    score,
    benchmarkShare: shareOf('benchmark'),
    mostlyGuesses: score !== null && score < MOSTLY_GUESSES_BELOW,
    rows,
    measureNext,
    worked:
      `Each input is moved ${delta} % down and up on its own, and the change in the net result is its swing (the bars of “What moves the result most”). ` +
      (measured.length === 0
        ? 'No input that moves the result is measured yet, so the score is 0 %.'
        : `The score is the measured inputs’ swings (${measured.join(', ')}) over all the swings.`),
  };
}

/** The verdict card's line when the score is under MOSTLY_GUESSES_BELOW; null otherwise. */
export function guessesLine(score: EvidenceScore): string | null {
  if (!score.mostlyGuesses || score.score === null) return null;
  return `Based mostly on guesses: ${formatChance(score.score)} of what moves the net result is measured.`;
}
