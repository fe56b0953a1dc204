'use client';

import { startTransition, useId, useState } from 'react';
import { answerBuildTestAction, saveBuildTestNoteAction } from '@/app/ideas/progress-actions';
import type { ActionResult } from '@/lib/actions/result';
import { BUILD_TESTS, buildTestsPassed, type BuildTestAnswer, type BuildTestKey } from '@/lib/ideas/checklist';
import type { BuildTestEntry } from '@/lib/ideas/schema';
import { useBuildTests } from './build-gate';
import { NO_ANSWER, NoteField, SavedNote } from './note-field';
import { StopBanner } from './stop-banner';

/** readOnly: the shared link's view, the answers and notes as text. */
export type BuildItOnceProps = { ideaId: string; readOnly: boolean };

const CHOICES: { answer: BuildTestAnswer; label: string; checked: string }[] = [
  { answer: 'yes', label: 'Yes', checked: 'has-[:checked]:border-robust has-[:checked]:bg-robust-soft has-[:checked]:text-robust' },
  { answer: 'no', label: 'No', checked: 'has-[:checked]:border-fail has-[:checked]:bg-fail-soft has-[:checked]:text-fail' },
  { answer: 'unknown', label: 'Not yet known', checked: 'has-[:checked]:border-muted has-[:checked]:bg-paper' },
];

/** An answer shown, not asked (the shared link's view): the look of its checked choice. */
const ANSWER_LOOK: Record<BuildTestAnswer, string> = {
  yes: 'border-robust bg-robust-soft text-robust',
  no: 'border-fail bg-fail-soft text-fail',
  unknown: 'border-line bg-paper text-muted',
};

/**
 * The build-it-once test of seed 001: four questions to answer before
 * investing the up-front hours. The answers live in the BuildTestsProvider
 * around the page's results, optimistic like the checklist's ticks: a "no"
 * on proven demand shows the StopBanner here and the gate over the verdict
 * at once.
 */
export function BuildItOnce({ ideaId, readOnly }: BuildItOnceProps) {
  const headingId = useId();
  const { entries, applyAnswer, gate } = useBuildTests();
  const [messages, setMessages] = useState<Partial<Record<BuildTestKey, string>>>({});
  const setMessage = (test: BuildTestKey, text: string | undefined) => setMessages((m) => ({ ...m, [test]: text }));

  function answer(test: BuildTestKey, value: BuildTestAnswer) {
    setMessage(test, undefined);
    startTransition(async () => {
      applyAnswer({ test, answer: value });
      let result: ActionResult | null;
      try {
        result = await answerBuildTestAction({ ideaId, test, answer: value });
      } catch {
        result = null;
      }
      if (!result?.ok) setMessage(test, `Could not save the answer, so it was undone: ${result?.message ?? NO_ANSWER}`);
    });
  }

  const passed = buildTestsPassed(entries);

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          Build it once
        </h2>
        <p className="text-sm font-medium tabular-nums">
          {passed} of {BUILD_TESTS.length} passed
        </p>
      </div>
      <p className="mt-1 text-sm text-muted">
        An asset is worth building only if it can sell, keep and scale without you in the loop each time. Run the idea
        through these four tests before you invest the up-front hours.
      </p>

      {/* Announced when it appears; empty (and announced as nothing) otherwise. */}
      <div aria-live="polite">{gate === 'stop' && <StopBanner className="mt-4" />}</div>

      <ol className="mt-4 divide-y divide-line">
        {BUILD_TESTS.map(({ test, label, text }) => {
          const entry = entries.find((e) => e.test === test) ?? { test, answer: 'unknown' as const, note: '' };
          return (
            <BuildTestRow
              key={test}
              ideaId={ideaId}
              label={label}
              text={text}
              entry={entry}
              message={messages[test]}
              readOnly={readOnly}
              onAnswer={(value) => answer(test, value)}
            />
          );
        })}
      </ol>
    </section>
  );
}

function BuildTestRow({
  ideaId,
  label,
  text,
  entry,
  message,
  readOnly,
  onAnswer,
}: {
  ideaId: string;
  label: string;
  text: string;
  entry: BuildTestEntry;
  message: string | undefined;
  readOnly: boolean;
  onAnswer: (answer: BuildTestAnswer) => void;
}) {
  const id = useId();
  if (readOnly) {
    const choice = CHOICES.find((c) => c.answer === entry.answer)!;
    return (
      <li className="space-y-2 py-4 first:pt-2 last:pb-0" data-build-test={entry.test}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <p className="font-medium">{label}</p>
          <p className={`rounded-md border px-2 py-0.5 text-sm ${ANSWER_LOOK[entry.answer]}`} data-testid="build-answer">
            {choice.label}
          </p>
        </div>
        <p className="text-sm text-muted">{text}</p>
        <SavedNote label="Note" text={entry.note} />
      </li>
    );
  }
  return (
    <li className="space-y-3 py-4 first:pt-2 last:pb-0">
      <fieldset aria-describedby={`${id}-text`}>
        <legend className="font-medium">{label}</legend>
        <p id={`${id}-text`} className="mt-0.5 text-sm text-muted">
          {text}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {CHOICES.map((choice) => (
            <label
              key={choice.answer}
              className={`flex cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-3 py-1.5 text-sm ${choice.checked}`}
            >
              <input
                type="radio"
                name={`${id}-answer`}
                value={choice.answer}
                checked={entry.answer === choice.answer}
                onChange={() => onAnswer(choice.answer)}
                className="accent-current"
              />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <p aria-live="polite" className="text-sm text-fail empty:hidden">
        {message}
      </p>
      <NoteField
        id={`${id}-note`}
        label="Note"
        srContext={`on ${label.toLowerCase()}`}
        saved={entry.note}
        placeholder="What makes you say so?"
        save={(note) => saveBuildTestNoteAction({ ideaId, test: entry.test, note })}
      />
    </li>
  );
}
