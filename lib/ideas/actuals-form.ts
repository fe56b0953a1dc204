import { weekOf } from '@/lib/actuals';
import type { ActualWeek } from './actuals-schema';
import { actualWeekSchema } from './actuals-schema';
import type { FieldUnit } from './fields';
import { formNumberValue, parseFormNumber } from './form-number';
import { formTextSchema, formValues, type FormIssue } from './worksheet-form';

/*
 * The weekly actuals form's text as a week: what the form checks in the
 * browser before it submits and saveActualWeekAction checks again, with the
 * worksheet's one reader of typed numbers and actualWeekSchema's rules.
 */

export type WeekFigure = Exclude<keyof ActualWeek, 'weekStart'>;

export type WeekField = {
  key: WeekFigure;
  label: string;
  /** The unit typed, shown beside the label: "$", "h". */
  unit: FieldUnit;
  help: string;
  /** Folded under "More figures": rarely typed by hand, usually imported. */
  more?: true;
};

export const WEEK_FIELDS: readonly WeekField[] = [
  { key: 'visitors', label: 'Visitors', unit: 'count', help: 'People who saw the sales page.' },
  { key: 'sales', label: 'Sales', unit: 'count', help: 'New customers.' },
  { key: 'refunds', label: 'Refunds', unit: 'count', help: 'Sales refunded.' },
  { key: 'revenue', label: 'Revenue ($)', unit: 'money', help: 'Paid, before refunds.' },
  { key: 'hoursSpent', label: 'Hours', unit: 'hours', help: 'Your time on it.' },
  { key: 'refundedAmount', label: 'Refunded ($)', unit: 'money', help: 'Money paid back.', more: true },
  { key: 'fees', label: 'Fees ($)', unit: 'money', help: 'Payment and platform fees.', more: true },
];

export const WEEK_FORM_KEYS = ['weekStart', ...WEEK_FIELDS.map((field) => field.key)] as const;

/**
 * Any day of a week stands for the week: a date is read as its Monday, so a
 * founder who picks Wednesday logs the same week as one who picks Monday.
 * Blank figures are "not logged" (null), never 0.
 */
function fromWeekForm(raw: unknown, issues: FormIssue[]): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const values = raw as Record<string, unknown>;
  const day = typeof values.weekStart === 'string' ? values.weekStart.trim() : '';
  const week: Record<string, unknown> = { weekStart: day === '' ? undefined : (weekOf(day) ?? day) };
  for (const field of WEEK_FIELDS) {
    const parsed = parseFormNumber(values[field.key], field.unit);
    if (parsed.kind === 'invalid' && parsed.message) issues.push({ path: [field.key], message: parsed.message });
    week[field.key] = formNumberValue(parsed) ?? null;
  }
  return week;
}

/** The weekly actuals form as submitted: strings in, a week out. */
export const actualWeekFormSchema = formTextSchema<ActualWeek>(fromWeekForm, actualWeekSchema);

/** The form's fields as plain strings, to parse and to echo back. */
export const weekFormValues = (formData: FormData): Record<string, string> => formValues(formData, WEEK_FORM_KEYS);

/** A stored week as the form's text, to edit it. */
export function weekToFormValues(week: ActualWeek): Record<string, string> {
  const values: Record<string, string> = { weekStart: week.weekStart };
  for (const field of WEEK_FIELDS) {
    const value = week[field.key];
    values[field.key] = value === null ? '' : String(value);
  }
  return values;
}
