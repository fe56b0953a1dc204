/**
 * Which of several ideas to build first, by the seeds' priorities (seed 001:
 * "pick the single highest-leverage idea"): first an idea whose downside
 * still pays back (the stress case in the black by the end), then what an
 * hour of the founder's time earns, then the fewer hours it takes. Pure, so
 * the compare page and its tests rank the same way.
 */
import { formatHours } from './format';
import { perHour } from './cash-and-time';

export type RankInput = {
  id: string;
  name: string;
  /** The stress case is in the black for good by the end of its horizon. */
  stressPaysBack: boolean;
  /** The base case's effective hourly rate; null when it takes no hours at all. */
  hourlyRate: number | null;
  /** The base case's hours: building plus running, over the horizon. */
  hours: number;
};

/**
 * Best first. An idea without hours has no rate to compare: it comes after
 * the ones with a rate among its peers (no hours is usually no product yet).
 * Names, then ids, break exact ties, so the order never depends on the input's.
 */
export function rankIdeas<T extends RankInput>(ideas: T[]): T[] {
  const rate = (idea: RankInput) => idea.hourlyRate ?? Number.NEGATIVE_INFINITY;
  return [...ideas].sort(
    (a, b) =>
      Number(b.stressPaysBack) - Number(a.stressPaysBack) ||
      (rate(b) === rate(a) ? 0 : rate(b) > rate(a) ? 1 : -1) ||
      a.hours - b.hours ||
      a.name.localeCompare(b.name, 'en') ||
      a.id.localeCompare(b.id),
  );
}

const why = (idea: RankInput) =>
  `${idea.stressPaysBack ? 'stress case pays back' : 'stress case does not pay back'}, ` +
  (idea.hourlyRate === null ? 'no hours at all' : `${perHour(idea.hourlyRate)} over ${formatHours(idea.hours)}`);

/**
 * The ranking in one plain sentence, each idea with the three figures that
 * placed it: "Ranked by the seeds’ priorities …: 1. A (stress case pays
 * back, $52/h over 310 hours); 2. B (…)."
 */
export function rankingSentence(ideas: RankInput[]): string {
  const ranked = rankIdeas(ideas);
  const list = ranked.map((idea, i) => `${i + 1}. ${idea.name} (${why(idea)})`).join('; ');
  return `Ranked by the seeds’ priorities, a stress case that pays back first, then what an hour of yours earns, then fewer hours: ${list}.`;
}
