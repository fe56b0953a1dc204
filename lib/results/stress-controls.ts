import { STRESS_RANGES, type Assumptions, type StressKey } from '@/lib/underwrite';
import { formatHours, formatMinutes, formatMoney, formatNumber, formatPercent } from './format';

/**
 * The nine stress sliders of contract v2. "change" settings scale an input
 * (−40 % traffic means 60 % of the visitors); "points" settings add
 * percentage points to a rate (+5 points of refunds turns 3 % into 8 %).
 * Each slider spans exactly its lever's bounds in the engine's schema, which
 * only let it move its input the adverse way.
 */
export type StressControl = {
  key: StressKey;
  label: string;
  kind: 'change' | 'points';
  min: number;
  max: number;
  step: number;
  help: string;
  subscriptionOnly?: boolean;
};

const control = (key: StressKey, rest: Omit<StressControl, 'key' | 'min' | 'max'>): StressControl => ({
  key,
  min: STRESS_RANGES[key].min,
  max: STRESS_RANGES[key].max,
  ...rest,
});

export const STRESS_CONTROLS: StressControl[] = [
  control('priceChange', { label: 'Price', kind: 'change', step: 0.05, help: 'You have to sell for less than planned.' }),
  control('trafficChange', { label: 'Traffic', kind: 'change', step: 0.05, help: 'Fewer visitors than planned.' }),
  control('growthRateAdd', { label: 'Growth', kind: 'points', step: 0.01, help: 'Traffic grows more slowly, or fades.' }),
  control('conversionChange', { label: 'Conversion', kind: 'change', step: 0.05, help: 'Fewer visitors buy.' }),
  control('refundRateAdd', { label: 'Refunds', kind: 'points', step: 0.01, help: 'More buyers ask for their money back.' }),
  control('supportChange', { label: 'Support time', kind: 'change', step: 0.05, help: 'Each customer needs more of your time.' }),
  control('churnRateAdd', { label: 'Churn', kind: 'points', step: 0.01, help: 'More subscribers cancel each month.', subscriptionOnly: true }),
  control('upkeepChange', { label: 'Upkeep', kind: 'change', step: 0.05, help: 'Maintenance takes longer than hoped.' }),
  control('buildOverrun', { label: 'Build overrun', kind: 'change', step: 0.05, help: 'It takes longer to build than planned.' }),
];

/** "−40 %" for a change, "+5 pts" for percentage points. */
export function formatStress(control: Pick<StressControl, 'kind'>, value: number): string {
  const rounded = Math.round(value * 100);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return control.kind === 'change' ? `${sign}${Math.abs(rounded)} %` : `${sign}${Math.abs(rounded)} pts`;
}

/** What a setting does to its input, from the stressed assumptions: "1,800 visitors in month 1". */
export function stressEffect(key: StressKey, stressed: Assumptions): string {
  switch (key) {
    case 'priceChange':
      return `${formatMoney(stressed.price)} a ${stressed.pricingModel === 'subscription' ? 'month' : 'sale'}`;
    case 'growthRateAdd':
      return `${formatPercent(stressed.visitorGrowthRate)} growth a month`;
    case 'buildOverrun':
      return `${formatHours(stressed.upfrontHours)} to build`;
    case 'trafficChange':
      return `${formatNumber(stressed.monthlyVisitors)} visitors in month 1`;
    case 'conversionChange':
      return `${formatPercent(stressed.conversionRate, 2)} conversion`;
    case 'refundRateAdd':
      return `${formatPercent(stressed.refundRate)} refunds`;
    case 'supportChange':
      return `${formatMinutes(stressed.supportMinutesPerCustomer)} per customer`;
    case 'churnRateAdd':
      return `${formatPercent(stressed.churnRate)} churn a month`;
    case 'upkeepChange':
      return `${formatHours(stressed.upkeepHoursPerMonth)} upkeep a month`;
  }
}
