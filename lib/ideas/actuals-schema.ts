import { z } from 'zod';
import { ideaIdSchema } from './schema';

/**
 * What a week of actuals may hold, for the entry form, the import and the
 * actions alike (the data layer trusts what these parsed). Every figure is
 * optional: a founder may know visitors but not hours.
 */

/** Far above any real week of a one-person product, well inside the columns. */
export const ACTUALS_LIMITS = { count: 100_000_000, money: 1_000_000_000, hours: 168 } as const;

const count = (label: string) =>
  z
    .int({ error: `${label} must be a whole number.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(ACTUALS_LIMITS.count, { error: `${label} must be at most ${ACTUALS_LIMITS.count.toLocaleString('en-US')}.` })
    .nullable();

// Cents are what the columns keep; a figure with more digits is rounded there.
const money = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(ACTUALS_LIMITS.money, { error: `${label} must be at most $${ACTUALS_LIMITS.money.toLocaleString('en-US')}.` })
    .nullable();

/** A Monday as YYYY-MM-DD: weeks start on Monday (UTC), as the import counts them. */
export const weekStartSchema = z.iso
  .date({ error: 'Give the week as a date, e.g. 2026-09-07.' })
  .refine((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1, { error: 'A week starts on a Monday: pick that week’s Monday.' });

export const actualWeekSchema = z.object({
  weekStart: weekStartSchema,
  visitors: count('Visitors'),
  sales: count('Sales'),
  refunds: count('Refunds'),
  revenue: money('Revenue'),
  refundedAmount: money('Refunded amount'),
  fees: money('Fees'),
  hoursSpent: z
    .number({ error: 'Hours must be a number.' })
    .min(0, { error: 'Hours cannot be negative.' })
    .max(ACTUALS_LIMITS.hours, { error: 'A week has at most 168 hours.' })
    .nullable(),
});
export type ActualWeek = z.infer<typeof actualWeekSchema>;

/** The figures of a week (everything but its date). */
export const ACTUAL_FIGURES = ['visitors', 'sales', 'refunds', 'revenue', 'refundedAmount', 'fees', 'hoursSpent'] as const satisfies readonly (keyof ActualWeek)[];

export const saveActualWeekSchema = z.object({ ideaId: ideaIdSchema, week: actualWeekSchema });

/** An import: the weeks a confirmed preview produced, stored all or none. At most ten years of weeks. */
export const importActualWeeksSchema = z.object({
  ideaId: ideaIdSchema,
  weeks: z.array(actualWeekSchema).min(1, { error: 'The import holds no weeks.' }).max(530, { error: 'An import covers at most ten years of weeks.' }),
});
