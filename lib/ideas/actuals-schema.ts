import { z } from 'zod';
import { columnMappingSchema, dayNumber, isoDay, mondayOf } from '@/lib/actuals';
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

/**
 * A Monday as YYYY-MM-DD: weeks start on Monday (UTC), as the import counts
 * them. Checked with the import's own date arithmetic rather than z.iso.date,
 * whose class would join the zod chunk every page shares.
 */
export const weekStartSchema = z.string({ error: 'Give the week as a date, e.g. 2026-09-07.' }).superRefine((day, ctx) => {
  const days = dayNumber(day);
  if (days === null || day !== day.trim()) ctx.addIssue({ code: 'custom', message: 'Give the week as a date, e.g. 2026-09-07.' });
  else if (isoDay(mondayOf(days)) !== day) ctx.addIssue({ code: 'custom', message: 'A week starts on a Monday: pick that week’s Monday.' });
});

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

export const deleteActualWeekSchema = z.object({ ideaId: ideaIdSchema, weekStart: weekStartSchema });

/**
 * The most CSV text one import sends, in UTF-8 bytes: the file travels to
 * the server whole (the server reads it again, never trusting rows the
 * browser computed), and server actions take bodies of at most 1 MB
 * (next.config.ts). A year of a small shop's payments fits.
 */
export const IMPORT_MAX_BYTES = 750 * 1024;

/** The UTF-8 size of a text without encoding it: what the request body will carry. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: count 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** Why a text is too large to import, in words a founder can act on. */
export const importTooLargeMessage = (bytes: number) =>
  `This file is ${sizeText(bytes)}, and one import takes at most ${sizeText(IMPORT_MAX_BYTES)}. ` +
  'Export a shorter period that starts on a Monday and ends on a Sunday, and import the parts one after another.';

/**
 * A CSV import as the form sends it: the file's text whole, with the column
 * mapping the founder confirmed (as JSON). The action reads the text again
 * with the import engine and stores the weeks it gives.
 */
export const importActualsSchema = z.object({
  ideaId: ideaIdSchema,
  name: z
    .string()
    .trim()
    .max(200, { error: 'The file name is at most 200 characters.' })
    .transform((name) => name || 'Pasted text'),
  text: z
    .string({ error: 'Choose a file or paste its text first.' })
    .refine((text) => text.trim() !== '', { error: 'Choose a file or paste its text first.' })
    .superRefine((text, ctx) => {
      const bytes = utf8Bytes(text);
      if (bytes > IMPORT_MAX_BYTES) ctx.addIssue({ code: 'custom', message: importTooLargeMessage(bytes) });
    }),
  mapping: z
    .string({ error: 'Choose which column holds what.' })
    .max(8000, { error: 'The column mapping is too long.' })
    .transform((json, ctx) => {
      try {
        return JSON.parse(json) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Choose which column holds what.' });
        return z.NEVER;
      }
    })
    .pipe(columnMappingSchema),
});
export type ImportActualsInput = z.output<typeof importActualsSchema>;
