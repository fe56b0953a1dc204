import { ASSUMPTION_DEFAULTS, type Assumptions } from '@/lib/underwrite/schema';

/**
 * The product types of PRODUCT.md with a starting point for each. Defaults
 * are deliberately sober (conversion 1-2.5 %, real support and upkeep time,
 * the founder's hours priced) so a fresh worksheet does not flatter the idea.
 */
export const PRODUCT_TYPES = [
  'template',
  'ebook',
  'course',
  'software',
  'membership',
  'community',
  'digital_download',
  'content_library',
  'affiliate',
  'licensing',
] as const;

export type ProductType = (typeof PRODUCT_TYPES)[number];

// The service package and the founder's hours start at the contract's defaults
// (no package, 40 h a month) for every type: both are the founder's to set.
type Defaults = Omit<Assumptions, keyof typeof ASSUMPTION_DEFAULTS>;

const oneTime = { pricingModel: 'one_time', churnRate: 0 } as const;

export const PRODUCT_TYPE_INFO: Record<ProductType, { label: string; blurb: string; defaults: Defaults }> = {
  template: {
    label: 'Template',
    blurb: 'Notion, spreadsheet or design templates sold once.',
    defaults: { ...oneTime, price: 29, monthlyVisitors: 2000, visitorGrowthRate: 0.03, conversionRate: 0.02, refundRate: 0.03, feeRate: 0.1, feePerTransaction: 0.3, supportMinutesPerCustomer: 5, upkeepHoursPerMonth: 3, adSpendPerMonth: 0, hourlyRate: 60, upfrontHours: 80, upfrontCash: 200 },
  },
  ebook: {
    label: 'Ebook',
    blurb: 'A guide or book sold as a download.',
    defaults: { ...oneTime, price: 19, monthlyVisitors: 1500, visitorGrowthRate: 0.02, conversionRate: 0.015, refundRate: 0.04, feeRate: 0.1, feePerTransaction: 0.3, supportMinutesPerCustomer: 2, upkeepHoursPerMonth: 2, adSpendPerMonth: 0, hourlyRate: 50, upfrontHours: 100, upfrontCash: 300 },
  },
  course: {
    label: 'Online course',
    blurb: 'Recorded lessons teaching what you have mastered.',
    defaults: { ...oneTime, price: 199, monthlyVisitors: 3000, visitorGrowthRate: 0.03, conversionRate: 0.01, refundRate: 0.08, feeRate: 0.05, feePerTransaction: 0.3, supportMinutesPerCustomer: 20, upkeepHoursPerMonth: 10, adSpendPerMonth: 300, hourlyRate: 75, upfrontHours: 160, upfrontCash: 1500 },
  },
  software: {
    label: 'Software',
    blurb: 'A small SaaS or app billed monthly.',
    defaults: { pricingModel: 'subscription', price: 19, monthlyVisitors: 4000, visitorGrowthRate: 0.05, conversionRate: 0.01, refundRate: 0.02, feeRate: 0.05, feePerTransaction: 0.3, churnRate: 0.06, supportMinutesPerCustomer: 10, upkeepHoursPerMonth: 30, adSpendPerMonth: 500, hourlyRate: 90, upfrontHours: 400, upfrontCash: 3000 },
  },
  membership: {
    label: 'Membership',
    blurb: 'Paid access to ongoing content or perks.',
    defaults: { pricingModel: 'subscription', price: 15, monthlyVisitors: 2500, visitorGrowthRate: 0.03, conversionRate: 0.015, refundRate: 0.02, feeRate: 0.06, feePerTransaction: 0.3, churnRate: 0.08, supportMinutesPerCustomer: 6, upkeepHoursPerMonth: 20, adSpendPerMonth: 200, hourlyRate: 60, upfrontHours: 60, upfrontCash: 500 },
  },
  community: {
    label: 'Community',
    blurb: 'A paid group, forum or Discord.',
    defaults: { pricingModel: 'subscription', price: 25, monthlyVisitors: 1500, visitorGrowthRate: 0.03, conversionRate: 0.02, refundRate: 0.02, feeRate: 0.06, feePerTransaction: 0.3, churnRate: 0.07, supportMinutesPerCustomer: 12, upkeepHoursPerMonth: 25, adSpendPerMonth: 0, hourlyRate: 60, upfrontHours: 40, upfrontCash: 300 },
  },
  digital_download: {
    label: 'Digital download',
    blurb: 'Presets, fonts, stock assets, printables.',
    defaults: { ...oneTime, price: 9, monthlyVisitors: 3000, visitorGrowthRate: 0.02, conversionRate: 0.025, refundRate: 0.03, feeRate: 0.1, feePerTransaction: 0.3, supportMinutesPerCustomer: 2, upkeepHoursPerMonth: 2, adSpendPerMonth: 0, hourlyRate: 50, upfrontHours: 80, upfrontCash: 100 },
  },
  content_library: {
    label: 'Content library',
    blurb: 'An evergreen back catalogue behind a subscription.',
    defaults: { pricingModel: 'subscription', price: 9, monthlyVisitors: 5000, visitorGrowthRate: 0.04, conversionRate: 0.01, refundRate: 0.02, feeRate: 0.06, feePerTransaction: 0.3, churnRate: 0.05, supportMinutesPerCustomer: 3, upkeepHoursPerMonth: 4, adSpendPerMonth: 0, hourlyRate: 60, upfrontHours: 60, upfrontCash: 800 },
  },
  affiliate: {
    label: 'Affiliate',
    blurb: 'Commissions on tools you already recommend (price = commission per sale).',
    defaults: { ...oneTime, price: 35, monthlyVisitors: 8000, visitorGrowthRate: 0.04, conversionRate: 0.01, refundRate: 0.1, feeRate: 0, feePerTransaction: 0, supportMinutesPerCustomer: 0, upkeepHoursPerMonth: 4, adSpendPerMonth: 0, hourlyRate: 50, upfrontHours: 40, upfrontCash: 200 },
  },
  licensing: {
    label: 'Licensing',
    blurb: 'Licensing your content or work to others (price = per licence).',
    defaults: { ...oneTime, price: 500, monthlyVisitors: 600, visitorGrowthRate: 0.02, conversionRate: 0.004, refundRate: 0.01, feeRate: 0.03, feePerTransaction: 0, supportMinutesPerCustomer: 60, upkeepHoursPerMonth: 4, adSpendPerMonth: 0, hourlyRate: 80, upfrontHours: 30, upfrontCash: 300 },
  },
};

export const DEFAULT_HORIZON_MONTHS = ASSUMPTION_DEFAULTS.horizonMonths;

export function defaultAssumptions(type: ProductType): Assumptions {
  return { ...PRODUCT_TYPE_INFO[type].defaults, ...ASSUMPTION_DEFAULTS };
}

export type Effort = 'Low' | 'Medium' | 'High';

/** A row of seed 001's table of semi-passive streams, which the defaults' build and upkeep hours follow. */
export interface Stream {
  /** The seed's row, or null for a type the seed's table leaves out. */
  seedRow: string | null;
  upfrontWork: Effort;
  upkeep: Effort;
  bestFor: string;
}

/*
 * Seed 001: "Digital products: High up front, Low upkeep; Online course:
 * High, Medium; Evergreen content library, Affiliate income, Licensing your
 * work: Medium, Low". Software, memberships and communities are not in its
 * table: they need fresh work every month, which is why their upkeep is High.
 */
export const STREAMS: Readonly<Record<ProductType, Stream>> = {
  template: { seedRow: 'Digital products', upfrontWork: 'High', upkeep: 'Low', bestFor: 'A skill or template fans want' },
  ebook: { seedRow: 'Digital products', upfrontWork: 'High', upkeep: 'Low', bestFor: 'A skill or template fans want' },
  digital_download: { seedRow: 'Digital products', upfrontWork: 'High', upkeep: 'Low', bestFor: 'A skill or template fans want' },
  course: { seedRow: 'Online course', upfrontWork: 'High', upkeep: 'Medium', bestFor: 'Teaching what you have mastered' },
  content_library: { seedRow: 'Evergreen content library', upfrontWork: 'Medium', upkeep: 'Low', bestFor: 'Back catalog that keeps selling' },
  affiliate: { seedRow: 'Affiliate income', upfrontWork: 'Medium', upkeep: 'Low', bestFor: 'Tools and gear you already recommend' },
  licensing: { seedRow: 'Licensing your work', upfrontWork: 'Medium', upkeep: 'Low', bestFor: 'Reusing content across channels' },
  software: { seedRow: null, upfrontWork: 'High', upkeep: 'High', bestFor: 'A tool people pay for monthly; product work never stops' },
  membership: { seedRow: null, upfrontWork: 'Medium', upkeep: 'High', bestFor: 'An audience that wants new material every month' },
  community: { seedRow: null, upfrontWork: 'Medium', upkeep: 'High', bestFor: 'People who want each other, with you as host' },
};
