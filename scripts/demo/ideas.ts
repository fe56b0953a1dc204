import type { IdeaInput } from '@/lib/ideas/schema';

const NO_SERVICE_PACKAGE = { servicePackageRate: 0, servicePackagePrice: 0, servicePackageHours: 0, availableHoursPerMonth: 40 } as const;

/**
 * The three ideas a newcomer finds on an empty embedded database: one that
 * holds up under stress, one whose upside hides a fragile downside (a course
 * with a 1:1 service package, hybrid income), and one that earns money but
 * never pays back once the founder's hours are counted. Seed data
 * (scripts/demo/seed.ts), and the realistic ideas many tests start from;
 * tests/unit/demo-ideas.test.ts keeps each on its verdict.
 */
export const DEMO_IDEAS: { verdict: 'robust' | 'fragile' | 'fail'; input: IdeaInput }[] = [
  {
    verdict: 'robust',
    input: {
      name: 'Client portal Notion template pack',
      productType: 'template',
      problem: 'Freelance designers run client projects out of scattered email threads and lose track of approvals and invoices.',
      audience: 'Freelance designers and small studios already using Notion; 3,000 newsletter readers asked for the portal shown in a tutorial.',
      pricingModel: 'one_time',
      price: 39,
      monthlyVisitors: 3000,
      visitorGrowthRate: 0.03,
      conversionRate: 0.025,
      refundRate: 0.03,
      feeRate: 0.1,
      feePerTransaction: 0.3,
      churnRate: 0,
      supportMinutesPerCustomer: 5,
      upkeepHoursPerMonth: 3,
      adSpendPerMonth: 0,
      hourlyRate: 60,
      upfrontHours: 40,
      upfrontCash: 150,
      horizonMonths: 24,
      ...NO_SERVICE_PACKAGE,
      // The founder's 90 % ranges on what is still a guess.
      // Every number a guess, as a new idea starts: the demo shows what marking them changes.
      evidence: {},
      ranges: {
        monthlyVisitors: { low: 1800, high: 3600 },
        visitorGrowthRate: { low: 0, high: 0.05 },
        conversionRate: { low: 0.015, high: 0.035 },
        upfrontHours: { low: 35, high: 70 },
      },
    },
  },
  {
    verdict: 'fragile',
    input: {
      name: 'Figma for developers, online course',
      productType: 'course',
      problem: 'Front-end developers waste hours turning Figma files into code because they cannot read auto layout and variables.',
      audience: 'Junior and mid-level front-end developers; YouTube tutorials get about 2,500 visits a month to the course page, and viewers keep asking for reviews of their code.',
      pricingModel: 'one_time',
      price: 149,
      monthlyVisitors: 2500,
      visitorGrowthRate: 0.02,
      conversionRate: 0.012,
      refundRate: 0.08,
      feeRate: 0.05,
      feePerTransaction: 0.3,
      churnRate: 0,
      supportMinutesPerCustomer: 20,
      upkeepHoursPerMonth: 10,
      adSpendPerMonth: 400,
      hourlyRate: 70,
      upfrontHours: 150,
      upfrontCash: 1200,
      horizonMonths: 24,
      // Hybrid income (seed 002): a 90-minute 1:1 review of the buyer's first
      // Figma-to-code project. It pays a little more than the founder's hourly
      // rate but adds hours, and the downside stays fragile.
      servicePackageRate: 0.08,
      servicePackagePrice: 150,
      servicePackageHours: 1.5,
      availableHoursPerMonth: 40,
      // Every number a guess, as a new idea starts: the demo shows what marking them changes.
      evidence: {},
      ranges: {
        monthlyVisitors: { low: 1000, high: 3500 },
        visitorGrowthRate: { low: -0.02, high: 0.04 },
        conversionRate: { low: 0.004, high: 0.02 },
        refundRate: { low: 0.04, high: 0.15 },
        servicePackageRate: { low: 0.03, high: 0.12 },
      },
    },
  },
  {
    verdict: 'fail',
    input: {
      name: 'Founder accountability membership',
      productType: 'membership',
      problem: 'Solo founders stall without peers checking in on their weekly goals.',
      audience: 'Early-stage solo founders; a small audience of 1,200 monthly visitors and no one has paid for this yet.',
      pricingModel: 'subscription',
      price: 12,
      monthlyVisitors: 1200,
      visitorGrowthRate: 0.01,
      conversionRate: 0.01,
      refundRate: 0.03,
      feeRate: 0.06,
      feePerTransaction: 0.3,
      churnRate: 0.1,
      supportMinutesPerCustomer: 10,
      upkeepHoursPerMonth: 25,
      adSpendPerMonth: 150,
      hourlyRate: 60,
      upfrontHours: 80,
      upfrontCash: 400,
      horizonMonths: 24,
      ...NO_SERVICE_PACKAGE,
      // Every number a guess, as a new idea starts: the demo shows what marking them changes.
      evidence: {},
      ranges: {
        monthlyVisitors: { low: 600, high: 1800 },
        visitorGrowthRate: { low: -0.02, high: 0.03 },
        conversionRate: { low: 0.005, high: 0.02 },
        churnRate: { low: 0.06, high: 0.16 },
      },
    },
  },
];
