import type { Assumptions, StressKey } from '@/lib/underwrite';
import { formatHours, formatMinutes, formatNumber, formatPercent } from './format';

/**
 * The six stress sliders. "change" settings scale an input (−40 % traffic
 * means 60 % of the visitors); "points" settings add percentage points to a
 * rate (+5 points of refunds turns 3 % into 8 %). Ranges are narrower than
 * the schema allows, to keep a slider's travel meaningful.
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

export const STRESS_CONTROLS: StressControl[] = [
  { key: 'trafficChange', label: 'Traffic', kind: 'change', min: -0.9, max: 0.5, step: 0.05, help: 'Fewer visitors than planned.' },
  { key: 'conversionChange', label: 'Conversion', kind: 'change', min: -0.9, max: 0.5, step: 0.05, help: 'Fewer visitors buy.' },
  { key: 'refundRateAdd', label: 'Refunds', kind: 'points', min: -0.1, max: 0.3, step: 0.01, help: 'More buyers ask for their money back.' },
  { key: 'supportChange', label: 'Support time', kind: 'change', min: -0.5, max: 2, step: 0.05, help: 'Each customer needs more of your time.' },
  { key: 'churnRateAdd', label: 'Churn', kind: 'points', min: -0.05, max: 0.2, step: 0.01, help: 'More subscribers cancel each month.', subscriptionOnly: true },
  { key: 'upkeepChange', label: 'Upkeep', kind: 'change', min: -0.5, max: 2, step: 0.05, help: 'Maintenance takes longer than hoped.' },
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
