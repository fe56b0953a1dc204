import { CHECKLIST_ITEMS, dueDay, type BuildTestAnswer, type BuildTestKey } from '@/lib/ideas/checklist';

/**
 * Pure helpers behind the checklist and build-it-once panels: the calendar
 * of the 30 days, progress, and the stop rule. No React, no clock: `today`
 * is always passed in, so the server and the browser render the same thing
 * and the tests can pin it. (Also importable from server components, e.g.
 * the page deciding whether to show the StopBanner, or the home list.)
 */

export const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

// Days are counted in UTC: the server renders before the browser's time zone
// is known, and both must agree on the date or hydration would differ.
const utcMidnight = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Which day of the 30 `date` falls on; the day the idea was created is day 1. */
export function dayNumber(createdAt: Date, date: Date): number {
  return Math.round((utcMidnight(date) - utcMidnight(createdAt)) / DAY_MS) + 1;
}

/** The calendar date of day `day` (day 1 is the creation day). */
export function dateOfDay(createdAt: Date, day: number): Date {
  return new Date(utcMidnight(createdAt) + (day - 1) * DAY_MS);
}

const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });

/** "Mar 7, 2026": the same text on the server and in any browser. */
export const formatDate = (date: Date): string => dateFormat.format(date);

type Entry = { item: number; done: boolean; doneAt: Date | null };

export type ItemSchedule =
  | { state: 'done'; dueDay: number; dueDate: Date; doneDay: number | null }
  | { state: 'overdue'; dueDay: number; dueDate: Date; daysLate: number }
  | { state: 'due_today'; dueDay: number; dueDate: Date }
  | { state: 'upcoming'; dueDay: number; dueDate: Date; daysLeft: number };

/** Where one item stands on `today`: done, overdue (undone past its day), due today, or upcoming. */
export function scheduleOf(entry: Entry, createdAt: Date, today: Date): ItemSchedule {
  const due = dueDay(entry.item);
  const dueDate = dateOfDay(createdAt, due);
  if (entry.done) {
    return { state: 'done', dueDay: due, dueDate, doneDay: entry.doneAt ? dayNumber(createdAt, entry.doneAt) : null };
  }
  const todayNumber = dayNumber(createdAt, today);
  if (todayNumber > due) return { state: 'overdue', dueDay: due, dueDate, daysLate: todayNumber - due };
  if (todayNumber === due) return { state: 'due_today', dueDay: due, dueDate };
  return { state: 'upcoming', dueDay: due, dueDate, daysLeft: due - todayNumber };
}

/** How much of the checklist is done, for the panel's bar and the home list. */
export function checklistProgress(entries: readonly { done: boolean }[]): { done: number; total: number } {
  return { done: entries.filter((e) => e.done).length, total: CHECKLIST_ITEMS.length };
}

export const checklistText = (item: number): string => CHECKLIST_ITEMS.find((c) => c.item === item)?.text ?? `Item ${item}`;

/**
 * Seed 001: "If an idea fails the first test, stop." Only a definite "no" on
 * proven demand stops the idea; "not yet known" means go and find out.
 */
export function shouldStop(buildTests: readonly { test: BuildTestKey; answer: BuildTestAnswer }[]): boolean {
  return buildTests.some((t) => t.test === 'proven_demand' && t.answer === 'no');
}

/** How many of the four tests are answered yes, for the panel's summary. */
export function buildTestsPassed(buildTests: readonly { answer: BuildTestAnswer }[]): number {
  return buildTests.filter((t) => t.answer === 'yes').length;
}
