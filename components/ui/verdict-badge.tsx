import { VERDICT_LABELS } from '@/lib/results/labels';
import type { VerdictLevel } from '@/lib/underwrite';

const COLOURS: Record<VerdictLevel, string> = {
  robust: 'bg-robust-soft text-robust border-robust/40',
  fragile: 'bg-fragile-soft text-fragile border-fragile/40',
  fail: 'bg-fail-soft text-fail border-fail/40',
};

/** A verdict in a word and an icon as well as a colour. */
export function VerdictBadge({ level }: { level: VerdictLevel }) {
  const { word, icon } = VERDICT_LABELS[level];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${COLOURS[level]}`} data-verdict={level}>
      <span aria-hidden>{icon}</span>
      {word}
    </span>
  );
}
