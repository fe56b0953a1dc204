import { type DayFigures, type Figure, FIGURES, type Figures, MONEY_FIGURES } from './rows';
import { daysFromCivil, isoDay, mondayOf, SCALE } from './values';

/**
 * A week of actuals (Monday to Sunday, UTC) as the import hands it on: the
 * fields of a weekly actuals row. Money is in whole currency units (dollars,
 * not cents). Revenue is what was paid before refunds, which are reported
 * beside it, so refund rate and net revenue can both be read off a week.
 * A figure is null when no imported file speaks for it (a Stripe file alone
 * knows nothing of visitors), which is not the same as 0.
 */
export type WeekActuals = {
  /** The Monday, as 2026-09-07. */
  weekStart: string;
  visitors: number | null;
  /** Paid, de-duplicated payments: new customers. */
  sales: number | null;
  revenue: number | null;
  refunds: number | null;
  refundedAmount: number | null;
  fees: number | null;
};

const DAYS_PER_WEEK = 7;

/**
 * Sums the kept rows of every file into weeks, from the first week with a
 * row to the last, gaps included: a week without a single sale between two
 * that have some is a week of 0 sales, and leaving it out would hide it.
 * Sums are exact (integers), so the order of the rows never changes them.
 */
export function weeksOf(entries: DayFigures[], covers: Iterable<Figure>): WeekActuals[] {
  const covered = new Set(covers);
  const sums = new Map<number, Figures>();
  for (const { day, figures } of entries) {
    const monday = mondayOf(day);
    const sum = sums.get(monday);
    if (!sum) sums.set(monday, { ...figures });
    else for (const figure of FIGURES) sum[figure] += figures[figure];
  }
  if (sums.size === 0) return [];
  const mondays = [...sums.keys()].sort((a, b) => a - b);
  const weeks: WeekActuals[] = [];
  for (let monday = mondays[0]!; monday <= mondays.at(-1)!; monday += DAYS_PER_WEEK) {
    const sum = sums.get(monday);
    const value = (figure: Figure) => {
      if (!covered.has(figure)) return null;
      const total = sum?.[figure] ?? 0;
      return MONEY_FIGURES.includes(figure) ? total / SCALE : total;
    };
    weeks.push({
      weekStart: isoDay(monday),
      visitors: value('visitors'),
      sales: value('sales'),
      revenue: value('revenue'),
      refunds: value('refunds'),
      refundedAmount: value('refundedAmount'),
      fees: value('fees'),
    });
  }
  return weeks;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date (2026-09-07), or null when it is not a real one. */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = daysFromCivil(year, month, day);
  // 2026-02-30 comes back as March 2: not a real date.
  return isoDay(days) === `${match[1]}-${match[2]}-${match[3]}` ? days : null;
}

/** The Monday that starts the week of an ISO date (2026-09-10 → 2026-09-07), or null when it is not a real date. */
export function weekOf(iso: string): string | null {
  const days = dayNumber(iso);
  return days === null ? null : isoDay(mondayOf(days));
}
