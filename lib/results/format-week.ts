/*
 * The dates of weeks and months of actuals. Apart from format.ts, where
 * every other format lives, so that the pages that show no weeks do not
 * carry them: the bundler keeps every function of a module a page imports,
 * and the idea page's first-load JavaScript is at its budget.
 */
import { formatDate } from './format';

const LOCALE = 'en-US';
const utcDay = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric' });
const utcWeekday = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
const dayOfIso = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A week by its Monday (2026-09-07): "Sep 7, 2026". */
export const formatWeek = (weekStart: string): string => formatDate(dayOfIso(weekStart));

/** A span of days without its year, for a month of plan vs actual: "Sep 7 – Oct 6". */
export const formatDaySpan = (first: string, last: string): string => `${utcDay.format(dayOfIso(first))} – ${utcDay.format(dayOfIso(last))}`;

/** The days of a week by its Monday: "Mon, Sep 7 – Sun, Sep 13, 2026". */
export function formatWeekSpan(weekStart: string): string {
  const monday = dayOfIso(weekStart);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return `${utcWeekday.format(monday)} – ${utcWeekday.format(sunday)}, ${sunday.getUTCFullYear()}`;
}
