/**
 * The 30-day validation checklist (PRODUCT.md) and the build-it-once test
 * (seed 001), in the words of the source articles, and the rules behind
 * them: the calendar of the 30 days, progress, and the stop rule. No clock:
 * `today` is always passed in, so the server and the browser render the
 * same thing and the tests can pin it.
 */
export const CHECKLIST_ITEMS = [
  { item: 1, text: 'Clarify exactly how the product creates cash flow.' },
  { item: 2, text: 'Stress test the downside instead of only underwriting the upside.' },
  { item: 3, text: 'Review operational, platform and financing risks before committing money.' },
  { item: 4, text: 'Decide whether you want active involvement or truly passive exposure.' },
  { item: 5, text: 'Start by proving the problem is painful and recurring before spending weeks building.' },
] as const;

/**
 * The order the 30 days take the items in: seed 000 says to *start* by
 * proving the problem ("before spending weeks building"), so item 5 comes
 * first, then the items in their own order. The panel lists them so.
 */
export const CHECKLIST_ORDER = [5, 1, 2, 3, 4] as const;

export type ChecklistItemNumber = (typeof CHECKLIST_ITEMS)[number]['item'];

export const checklistText = (item: number): string => CHECKLIST_ITEMS.find((c) => c.item === item)?.text ?? `Item ${item}`;

export const BUILD_TESTS = [
  { test: 'proven_demand', label: 'Proven demand', text: 'Your audience has already asked for it or bought something like it.' },
  { test: 'sells_without_you', label: 'Sells without you', text: 'The buyer can find, purchase, and receive it with no live effort from you.' },
  { test: 'low_upkeep', label: 'Low upkeep', text: 'It stays useful for months without a rebuild each time it sells.' },
  { test: 'compounds', label: 'Compounds', text: 'More reach or more catalog makes it earn more, not just more work.' },
] as const;

export type BuildTestKey = (typeof BUILD_TESTS)[number]['test'];
export const BUILD_TEST_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type BuildTestAnswer = (typeof BUILD_TEST_ANSWERS)[number];

/**
 * Matches the VARCHAR(2000) of checklist_items.evidence and build_tests.note.
 * Here, with the checklist's other plain facts, so the panels' note fields
 * can count against it without loading the schemas.
 */
export const NOTE_MAX = 2000;

export const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** The k-th item of CHECKLIST_ORDER is due on day 6k of the 30, counted from the idea's creation: item 5 on day 6, item 4 on day 30. */
export const dueDay = (item: number): number => ((CHECKLIST_ORDER as readonly number[]).indexOf(item) + 1) * 6;

/** Entries in the order of the 30 days (CHECKLIST_ORDER), whatever order they are stored in. */
export function inDueOrder<T extends { item: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => dueDay(a.item) - dueDay(b.item));
}

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

/**
 * How much of the checklist is done, for the idea page's bar and the home
 * list alike. Out of the checklist's own items, not the rows stored: an idea
 * with a row missing has not done more of its checklist.
 */
export function checklistProgress(entries: readonly { done: boolean }[]): { done: number; total: number } {
  return { done: entries.filter((e) => e.done).length, total: CHECKLIST_ITEMS.length };
}

export type BuildGate = 'stop' | 'unproven';

/**
 * What the build-it-once test says over the engine's verdict (seed 001: "If
 * an idea fails the first test, stop."): `'stop'` when proven demand is
 * answered no; `'unproven'` when it is still not known after day 30 of the
 * checklist, whose days count from the idea's creation; otherwise nothing.
 * A missing answer counts as not known, as the panel shows it.
 */
export function buildGate(
  buildTests: readonly { test: BuildTestKey; answer: BuildTestAnswer }[],
  createdAt: Date,
  today: Date,
): BuildGate | null {
  const answer = buildTests.find((t) => t.test === 'proven_demand')?.answer ?? 'unknown';
  if (answer === 'no') return 'stop';
  if (answer === 'unknown' && dayNumber(createdAt, today) > WINDOW_DAYS) return 'unproven';
  return null;
}

/** How many of the four tests are answered yes, for the panel's summary. */
export function buildTestsPassed(buildTests: readonly { answer: BuildTestAnswer }[]): number {
  return buildTests.filter((t) => t.answer === 'yes').length;
}
