/**
 * The idea page's Uncertainty section: what simulate() found, in the
 * founder's words, with the working behind each figure. Pure, like the
 * engine. The server (first paint) and the browser's Web Worker (after an
 * edit) both call uncertaintyOf(), so they word the same runs the same way,
 * and the page's own JavaScript never carries the simulation or these words.
 */
import { FIELDS, inModel } from '@/lib/ideas/fields';
import type { Assumptions, PricingModel, RangeField, Ranges, SimulationResult } from '@/lib/underwrite';
import { formatChance, formatCorrelation, formatMonth, formatMonths, formatNumber, formatOrdinal, formatSignedMoney } from './format';
import { driverDirection, NET_RESULT_WORDS, PAYBACK_WORDS, type PercentileKey } from './labels';
import { simulateIdea } from './simulation';

export interface Figure {
  key: PercentileKey;
  label: string;
  value: number | null;
  text: string;
  /** A loss, or a payback that does not come within the horizon. */
  bad: boolean;
}

export interface Driver {
  field: RangeField;
  label: string;
  correlation: number;
  text: string;
  direction: string;
  /** The bar's length: how strongly the result follows this number, 0 to 1. */
  strength: number;
}

export interface UncertaintyView {
  /**
   * `text` is the large number, `rest` the words after it; `sentence` both:
   * "62 % chance it pays back in 24 months"; `line` is the verdict card's.
   */
  chance: { value: number; text: string; rest: string; sentence: string; line: string; worked: string };
  netResult: { figures: Figure[]; worked: string };
  payback: { figures: Figure[]; worked: string };
  drivers: { rows: Driver[]; worked: string };
  /** How the fan chart's band and line come about. */
  fanWorked: string;
}

const KEYS: PercentileKey[] = ['p10', 'p50', 'p90'];
const PERCENT: Record<PercentileKey, number> = { p10: 10, p50: 50, p90: 90 };

/** The 1-based place in the sorted trials that nearest-rank picks for `key`: the 1,000th of 10,000 for P10. */
const rankOf = (key: PercentileKey, trials: number): number => Math.ceil((PERCENT[key] / 100) * trials);

/** "month 7", or "never within 24 months" for a percentile that falls on trials that never pay back. */
export function paybackText(month: number | null, horizonMonths: number): string {
  return month === null ? `never within ${formatMonths(horizonMonths)}` : formatMonth(month).toLowerCase();
}

export function fieldLabel(field: RangeField, model: PricingModel): string {
  const info = FIELDS.find((f) => f.key === field);
  return info ? inModel(info.label, model) : field;
}

export function uncertaintyView(result: SimulationResult, horizonMonths: number, model: PricingModel): UncertaintyView {
  const n = result.trials;
  const trials = formatNumber(n);
  const horizon = formatMonths(horizonMonths);
  const [low, middle, high] = KEYS.map((key) => formatOrdinal(rankOf(key, n)));
  const ranks = `${low}, ${middle} and ${high}`;
  const chanceText = formatChance(result.probabilityPayback);
  const paidBack = Math.round(result.probabilityPayback * n);

  return {
    chance: {
      value: result.probabilityPayback,
      text: chanceText,
      rest: `chance it pays back in ${horizon}`,
      sentence: `${chanceText} chance it pays back in ${horizon}`,
      line: `${chanceText} chance it pays back in ${horizon}, over the ranges you gave.`,
      worked:
        `We ran your worksheet ${trials} times. In each run, every number you gave a range was picked at random ` +
        `from it (about 9 runs in 10 land inside the range you gave); the other numbers stayed as you typed them. ` +
        `${formatNumber(paidBack)} of the ${trials} runs ended at or above zero after ${horizon}, your hours counted at your hourly rate: ${chanceText}.`,
    },
    netResult: {
      figures: KEYS.map((key) => {
        const value = result.netResult[key];
        return { key, label: NET_RESULT_WORDS[key], value, text: formatSignedMoney(value), bad: value < 0 };
      }),
      worked:
        `The ${trials} runs' net results after ${horizon} (upfront build included), sorted from worst to best: ` +
        `the ${ranks} of them. One run in ten did worse than the first and one in ten better than the last.`,
    },
    payback: {
      figures: KEYS.map((key) => {
        const value = result.paybackMonth[key];
        return { key, label: PAYBACK_WORDS[key], value, text: paybackText(value, horizonMonths), bad: value === null };
      }),
      worked:
        `For each run, the first month from which its running total stays at or above zero to month ${horizonMonths}. ` +
        `Sorted from fastest to slowest, runs that never get there last: the ${ranks} of the ${trials}.`,
    },
    drivers: {
      rows: result.drivers.map(({ field, correlation }) => ({
        field,
        label: fieldLabel(field, model),
        correlation,
        text: formatCorrelation(correlation),
        direction: driverDirection(correlation),
        strength: Math.abs(correlation),
      })),
      worked:
        `For each number with a range: do the runs where it came out higher end higher too? ` +
        `The runs are ranked by that number and by their net result, and the two rankings compared: ` +
        `1 means the result always rises with it, −1 always falls, 0 no link. The longest bars are the numbers ` +
        `to measure first: narrowing their range changes the chance the most.`,
    },
    fanWorked:
      `At each month, the ${trials} runs' running totals, sorted: the band spans the ${low} ` +
      `to the ${high} (8 runs in 10 fall inside it), the line is the ${middle}. ` +
      `Base and stress are your worksheet's own numbers, without and with the stress settings.`,
  };
}


/** What the page shows of one simulation: the words, and the bands the fan chart draws under the base and stress lines. */
export interface Uncertainty {
  view: UncertaintyView;
  bands: SimulationResult['cumulativeBands'];
}

/** simulate() with the app's fixed seed and trials (remembered per input), worded; null without any range. */
export function uncertaintyOf(assumptions: Assumptions, ranges: Ranges): Uncertainty | null {
  const result = simulateIdea(assumptions, ranges);
  if (!result) return null;
  return { view: uncertaintyView(result, assumptions.horizonMonths, assumptions.pricingModel), bands: result.cumulativeBands };
}
