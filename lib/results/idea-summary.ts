/**
 * What the list of ideas shows and sorts by: each idea's verdict and the
 * build-it-once gate over it, base and stress net result (with its saved
 * stress profile), the chance it pays back (from its ranges) and checklist
 * progress.
 */
import { buildGate, checklistProgress, type BuildGate } from '@/lib/ideas/checklist';
import { assumptionsOf, type Idea, type IdeaInput } from '@/lib/ideas/schema';
import { underwrite, type VerdictLevel } from '@/lib/underwrite';
import { stressDifferences, type StressDifference } from './custom-stress';
import { chanceOfIdea } from './simulation';

export type SummaryInput = IdeaInput &
  Pick<Idea, 'id' | 'createdAt' | 'stress' | 'buildTests'> & { checklist: { done: boolean }[] };

export type IdeaSummary = {
  id: string;
  name: string;
  createdAt: Date;
  verdict: VerdictLevel;
  /** Stop or Unproven over the verdict (seed 001's first test), or null. */
  gate: BuildGate | null;
  baseNet: number;
  stressNet: number;
  basePayback: number | null;
  /** Share of the simulated futures that end in the black (the idea page's number); null without ranges. */
  chance: number | null;
  checklistDone: number;
  checklistTotal: number;
  /** The saved stress profile's levers that differ from the default (none: the default profile). */
  customStress: StressDifference[];
};

export const SORT_KEYS = ['verdict', 'chance', 'base', 'stress', 'checklist', 'name', 'newest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  verdict: 'Verdict',
  chance: 'Chance of payback',
  base: 'Base net result',
  stress: 'Stress net result',
  checklist: 'Checklist progress',
  name: 'Name',
  newest: 'Newest',
};

const VERDICT_RANK: Record<VerdictLevel, number> = { robust: 2, fragile: 1, fail: 0 };

/**
 * Sorting by verdict, best first. Stop comes after every Fail: the founder's
 * own answer says nobody asked for it, which no number can outweigh.
 * Unproven keeps its place among the ideas of its verdict, after the ones
 * without the mark: the numbers still rank it, the missing evidence breaks
 * the tie.
 */
function decisionRank({ verdict, gate }: IdeaSummary): number {
  if (gate === 'stop') return -1;
  return VERDICT_RANK[verdict] * 2 + (gate === 'unproven' ? 0 : 1);
}

/** `today` places the idea in its checklist's 30 days (for Unproven); the caller's clock, not ours. */
export function summarize(idea: SummaryInput, today: Date): IdeaSummary {
  const { base, stress, verdict } = underwrite(assumptionsOf(idea), idea.stress);
  const checklist = checklistProgress(idea.checklist);
  return {
    id: idea.id,
    name: idea.name,
    createdAt: idea.createdAt,
    verdict: verdict.level,
    gate: buildGate(idea.buildTests, idea.createdAt, today),
    baseNet: base.netResult,
    stressNet: stress.netResult,
    basePayback: base.paybackMonth,
    chance: chanceOfIdea(assumptionsOf(idea), idea.ranges),
    checklistDone: checklist.done,
    checklistTotal: checklist.total,
    customStress: stressDifferences(idea.stress, idea.pricingModel),
  };
}

export function parseSort(raw: string | string[] | undefined): SortKey {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (SORT_KEYS as readonly string[]).includes(value ?? '') ? (value as SortKey) : 'verdict';
}

/**
 * Best first for every key: robust before fail (and Stop last), the larger net result and
 * the more progress first; names A to Z. Ties fall back to the stress net
 * result, the number that best separates two ideas with the same verdict.
 */
export function sortSummaries(ideas: IdeaSummary[], key: SortKey): IdeaSummary[] {
  const primary: Record<SortKey, (a: IdeaSummary, b: IdeaSummary) => number> = {
    verdict: (a, b) => decisionRank(b) - decisionRank(a),
    // An idea without ranges has no chance to compare: it goes last.
    chance: (a, b) => (b.chance ?? -1) - (a.chance ?? -1),
    base: (a, b) => b.baseNet - a.baseNet,
    stress: (a, b) => b.stressNet - a.stressNet,
    checklist: (a, b) => b.checklistDone / (b.checklistTotal || 1) - a.checklistDone / (a.checklistTotal || 1),
    name: (a, b) => a.name.localeCompare(b.name, 'en'),
    newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  };
  return [...ideas].sort(
    (a, b) => primary[key](a, b) || b.stressNet - a.stressNet || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
  );
}
