import type { BuildGate } from '@/lib/ideas/checklist';
import { GATE_LABELS, VERDICT_LABELS } from '@/lib/results/labels';
import type { VerdictLevel } from '@/lib/underwrite';

const COLOURS: Record<VerdictLevel, string> = {
  robust: 'bg-robust-soft text-robust border-robust/40',
  fragile: 'bg-fragile-soft text-fragile border-fragile/40',
  fail: 'bg-fail-soft text-fail border-fail/40',
};

const GATE_COLOURS: Record<BuildGate, string> = {
  stop: 'bg-fail text-white border-fail',
  unproven: 'bg-white text-ink border-ink/40',
};

function Pill({ word, icon, colours, ...data }: { word: string; icon: string; colours: string } & Record<`data-${string}`, string>) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${colours}`} {...data}>
      <span aria-hidden>{icon}</span>
      {word}
    </span>
  );
}

/** A verdict in a word and an icon as well as a colour. */
export function VerdictBadge({ level }: { level: VerdictLevel }) {
  const { word, icon } = VERDICT_LABELS[level];
  return <Pill word={word} icon={icon} colours={COLOURS[level]} data-verdict={level} />;
}

/** Stop or Unproven (seed 001's first test), shown over a verdict badge on the list. */
export function GateBadge({ gate }: { gate: BuildGate }) {
  const { word, icon } = GATE_LABELS[gate];
  return <Pill word={word} icon={icon} colours={GATE_COLOURS[gate]} data-gate={gate} />;
}
