import type { AssumptionKey } from '@/lib/underwrite/schema';
import type { Words } from './words';

/**
 * How each assumption is shown and typed in the worksheet. `percent` fields
 * are entered as percentages (5 means 5 %) and stored as fractions (0.05),
 * as the engine contract wants.
 */
export type FieldUnit = 'money' | 'percent' | 'count' | 'minutes' | 'hours' | 'months';

// Here for the form and the pages; browser code that only words a field imports ./words alone.
export { inModel, type Words } from './words';

export type FieldInfo = {
  key: Exclude<AssumptionKey, 'pricingModel'>;
  label: Words;
  unit: FieldUnit;
  /** The unit as a founder reads it next to the input. */
  suffix: Words;
  /** One line: what the number means and where to get it. */
  help: Words;
  step: string;
  /** Only meaningful for subscriptions. */
  subscriptionOnly?: boolean;
};

export type FieldGroup = {
  /** For ids and tests. */
  key: string;
  title: string;
  description: string;
  fields: FieldInfo[];
  /** Folded away while every field in it is 0: most ideas do without it. */
  optional?: boolean;
};

export const FIELD_GROUPS: FieldGroup[] = [
  {
    key: 'revenue',
    title: 'Revenue',
    description: 'What a sale brings in and how many sales the traffic makes.',
    fields: [
      { key: 'price', label: 'Price', unit: 'money', suffix: { one_time: '$ per sale', subscription: '$ / month' }, help: 'What a customer pays: once per sale, or every month for a subscription.', step: '0.01' },
      { key: 'monthlyVisitors', label: 'Visitors in month 1', unit: 'count', suffix: 'visitors / month', help: 'People who see the sales page in the first month. Use real analytics if you have them.', step: '1' },
      {
        key: 'visitorGrowthRate',
        label: 'Visitor growth',
        unit: 'percent',
        suffix: '% / month',
        help:
          'How traffic changes each month, compounded. Negative for a launch spike that fades. At most what takes traffic to 1 billion visitors a month by the end of the horizon: past that the figures mean nothing.',
        step: '0.1',
      },
      { key: 'conversionRate', label: 'Conversion rate', unit: 'percent', suffix: '% of visitors', help: 'Share of visitors who buy. Above 5 % is rare for cold traffic.', step: '0.01' },
      { key: 'churnRate', label: 'Churn', unit: 'percent', suffix: '% of subscribers / month', help: 'Share of active subscribers who cancel each month.', step: '0.1', subscriptionOnly: true },
    ],
  },
  {
    key: 'costs',
    title: 'Costs per sale',
    description: 'What refunds, payment platforms and support take from each sale.',
    fields: [
      { key: 'refundRate', label: 'Refunds', unit: 'percent', suffix: '% of gross', help: 'Share of revenue paid back to unhappy buyers.', step: '0.1' },
      { key: 'feeRate', label: 'Platform and payment fees', unit: 'percent', suffix: '% of gross', help: 'Stripe, Gumroad, app-store or marketplace cut, as a share of revenue.', step: '0.1' },
      { key: 'feePerTransaction', label: 'Fixed fee per payment', unit: 'money', suffix: '$ per paying customer', help: 'The fixed part of each charge, e.g. $0.30 per card payment.', step: '0.01' },
      {
        key: 'supportMinutesPerCustomer',
        label: { one_time: 'Support time per sale', subscription: 'Support time per subscriber per month' },
        unit: 'minutes',
        suffix: { one_time: 'min per sale', subscription: 'min / subscriber / month' },
        help: {
          one_time: 'Emails, onboarding and fixes one sale needs from you, counted once, in the month it sells.',
          subscription: 'Emails, onboarding and fixes each active subscriber needs from you, every month they stay.',
        },
        step: '1',
      },
    ],
  },
  {
    key: 'running',
    title: 'Running it',
    description: 'The monthly cost in cash and in your hours, and the hours you have.',
    fields: [
      { key: 'upkeepHoursPerMonth', label: 'Upkeep', unit: 'hours', suffix: 'hours / month', help: 'Updates, maintenance and marketing you keep doing regardless of sales.', step: '0.5' },
      { key: 'adSpendPerMonth', label: 'Ad spend', unit: 'money', suffix: '$ / month', help: 'Paid acquisition each month.', step: '1' },
      { key: 'hourlyRate', label: 'Your hourly rate', unit: 'money', suffix: '$ / hour', help: 'What an hour of your time is worth elsewhere: your hours are a real cost.', step: '1' },
      {
        key: 'availableHoursPerMonth',
        label: 'Hours you can give it a month',
        unit: 'hours',
        suffix: 'hours / month',
        help: 'What you can really spend on it each month, next to your other work. A month that needs more (support, upkeep, packages) is flagged. At most 744.',
        step: '1',
      },
    ],
  },
  {
    key: 'building',
    title: 'Building it',
    description: 'What it takes before the first sale, and how far ahead to look.',
    fields: [
      { key: 'upfrontHours', label: 'Build time', unit: 'hours', suffix: 'hours', help: 'Hours to build and launch it, priced at your hourly rate.', step: '1' },
      { key: 'upfrontCash', label: 'Build cash', unit: 'money', suffix: '$', help: 'Money spent before launch: tools, design, contractors.', step: '1' },
      { key: 'horizonMonths', label: 'Horizon', unit: 'months', suffix: 'months', help: 'How many months to underwrite, 1 to 120. A longer horizon lowers the most visitor growth the worksheet takes.', step: '1' },
    ],
  },
  {
    key: 'servicePackage',
    title: 'Service package (hybrid)',
    description:
      'Coaching, setup or done-with-you work that some buyers add to the product (seed 002’s hybrid income). It brings money and takes your hours; leave it at 0 to sell the product alone.',
    optional: true,
    fields: [
      { key: 'servicePackageRate', label: 'Buyers who add it', unit: 'percent', suffix: '% of new customers', help: 'Of each month’s new customers, the share who also buy the package, e.g. a 1:1 call or a setup session.', step: '0.1' },
      { key: 'servicePackagePrice', label: 'Package price', unit: 'money', suffix: '$ per package', help: 'What one package costs the buyer, paid once. The stress case’s price cut leaves it as it is.', step: '1' },
      { key: 'servicePackageHours', label: 'Hours to deliver one', unit: 'hours', suffix: 'hours per package', help: 'Your time for one package: calls, setup, follow-up. Priced at your hourly rate and counted in your monthly hours.', step: '0.5' },
    ],
  },
];

export const FIELDS: FieldInfo[] = FIELD_GROUPS.flatMap((g) => g.fields);

/** Fraction 0.023 -> "2.3" for a percent input, without float noise (0.023 * 100 = 2.3000000000000003). */
export function toInputValue(unit: FieldUnit, value: number): string {
  const shown = unit === 'percent' ? value * 100 : value;
  return String(Number(shown.toPrecision(12)));
}
