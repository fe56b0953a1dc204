import { assumptionsSchema, sensitivity, stressProfileSchema, underwrite, type AssumptionsInput as Assumptions } from '@/lib/underwrite';
import { parseAssumptions, parseStressProfile } from '@/lib/underwrite/validate';
import { TEMPLATE as template } from '../support/fixtures';
import type { Section } from './harness';

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
    '`underwrite()` (validation, base and stress scenarios, verdict, warnings) and `sensitivity()` (up to 26 scenario runs), ' +
    'on a $29 template and a $15/month membership, and the two ways of validating their input. ' +
    'Target: `underwrite()` for 24 months <= 10 µs median.',
  cases: [
    ...ideas.map(([name, a]) => ({ name: `underwrite() ${name}`, fn: () => underwrite(a).base.netResult })),
    ...ideas.map(([name, a]) => ({ name: `sensitivity() ${name}`, fn: () => sensitivity(a).baseline })),
    // Why lib/underwrite/validate.ts exists: what each way of validating one
    // underwrite() call's input (assumptions and stress profile) costs.
    { name: 'validation: the fast check', fn: () => parseAssumptions(template).price + parseStressProfile({}).trafficChange },
    {
      name: 'validation: zod safeParse',
      fn: () => Number(assumptionsSchema.safeParse(template).success) + Number(stressProfileSchema.safeParse({}).success),
    },
  ],
};
