import { STRESS_RANGES, type Assumptions, type StressKey } from '@/lib/underwrite';
import { formatHours, formatMinutes, formatMoney, formatNumber, formatPercent } from './format';
import { IGNORED_FOR_ONE_TIME, perUnit } from './labels';

/**
 * The nine stress sliders of contract v2. "change" settings scale an input
 * (−40 % traffic means 60 % of the visitors); "points" settings add
 * percentage points to a rate (+5 points of refunds turns 3 % into 8 %).
 * Each lever spans exactly its bounds in the engine's schema, which only let
 * it move its input the adverse way: 0 (as planned) is always one end.
 *
 * Every slider runs from "as planned" on the left to its worst on the
 * right, whichever sign its lever has, so further right (and a longer
 * filled track) always means a harsher stress: the slider's position is the
 * size of the move, `adverse` its sign.
 */
export type StressControl = {
  key: StressKey;
  label: string;
  kind: 'change' | 'points';
  /** The lever's bounds in the schema. */
  min: number;
  max: number;
  /** −1 when the adverse way is down (less traffic), +1 when it is up (more refunds). */
  adverse: -1 | 1;
  /** The slider's right end: the size of the largest move, |min| or max. */
  reach: number;
  step: number;
  subscriptionOnly?: boolean;
};

const control = (key: StressKey, label: string, kind: StressControl['kind'], step: number, subscriptionOnly?: true): StressControl => {
  const { min, max } = STRESS_RANGES[key];
  const adverse = min < 0 ? -1 : 1;
  return { key, label, kind, min, max, adverse, reach: adverse < 0 ? -min : max, step, ...(subscriptionOnly ? { subscriptionOnly } : {}) };
};

export const STRESS_CONTROLS: StressControl[] = [
  control('priceChange', 'Price', 'change', 0.05),
  control('trafficChange', 'Traffic', 'change', 0.05),
  // Half points: monthly growth is a few percent, so whole points are coarse.
  control('growthRateAdd', 'Growth', 'points', 0.005),
  control('conversionChange', 'Conversion', 'change', 0.05),
  control('refundRateAdd', 'Refunds', 'points', 0.01),
  control('supportChange', 'Support time', 'change', 0.05),
  control('churnRateAdd', 'Churn', 'points', 0.01, true),
  control('upkeepChange', 'Upkeep', 'change', 0.05),
  control('buildOverrun', 'Build overrun', 'change', 0.05),
];

/** Where a lever's value sits on its slider: 0 (as planned) to `reach`. */
export const sliderPosition = (control: StressControl, value: number): number => (value === 0 ? 0 : value * control.adverse);

/** The lever's value at a slider position (never −0, which would print as a move). */
export const leverValue = (control: StressControl, position: number): number => (position === 0 ? 0 : position * control.adverse);

/** "−40 %" for a change, "+5 pts" for percentage points; `digits` decimals of a percent at most. */
export function formatStress(control: Pick<StressControl, 'kind'>, value: number, digits = 1): string {
  const size = formatNumber(Math.abs(value) * 100, digits);
  const sign = size === '0' ? '' : value > 0 ? '+' : '−';
  return `${sign}${size}${control.kind === 'change' ? ' %' : ' pts'}`;
}

/** The size of a change in words: "20 %". */
const amount = (value: number) => `${formatNumber(Math.abs(value) * 100, 1)} %`;

type Sides = { base: Assumptions; stressed: Assumptions };

/** How a "change" lever's input is said: "Price", "Price cut 20 %", "$23.20 a sale", and the base's figure "$29.00". */
type Wording = {
  input: (a: Assumptions) => number;
  subject: string;
  moved: (size: string) => string;
  unit: (n: number) => string;
  number: (n: number) => string;
};

/**
 * A "change" lever's sentence. When the plan has none of the input, the
 * lever has nothing to scale, and the sentence says so.
 */
function scaled({ base, stressed }: Sides, value: number, { input, subject, moved, unit, number }: Wording): string {
  if (value === 0) return `${subject} as planned: ${unit(input(base))}.`;
  if (input(base) === 0) return `Changes nothing: the plan puts ${subject.toLowerCase()} at ${number(0)}.`;
  return `${moved(amount(value))}: ${number(input(base))} → ${unit(input(stressed))}.`;
}

/** A "points" lever's sentence: the rate before and after ("Refunds 3 % → 8 % of revenue"). */
function shifted({ base, stressed }: Sides, value: number, input: (a: Assumptions) => number, subject: string, unit: string): string {
  const from = formatPercent(input(base));
  if (value === 0) return `${subject} as planned: ${from} ${unit}.`;
  return `${subject} ${from} → ${formatPercent(input(stressed))} ${unit}.`;
}

/**
 * What a slider at `value` does, in the founder's own numbers: at the
 * neutral end the input is unchanged ("Price as planned: $29.00 a sale."),
 * elsewhere the base input and the stressed one ("Price cut 20 %: $29.00 →
 * $23.20 a sale."). The stressed figures are the engine's stressed
 * assumptions, so the sentence shows what the stress case really computes with.
 */
export function stressHelp(key: StressKey, value: number, base: Assumptions, stressed: Assumptions): string {
  const sides = { base, stressed };
  const per = base.pricingModel === 'subscription' ? 'a month' : 'a sale';
  switch (key) {
    case 'priceChange':
      return scaled(sides, value, {
        input: (a) => a.price,
        subject: 'Price',
        moved: (size) => `Price cut ${size}`,
        unit: (n) => `${formatMoney(n)} ${per}`,
        number: formatMoney,
      });
    case 'trafficChange':
      return scaled(sides, value, {
        input: (a) => a.monthlyVisitors,
        subject: 'Traffic',
        moved: (size) => `Traffic down ${size}`,
        // A no-break space keeps "month 1" together when the help wraps.
        unit: (n) => `${formatNumber(n)} visitors in month\u00a01`,
        number: formatNumber,
      });
    case 'conversionChange':
      return scaled(sides, value, {
        input: (a) => a.conversionRate,
        subject: 'Conversion',
        moved: (size) => `Conversion down ${size}`,
        unit: (n) => `${formatPercent(n, 2)} of visitors buy`,
        number: (n) => formatPercent(n, 2),
      });
    case 'supportChange':
      return scaled(sides, value, {
        input: (a) => a.supportMinutesPerCustomer,
        subject: 'Support time',
        moved: (size) => `Support takes ${size} longer`,
        unit: (n) => `${formatMinutes(n)} ${perUnit(base.pricingModel)}`,
        number: (n) => formatNumber(n, 1),
      });
    case 'upkeepChange':
      return scaled(sides, value, {
        input: (a) => a.upkeepHoursPerMonth,
        subject: 'Upkeep',
        moved: (size) => `Upkeep takes ${size} longer`,
        unit: (n) => `${formatHours(n)} a month`,
        number: (n) => formatNumber(n, 1),
      });
    case 'buildOverrun':
      return scaled(sides, value, {
        input: (a) => a.upfrontHours,
        subject: 'Build time',
        moved: (size) => `Build takes ${size} longer`,
        unit: formatHours,
        number: (n) => formatNumber(n, 1),
      });
    case 'growthRateAdd':
      return growthHelp(sides, value);
    case 'refundRateAdd':
      return shifted(sides, value, (a) => a.refundRate, 'Refunds', 'of revenue');
    case 'churnRateAdd':
      if (base.pricingModel === 'one_time') return IGNORED_FOR_ONE_TIME;
      return shifted(sides, value, (a) => a.churnRate, 'Churn', 'of subscribers cancel each month');
  }
}

/**
 * Growth is a rate that may already be negative, and the engine keeps it
 * from falling below −99 % a month (unless the plan is already lower).
 */
function growthHelp(sides: Sides, value: number): string {
  const before = sides.base.visitorGrowthRate;
  const after = sides.stressed.visitorGrowthRate;
  if (value !== 0 && after === before) return `Growth stays ${formatPercent(before)} a month: it cannot fall further.`;
  const text = shifted(sides, value, (a) => a.visitorGrowthRate, 'Growth', 'a month');
  return value !== 0 && after < 0 ? `${text.slice(0, -1)}: traffic shrinks every month.` : text;
}
