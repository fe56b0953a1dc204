import type { AssumptionKey, PricingModel } from '@/lib/underwrite/schema';

/**
 * How each assumption is shown and typed in the worksheet. `percent` fields
 * are entered as percentages (5 means 5 %) and stored as fractions (0.05),
 * as the engine contract wants.
 */
export type FieldUnit = 'money' | 'percent' | 'count' | 'minutes' | 'hours' | 'months';

export type FieldInfo = {
  key: Exclude<AssumptionKey, 'pricingModel'>;
  label: string;
  unit: FieldUnit;
  /** The unit as a founder reads it next to the input; may depend on the pricing model. */
  suffix: (model: PricingModel) => string;
  help: string;
  step: string;
  /** Only meaningful for subscriptions. */
  subscriptionOnly?: boolean;
};

const fixed = (text: string) => () => text;

export const FIELD_GROUPS: { title: string; description: string; fields: FieldInfo[] }[] = [
  {
    title: 'Revenue',
    description: 'What a sale brings in and how many sales the traffic makes.',
    fields: [
      { key: 'price', label: 'Price', unit: 'money', suffix: (m) => (m === 'subscription' ? '$ / month' : '$ per sale'), help: 'What a customer pays: once per sale, or every month for a subscription.', step: '0.01' },
      { key: 'monthlyVisitors', label: 'Visitors in month 1', unit: 'count', suffix: fixed('visitors / month'), help: 'People who see the sales page in the first month. Use real analytics if you have them.', step: '1' },
      { key: 'visitorGrowthRate', label: 'Visitor growth', unit: 'percent', suffix: fixed('% / month'), help: 'How traffic changes each month, compounded. Negative for a launch spike that fades.', step: '0.1' },
      { key: 'conversionRate', label: 'Conversion rate', unit: 'percent', suffix: fixed('% of visitors'), help: 'Share of visitors who buy. Above 5 % is rare for cold traffic.', step: '0.01' },
      { key: 'churnRate', label: 'Churn', unit: 'percent', suffix: fixed('% of subscribers / month'), help: 'Share of active subscribers who cancel each month.', step: '0.1', subscriptionOnly: true },
    ],
  },
  {
    title: 'Costs per sale',
    description: 'What refunds, payment platforms and support take from each sale.',
    fields: [
      { key: 'refundRate', label: 'Refunds', unit: 'percent', suffix: fixed('% of gross'), help: 'Share of revenue paid back to unhappy buyers.', step: '0.1' },
      { key: 'feeRate', label: 'Platform and payment fees', unit: 'percent', suffix: fixed('% of gross'), help: 'Stripe, Gumroad, app-store or marketplace cut, as a share of revenue.', step: '0.1' },
      { key: 'feePerTransaction', label: 'Fixed fee per payment', unit: 'money', suffix: fixed('$ per paying customer'), help: 'The fixed part of each charge, e.g. $0.30 per card payment.', step: '0.01' },
      { key: 'supportMinutesPerCustomer', label: 'Support time', unit: 'minutes', suffix: fixed('min / customer / month'), help: 'Emails, onboarding and fixes each paying customer needs from you.', step: '1' },
    ],
  },
  {
    title: 'Running it',
    description: 'The monthly cost in cash and in your hours.',
    fields: [
      { key: 'upkeepHoursPerMonth', label: 'Upkeep', unit: 'hours', suffix: fixed('hours / month'), help: 'Updates, maintenance and marketing you keep doing regardless of sales.', step: '0.5' },
      { key: 'adSpendPerMonth', label: 'Ad spend', unit: 'money', suffix: fixed('$ / month'), help: 'Paid acquisition each month.', step: '1' },
      { key: 'hourlyRate', label: 'Your hourly rate', unit: 'money', suffix: fixed('$ / hour'), help: 'What an hour of your time is worth elsewhere: your hours are a real cost.', step: '1' },
    ],
  },
  {
    title: 'Building it',
    description: 'What it takes before the first sale, and how far ahead to look.',
    fields: [
      { key: 'upfrontHours', label: 'Build time', unit: 'hours', suffix: fixed('hours'), help: 'Hours to build and launch it, priced at your hourly rate.', step: '1' },
      { key: 'upfrontCash', label: 'Build cash', unit: 'money', suffix: fixed('$'), help: 'Money spent before launch: tools, design, contractors.', step: '1' },
      { key: 'horizonMonths', label: 'Horizon', unit: 'months', suffix: fixed('months'), help: 'How many months to underwrite, 1 to 120.', step: '1' },
    ],
  },
];

export const FIELDS: FieldInfo[] = FIELD_GROUPS.flatMap((g) => g.fields);

/** Fraction 0.023 -> "2.3" for a percent input, without float noise (0.023 * 100 = 2.3000000000000003). */
export function toInputValue(unit: FieldUnit, value: number): string {
  const shown = unit === 'percent' ? value * 100 : value;
  return String(Number(shown.toPrecision(12)));
}
