import type { VerdictLevel } from '@/lib/underwrite';

const BADGE: Record<VerdictLevel, { word: string; icon: string; className: string }> = {
  robust: { word: 'Robust', icon: '✓', className: 'bg-robust-soft text-robust border-robust/40' },
  fragile: { word: 'Fragile', icon: '!', className: 'bg-fragile-soft text-fragile border-fragile/40' },
  fail: { word: 'Fail', icon: '✕', className: 'bg-fail-soft text-fail border-fail/40' },
};

/** A verdict in a word and an icon as well as a colour. */
export function VerdictBadge({ level }: { level: VerdictLevel }) {
  const badge = BADGE[level];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${badge.className}`} data-verdict={level}>
      <span aria-hidden>{badge.icon}</span>
      {badge.word}
    </span>
  );
}
