import { describe, expect, it } from 'vitest';
import { actualWeekFormSchema, weekToFormValues } from '@/lib/ideas/actuals-form';
import { weekStartSchema } from '@/lib/ideas/actuals-schema';
import { fieldErrorsOf } from '@/lib/ideas/worksheet-form';
import { week } from '../support/actual-weeks';

const errors = (values: Record<string, string>) => {
  const parsed = actualWeekFormSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('the weekly actuals form', () => {
  it('reads any day as its week’s Monday, typed numbers the worksheet’s way, and blanks as not logged', () => {
    expect(actualWeekFormSchema.parse({ weekStart: '2026-09-13', visitors: '3k', sales: '14', refunds: '', revenue: 'US$ 406.50', hoursSpent: '6.5' })).toEqual(
      week('2026-09-07', { visitors: 3000, sales: 14, revenue: 406.5, hoursSpent: 6.5 }),
    );
    // Monday stays Monday; Sunday is the last day of its week.
    expect(actualWeekFormSchema.parse({ weekStart: '2026-09-07' }).weekStart).toBe('2026-09-07');
    expect(actualWeekFormSchema.parse({ weekStart: '2026-09-06' }).weekStart).toBe('2026-08-31');
  });

  it('refuses in words, field by field', () => {
    expect(errors({ weekStart: '', visitors: '1.5', sales: '2,5', revenue: '-3', hoursSpent: 'lots', fees: '3.000' })).toEqual({
      weekStart: ['Give the week as a date, e.g. 2026-09-07.'],
      visitors: ['Visitors must be a whole number.'],
      sales: ['Use a dot for decimals: 2.5'],
      revenue: ['Revenue cannot be negative.'],
      hoursSpent: ['Hours must be a number.'],
      fees: ['Did you mean 3000? Type thousands without dots, or use a dot only for decimals.'],
    });
    expect(errors({ weekStart: '2026-13-01' })).toEqual({ weekStart: ['Give the week as a date, e.g. 2026-09-07.'] });
  });

  it('gives a stored week back as the text it would be typed as', () => {
    const stored = week('2026-09-07', { visitors: 1200, revenue: 16.24, hoursSpent: 0 });
    expect(actualWeekFormSchema.parse(weekToFormValues(stored))).toEqual(stored);
  });
});

describe('a week as stored', () => {
  it('is a real Monday written as YYYY-MM-DD', () => {
    expect(weekStartSchema.safeParse('2026-09-07').success).toBe(true);
    const message = (day: unknown) => weekStartSchema.safeParse(day).error?.issues.map((i) => i.message);
    expect(message('2026-09-08')).toEqual(['A week starts on a Monday: pick that week’s Monday.']);
    expect(message('2026-02-30')).toEqual(['Give the week as a date, e.g. 2026-09-07.']);
    expect(message(' 2026-09-07')).toEqual(['Give the week as a date, e.g. 2026-09-07.']);
    expect(message(20260907)).toEqual(['Give the week as a date, e.g. 2026-09-07.']);
  });
});
