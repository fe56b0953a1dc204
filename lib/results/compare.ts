/**
 * The compare page's view model (issue #12): which ids of the address to
 * show, and for each idea the key numbers of its base and stress cases
 * exactly as the idea page words them (keyNumbers), its verdict and
 * build-it-once gate and chance of payback as the list has them
 * (summarize), its cumulative profit for the overlaid chart, and the
 * figures the ranking uses. Pure: the page loads, this arranges.
 */
import { isIdeaId, assumptionsOf } from '@/lib/ideas/schema';
import { underwrite } from '@/lib/underwrite';
import { cumulativeSeries, type MonthPoint } from './chart-series';
import { hoursOf } from './cash-and-time';
import { summarize, type IdeaSummary, type SummaryInput } from './idea-summary';
import { keyNumbers, type Side } from './key-numbers';
import type { RankInput } from './ranking';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
/** Ids looked up at most: an address can hold any number, the database is asked about a handful. */
const LOOKUP_MAX = 20;

export type CompareSelection = {
  /** Well-formed, distinct ids in the order given (lowercase: uuids compare case-blind), at most LOOKUP_MAX. */
  ids: string[];
  /** Ids that cannot be an idea's. */
  malformed: number;
  /** Ids given again after their first time. */
  repeated: number;
  /** Well-formed distinct ids past LOOKUP_MAX, never looked up. */
  beyond: number;
};

/**
 * `?ids=a,b` from a link, or `?ids=a&ids=b` from the list's form sent
 * without JavaScript: both, in any mix, with blanks and spaces ignored.
 */
export function parseCompareIds(raw: string | string[] | undefined): CompareSelection {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  const seen = new Set<string>();
  let malformed = 0;
  let repeated = 0;
  for (const part of parts) {
    if (!isIdeaId(part)) malformed += 1;
    else if (seen.has(part.toLowerCase())) repeated += 1;
    else seen.add(part.toLowerCase());
  }
  const ids = [...seen];
  return { ids: ids.slice(0, LOOKUP_MAX), malformed, repeated, beyond: Math.max(0, ids.length - LOOKUP_MAX) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why fewer ideas are shown than were asked for. `missing` counts the
 * malformed ids together with those that are not the founder's or do not
 * exist: which is which, and whose, is never said.
 */
export function leftOutNotes({ missing, repeated, extra }: { missing: number; repeated: number; extra: number }): string[] {
  const notes: string[] = [];
  if (missing > 0) {
    notes.push(`${plural(missing, 'idea', 'ideas')} could not be shown: ${missing === 1 ? 'it does not exist or is not yours' : 'they do not exist or are not yours'}.`);
  }
  if (repeated > 0) notes.push(`${plural(repeated, 'idea was', 'ideas were')} listed more than once: each is shown once.`);
  if (extra > 0) notes.push(`Compare shows up to ${COMPARE_MAX} ideas: the first ${COMPARE_MAX} are shown and ${plural(extra, 'other was', 'others were')} left out.`);
  return notes;
}

/** The rows of the table, in order, as keyNumbers() keys them. */
export const COMPARE_ROWS = [
  { key: 'netResult', label: 'Net result', hint: 'at the end of its horizon, your time counted' },
  { key: 'paybackMonth', label: 'Payback', hint: 'in the black for good, your time counted' },
  { key: 'cashPaybackMonth', label: 'Cash payback', hint: 'in the black for good, money only' },
  { key: 'effectiveHourlyRate', label: 'Effective hourly rate', hint: 'what an hour of yours earns' },
  { key: 'peakOperatingHours', label: 'Busiest month', hint: 'your hours against the hours you can give' },
  { key: 'maxCashAtRisk', label: 'Most out of pocket', hint: 'maximum cash at risk' },
] as const;

export type CompareRowKey = (typeof COMPARE_ROWS)[number]['key'];

export type CompareIdea = {
  id: string;
  name: string;
  horizonMonths: number;
  summary: IdeaSummary;
  cells: Record<CompareRowKey, { base: Side; stress: Side }>;
  /** Cumulative profit from month 0 (minus the upfront investment), base and stress. */
  cumulative: MonthPoint[];
  rank: RankInput;
};

/** One idea of the comparison, with its saved stress profile; `today` places it in its 30 days (for Stop and Unproven). */
export function compareIdea(idea: SummaryInput & { name: string }, today: Date): CompareIdea {
  const result = underwrite(assumptionsOf(idea), idea.stress);
  const numbers = new Map(keyNumbers(result).map((row) => [row.key, row]));
  const cells = Object.fromEntries(
    COMPARE_ROWS.map(({ key }) => {
      const row = numbers.get(key)!;
      return [key, { base: row.base, stress: row.stress }];
    }),
  ) as CompareIdea['cells'];
  const { base, stress } = result;
  return {
    id: idea.id,
    name: idea.name,
    horizonMonths: idea.horizonMonths,
    summary: summarize(idea, today),
    cells,
    cumulative: cumulativeSeries(base, stress),
    rank: {
      id: idea.id,
      name: idea.name,
      stressPaysBack: stress.paybackMonth !== null,
      hourlyRate: base.effectiveHourlyRate,
      hours: base.assumptions.upfrontHours + hoursOf(base),
    },
  };
}
