import type { ActualWeek } from '@/lib/ideas/actuals-schema';

/** A week of actuals with only the figures a test names; the rest not logged (null). */
export const week = (weekStart: string, figures: Partial<ActualWeek> = {}): ActualWeek => ({
  weekStart,
  visitors: null,
  sales: null,
  refunds: null,
  revenue: null,
  refundedAmount: null,
  fees: null,
  hoursSpent: null,
  ...figures,
});
