'use client';

import { startTransition, useId, useOptimistic, useState } from 'react';
import { saveChecklistEvidenceAction, toggleChecklistItemAction } from '@/app/ideas/progress-actions';
import type { ActionResult } from '@/lib/actions/result';
import { checklistProgress, checklistText, dayNumber, inDueOrder, scheduleOf, WINDOW_DAYS, type ItemSchedule } from '@/lib/ideas/checklist';
import type { ChecklistEntry } from '@/lib/ideas/schema';
import { formatDate } from '@/lib/results/format';
import { dueWords, scheduleWords, type ScheduleTone } from '@/lib/results/schedule-words';
import { NO_ANSWER, NoteField, SavedNote } from './note-field';

export type ChecklistPanelProps = {
  ideaId: string;
  /** When the idea was created: day 1 of the 30. */
  createdAt: Date;
  /** "Now" as the server saw it, so the server and the browser render the same days. */
  today: Date;
  /** The five items as stored (getIdea(...).checklist). */
  items: ChecklistEntry[];
  /** Items 1's and 5's numbers and their buttons, rendered by the server. */
  numbers: Partial<Record<number, React.ReactNode>>;
  /** The shared link's view: each item's state and evidence as text, nothing to tick or type. */
  readOnly: boolean;
};

type Tick = { item: number; done: boolean; at: Date };

/**
 * The 30-day validation checklist (PRODUCT.md). A tick shows at once
 * (useOptimistic) while toggleChecklistItemAction saves it; if the save
 * fails the optimistic state falls back to the stored one when the
 * transition ends, which is the rollback, and the item says so.
 */
export function ChecklistPanel({ ideaId, createdAt, today, items, numbers, readOnly }: ChecklistPanelProps) {
  const headingId = useId();
  const [entries, applyTick] = useOptimistic(items, (state: ChecklistEntry[], tick: Tick) =>
    state.map((e) => (e.item === tick.item ? { ...e, done: tick.done, doneAt: tick.done ? tick.at : null } : e)),
  );
  const [messages, setMessages] = useState<Record<number, string | undefined>>({});
  const setMessage = (item: number, text: string | undefined) => setMessages((m) => ({ ...m, [item]: text }));

  function toggle(item: number, done: boolean) {
    setMessage(item, undefined);
    startTransition(async () => {
      applyTick({ item, done, at: new Date() });
      let result: ActionResult | null;
      try {
        result = await toggleChecklistItemAction({ ideaId, item, done });
      } catch {
        result = null;
      }
      if (!result?.ok) {
        const what = done ? 'tick' : 'untick';
        setMessage(item, `Could not save the ${what}, so it was undone: ${result?.message ?? NO_ANSWER}`);
      }
    });
  }

  const progress = checklistProgress(entries);
  const todayNumber = dayNumber(createdAt, today);

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id={headingId} className="text-base font-semibold">
        30-day validation checklist
      </h2>
      <p className="mt-1 text-sm text-muted">
        Started {formatDate(createdAt)}.{' '}
        {todayNumber <= WINDOW_DAYS
          ? `Today is day ${todayNumber} of ${WINDOW_DAYS}.`
          : `Today is day ${todayNumber}: the ${WINDOW_DAYS} days are over.`}
      </p>

      <div className="mt-4 flex items-center gap-3">
        <div
          role="progressbar"
          aria-label="Checklist progress"
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          aria-valuetext={`${progress.done} of ${progress.total} done`}
          className="h-2.5 flex-1 overflow-hidden rounded-full bg-paper ring-1 ring-line ring-inset"
        >
          <div
            className="h-full rounded-full bg-robust transition-[width] duration-300"
            style={{ width: `${(progress.done / progress.total) * 100}%` }}
          />
        </div>
        <p className="shrink-0 text-sm font-medium tabular-nums">
          {progress.done} of {progress.total} done
        </p>
      </div>

      <ol className="mt-4 divide-y divide-line">
        {inDueOrder(entries).map((entry) => (
          <ChecklistItemRow
            key={entry.item}
            ideaId={ideaId}
            entry={entry}
            schedule={scheduleOf(entry, createdAt, today)}
            message={messages[entry.item]}
            numbers={numbers[entry.item]}
            readOnly={readOnly}
            onToggle={(done) => toggle(entry.item, done)}
          />
        ))}
      </ol>
    </section>
  );
}

function ChecklistItemRow({
  ideaId,
  entry,
  schedule,
  message,
  onToggle,
  numbers,
  readOnly,
}: {
  ideaId: string;
  entry: ChecklistEntry;
  schedule: ItemSchedule;
  message: string | undefined;
  onToggle: (done: boolean) => void;
  numbers: React.ReactNode;
  readOnly: boolean;
}) {
  const id = useId();
  const text = checklistText(entry.item);
  // Read-only: the box as a mark (its state is said in words beside the due date), the text as plain text.
  return (
    <li className="py-4 first:pt-2 last:pb-0">
      <div className="flex items-start gap-3">
        {readOnly ? (
          <span aria-hidden className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded border text-xs font-bold ${entry.done ? 'border-robust bg-robust text-white' : 'border-line'}`}>
            {entry.done && '✓'}
          </span>
        ) : (
          <input
            id={`${id}-check`}
            type="checkbox"
            checked={entry.done}
            onChange={(e) => onToggle(e.target.checked)}
            aria-describedby={`${id}-when`}
            className="mt-0.5 size-5 shrink-0 cursor-pointer accent-robust"
          />
        )}
        <div className="min-w-0 flex-1 space-y-3">
          <div>
            {readOnly ? (
              <p className="font-medium">{text}</p>
            ) : (
              <label htmlFor={`${id}-check`} className="cursor-pointer font-medium">
                {text}
              </label>
            )}
            <p id={`${id}-when`} className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span>{dueWords(schedule)}</span>
              <When schedule={schedule} doneAt={entry.doneAt} />
            </p>
          </div>
          <p aria-live="polite" className="text-sm text-fail empty:hidden">
            {message}
          </p>
          {numbers}
          {readOnly ? (
            <SavedNote label="Evidence" text={entry.evidence} />
          ) : (
            <NoteField
              id={`${id}-evidence`}
              label="Evidence"
              srContext={`for item ${entry.item}`}
              saved={entry.evidence}
              placeholder="What did you find?"
              save={(evidence) => saveChecklistEvidenceAction({ ideaId, item: entry.item, evidence })}
            />
          )}
        </div>
      </div>
    </li>
  );
}

const TONES: Record<ScheduleTone, string> = {
  done: 'bg-robust-soft text-robust',
  late: 'bg-fail-soft text-fail',
  today: 'bg-fragile-soft text-fragile',
  ahead: 'bg-paper text-muted',
};

/** The item's state in words (never colour alone): done on a date, overdue, due today, or days left. */
function When({ schedule, doneAt }: { schedule: ItemSchedule; doneAt: Date | null }) {
  const { text, tone } = scheduleWords(schedule, doneAt);
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>{text}</span>;
}
