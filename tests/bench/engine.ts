import { sensitivity, underwrite, type AssumptionsInput as Assumptions } from '@/lib/underwrite';
import type { Section } from './harness';

/** A $29 template: a one-time sale with realistic costs. */
const template: Assumptions = {
  pricingModel: 'one_time',
  price: 29,
  monthlyVisitors: 3000,
  visitorGrowthRate: 0.03,
  conversionRate: 0.02,
  refundRate: 0.04,
  feeRate: 0.06,
  feePerTransaction: 0.3,
  churnRate: 0,
  supportMinutesPerCustomer: 3,
  upkeepHoursPerMonth: 4,
  adSpendPerMonth: 200,
  hourlyRate: 60,
  upfrontHours: 60,
  upfrontCash: 300,
  horizonMonths: 24,
};

/** A $15/month membership. */
const membership: Assumptions = {
  ...template,
  pricingModel: 'subscription',
  price: 15,
  conversionRate: 0.01,
  churnRate: 0.06,
  supportMinutesPerCustomer: 2,
  upkeepHoursPerMonth: 10,
};

const ideas: [string, Assumptions][] = [
  ['one_time, 24 months', template],
  ['one_time, 120 months', { ...template, horizonMonths: 120 }],
  ['subscription, 24 months', membership],
  ['subscription, 120 months', { ...membership, horizonMonths: 120 }],
];

export const engineSection: Section = {
  title: 'Engine',
  description:
    '`underwrite()` (validation, base and stress scenarios, verdict, warnings) and `sensitivity()` (19-21 scenario runs), ' +
    'on a $29 template and a $15/month membership. Target: `underwrite()` for 24 months <= 10 µs median.',
  cases: [
    ...ideas.map(([name, a]) => ({ name: `underwrite() ${name}`, fn: () => underwrite(a).base.netResult })),
    ...ideas.map(([name, a]) => ({ name: `sensitivity() ${name}`, fn: () => sensitivity(a).baseline })),
  ],
};
