/**
 * The one-page report's words (issue #12): what the idea page says, in the
 * few lines a printed page has room for. Pure, like the engine: the page
 * passes `today` in, as the checklist panel does.
 */
import { BUILD_TESTS, buildGate, checklistText, inDueOrder, scheduleOf, type BuildGate, type BuildTestAnswer } from '@/lib/ideas/checklist';
import type { BuildTestEntry, ChecklistEntry } from '@/lib/ideas/schema';
import type { UnderwriteResult, VerdictLevel, Warning } from '@/lib/underwrite';
import { dueWords, scheduleWords, type ScheduleTone } from './schedule-words';
import { verdictThatCounts } from './verdict-that-counts';

export interface ReportChecklistItem {
  item: number;
  text: string;
  done: boolean;
  /** "Due Mar 9, 2026 · day 6 of 30". */
  due: string;
  state: { text: string; tone: ScheduleTone };
}

/** The checklist in the order of its 30 days, each item done or open with its due date. */
export function reportChecklist(entries: readonly ChecklistEntry[], createdAt: Date, today: Date): ReportChecklistItem[] {
  return inDueOrder(entries).map((entry) => {
    const schedule = scheduleOf(entry, createdAt, today);
    return {
      item: entry.item,
      text: checklistText(entry.item),
      done: entry.done,
      due: dueWords(schedule),
      state: scheduleWords(schedule, entry.doneAt),
    };
  });
}

export const ANSWER_WORDS: Record<BuildTestAnswer, string> = { yes: 'Yes', no: 'No', unknown: 'Not yet known' };

/** The four build-it-once tests in the seed's order, each with its answer (a missing one is not yet known) and note. */
export function reportBuildTests(entries: readonly BuildTestEntry[]) {
  return BUILD_TESTS.map(({ test, label }) => {
    const entry = entries.find((e) => e.test === test);
    const answer = entry?.answer ?? 'unknown';
    return { test, label, answer, word: ANSWER_WORDS[answer], note: entry?.note ?? '' };
  });
}

export interface ReportVerdict {
  level: VerdictLevel;
  /** The calibrated case's verdict overrules the guesses' (the idea page's verdict card says the same). */
  overruled: boolean;
  /** The level of the guesses, when a calibrated case exists. */
  guessed: VerdictLevel | null;
  reasons: string[];
  warnings: Warning[];
  gate: BuildGate | null;
}

/**
 * The verdict the idea page shows: the calibrated case's when it disagrees
 * with the guesses (its reasons and warnings then too), with the
 * build-it-once gate (Stop or Unproven) over it.
 */
export function reportVerdict(
  result: UnderwriteResult,
  measured: UnderwriteResult | null,
  buildTests: readonly BuildTestEntry[],
  createdAt: Date,
  today: Date,
): ReportVerdict {
  const { level, overruled } = verdictThatCounts(result.verdict.level, measured?.verdict.level ?? null);
  const shown = overruled && measured ? measured : result;
  return {
    level,
    overruled,
    guessed: measured ? result.verdict.level : null,
    reasons: shown.verdict.reasons,
    warnings: shown.warnings,
    gate: buildGate(buildTests, createdAt, today),
  };
}
