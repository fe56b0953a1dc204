'use client';

import { createContext, use, useOptimistic } from 'react';
import { buildGate, type BuildGate, type BuildTestAnswer, type BuildTestKey } from '@/lib/ideas/checklist';
import type { BuildTestEntry } from '@/lib/ideas/schema';
import { FIRST_TEST_RULE, GATE_LABELS } from '@/lib/results/labels';

type Answer = { test: BuildTestKey; answer: BuildTestAnswer };

type BuildTestsState = {
  /** The four answers, optimistic while a save is in flight. */
  entries: BuildTestEntry[];
  /** Shows an answer at once; call it inside a transition whose action saves it. */
  applyAnswer: (change: Answer) => void;
  gate: BuildGate | null;
};

const BuildTestsContext = createContext<BuildTestsState | null>(null);

/**
 * The idea page's build-it-once answers, held once for everything that shows
 * them: the panel where they are answered and the gate over the verdict.
 * Both then move together the moment an answer is clicked, and roll back
 * together if its save fails.
 */
export function BuildTestsProvider({
  buildTests,
  createdAt,
  today,
  children,
}: {
  buildTests: BuildTestEntry[];
  /** The checklist's 30 days count from the idea's creation. */
  createdAt: Date;
  today: Date;
  children: React.ReactNode;
}) {
  const [entries, applyAnswer] = useOptimistic(buildTests, (state: BuildTestEntry[], change: Answer) =>
    state.map((t) => (t.test === change.test ? { ...t, answer: change.answer } : t)),
  );
  const gate = buildGate(entries, createdAt, today);
  return <BuildTestsContext value={{ entries, applyAnswer, gate }}>{children}</BuildTestsContext>;
}

export function useBuildTests(): BuildTestsState {
  const state = use(BuildTestsContext);
  if (!state) throw new Error('useBuildTests needs a BuildTestsProvider around it.');
  return state;
}

const LOOK = {
  stop: { box: 'border-fail/40 bg-fail-soft text-fail', badge: 'bg-fail text-white' },
  unproven: { box: 'border-ink/30 bg-white text-ink', badge: 'bg-ink text-white' },
} as const;

/**
 * Over the verdict: Stop or Unproven when the build-it-once test says so
 * (seed 001), in words and an icon. The engine's verdict stays beneath it,
 * because what the numbers would do is still worth knowing.
 */
export function GateNotice() {
  const { gate } = useBuildTests();
  // Not a live region: the panel's own stop banner, next to the answer, is announced.
  return gate ? <GateBox gate={gate} /> : null;
}

function GateBox({ gate }: { gate: BuildGate }) {
  const words = GATE_LABELS[gate];
  return (
    <section aria-labelledby="gate-heading" className={`flex gap-3 rounded-lg border p-4 sm:p-6 ${LOOK[gate].box}`} data-gate={gate}>
      <span aria-hidden className={`mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full text-lg font-bold ${LOOK[gate].badge}`}>
        {words.icon}
      </span>
      <div className="min-w-0 space-y-1 text-sm">
        <h2 id="gate-heading" className="text-2xl font-semibold tracking-tight" data-testid="gate-word">
          {words.word}
        </h2>
        <p>{words.why}</p>
        <p>
          <strong className="font-semibold">{FIRST_TEST_RULE}</strong> {words.then}
        </p>
        <p className="text-ink">The verdict below is what the numbers alone say; they do not prove the demand.</p>
      </div>
    </section>
  );
}
